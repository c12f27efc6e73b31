// parse_stored (json/json.hpp): the DOM of a stored object's text. That text is the engine's own
// compact JSON, written as dump() writes it and valid by construction, so a small recursive
// reader suffices. It decodes numbers and escapes with the fast reader's functions, which
// classify them as nlohmann's lexer does, so the value is the one nlohmann's parser would build,
// down to the number types. It is faster than nlohmann's parser, and the wasm module needs no
// DOM-building instance of that parser for it (issue 7: nlohmann's then came twice, with and
// without a callback).
#include <string>
#include <utility>
#include <vector>

#include "json/byte_runs.hpp"
#include "json/fast_reader.hpp"
#include "json/json.hpp"

namespace samen {
namespace {

class StoredParser {
 public:
  explicit StoredParser(std::string_view text) : at_(text.data()), end_(text.data() + text.size()) {}

  Json value() {
    switch (*at_) {
      case '{': return object();
      case '[': return array();
      case '"': return Json(string());
      case 't': at_ += 4; return Json(true);
      case 'f': at_ += 5; return Json(false);
      case 'n': at_ += 4; return Json(nullptr);
      default: return number();
    }
  }

 private:
  // Members are gathered first and moved in once the size is known: an ordered_json object is a
  // vector of pair<const std::string, Json>, which grows by copying every value it holds.
  Json object() {
    ++at_;
    std::vector<std::pair<std::string, Json>> members;
    while (*at_ != '}') {
      std::string key = string();
      ++at_;  // ':'
      members.emplace_back(std::move(key), value());
      if (*at_ == ',') ++at_;
    }
    ++at_;
    Json object(Json::value_t::object);
    auto& target = object.get_ref<Json::object_t&>();
    target.reserve(members.size());
    for (auto& [key, member] : members) target.emplace_back(std::move(key), std::move(member));
    return object;
  }

  Json array() {
    ++at_;
    Json array(Json::value_t::array);
    auto& elements = array.get_ref<Json::array_t&>();
    while (*at_ != ']') {
      elements.push_back(value());
      if (*at_ == ',') ++at_;
    }
    ++at_;
    return array;
  }

  std::string string() {
    const char* start = ++at_;
    at_ = byte_runs::skip_until(at_, end_, byte_runs::kStoredStringStops);
    std::string text(start, at_);
    if (at_ != end_ && *at_ == '\\') fast_json::read_escaped(at_, end_, text);  // to past the closing quote
    else ++at_;
    return text;
  }

  Json number() {
    const fast_json::Number number = fast_json::read_number(at_, end_);
    using Type = fast_json::Number::Type;
    if (number.type == Type::unsigned_integer) return Json(number.unsigned_value);
    if (number.type == Type::integer) return Json(number.integer_value);
    if (number.type == Type::floating) return Json(number.float_value);
    return Json();  // not reached: dump() writes no other numbers
  }

  const char* at_;
  const char* end_;
};

}  // namespace

Json parse_stored(std::string_view json) { return StoredParser(json).value(); }

}  // namespace samen

#include "json/unique_keys.hpp"

#include <utility>
#include <vector>

#include "json/fast_reader.hpp"
#include "json/input_scan.hpp"
#include "json/release.hpp"
#include "json/syntax_error.hpp"
#include "model/text_index.hpp"

namespace samen {
namespace {

struct DuplicateKey {
  std::string key;
  std::string pad;        // JSON Pointer of the object that has it twice ("" = the root)
  std::size_t ordinal;    // how many keys the input names up to and including the second one
};

// One open object or array on the way down to the current value. An object's members are
// gathered as (key, value) pairs and moved into the JSON object when it closes, with its size
// reserved: an ordered_json object is a vector of pair<const std::string, Json>, which cannot
// be moved, so growing it while it is being filled would copy every value it holds, deeply
// (a state's root object would copy all earlier lists of the state once per growth).
struct Frame {
  bool object = false;
  Json array;                                      // arrays: the elements so far
  std::vector<std::pair<std::string, Json>> members;  // objects: the members so far
  std::string key;                                 // objects: the key of the coming value
  std::vector<std::string> keys;                   // objects: the keys seen
  TextIndex many;                                  // objects: positions in keys, once there are many

  bool insert(std::string_view name) {
    constexpr std::size_t kFew = 16;
    const auto key_at = [&](std::uint32_t position) -> const std::string& { return keys[position]; };
    if (keys.size() <= kFew) {
      for (const std::string& seen : keys)
        if (seen == name) return false;
    } else if (many.find(name, key_at)) {
      return false;
    }
    keys.emplace_back(name);
    if (keys.size() == kFew + 1) {
      for (std::size_t i = 0; i < keys.size(); ++i) many.add(keys[i], static_cast<std::uint32_t>(i));
    } else if (keys.size() > kFew + 1) {
      many.add(name, static_cast<std::uint32_t>(keys.size() - 1));
    }
    return true;
  }
};

// A handler of the fast reader's events (json/fast_reader.hpp) that builds the DOM and tracks
// the keys of every open object. Frames are reused, so parsing many small objects allocates
// little beyond the values themselves.
class UniqueKeysSax {
 public:
  explicit UniqueKeysSax(Json& out) : root_(out) {}
  UniqueKeysSax(const UniqueKeysSax&) = delete;
  UniqueKeysSax& operator=(const UniqueKeysSax&) = delete;
  // What is still open when the parse stops early (an error, a duplicate, out of memory) is
  // thrown away without allocating (json/release.hpp).
  ~UniqueKeysSax() {
    for (Frame& frame : frames_) {
      release(frame.array);
      for (auto& member : frame.members) release(member.second);
    }
  }

  bool null() { return value(Json(nullptr)); }
  bool boolean(bool v) { return value(Json(v)); }
  bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
  bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
  bool number_float(Json::number_float_t v, const Json::string_t&) { return value(Json(v)); }
  bool string(std::string_view v, bool) { return value(Json(std::string(v))); }

  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }

  bool key(std::string_view name, bool) {
    ++keys_seen_;
    Frame& frame = frames_[depth_ - 1];
    if (!frame.insert(name)) {
      duplicate_ = DuplicateKey{std::string(name), pointer_to(depth_ - 1), keys_seen_};
      return false;
    }
    frame.key = name;
    return true;
  }

  bool end_object() {
    Frame& frame = frames_[--depth_];
    Json object(Json::value_t::object);
    auto& members = object.get_ref<Json::object_t&>();
    members.reserve(frame.members.size());
    for (auto& [name, member] : frame.members) members.emplace_back(std::move(name), std::move(member));
    frame.members.clear();
    return value(std::move(object));
  }

  bool end_array() {
    Json array = std::move(frames_[--depth_].array);
    return value(std::move(array));
  }

  const std::optional<DuplicateKey>& duplicate() const { return duplicate_; }

 private:
  bool value(Json&& v) {
    if (depth_ == 0) {
      root_ = std::move(v);
      return true;
    }
    Frame& frame = frames_[depth_ - 1];
    if (frame.object) frame.members.emplace_back(std::move(frame.key), std::move(v));
    else frame.array.get_ref<Json::array_t&>().push_back(std::move(v));
    return true;
  }
  bool open(bool object) {
    if (depth_ == frames_.size()) frames_.emplace_back();
    Frame& frame = frames_[depth_++];
    frame.object = object;
    frame.array = object ? Json() : Json::array();
    frame.keys.clear();
    frame.many.clear();
    return true;
  }
  // The JSON Pointer of the value open at frames_[0..levels).
  std::string pointer_to(std::size_t levels) const {
    std::string out;
    for (std::size_t i = 0; i < levels; ++i) {
      const Frame& frame = frames_[i];
      out = frame.object ? pointer_join(out, frame.key) : pointer_join(out, frame.array.size());
    }
    return out;
  }

  Json& root_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::size_t keys_seen_ = 0;
  std::optional<DuplicateKey> duplicate_;
};

}  // namespace

std::optional<ParseProblem> parse_unique_keys(std::string_view text, Json& out) {
  UniqueKeysSax sax(out);
  FastReader reader(without_byte_order_mark(text), sax);
  if (!read_whole(reader.read(), reader.stop())) return describe_syntax_error(text, reader.stop());
  const auto& duplicate = sax.duplicate();
  if (!duplicate) return std::nullopt;
  return ParseProblem{"JSON-SYNTAX/dubbel", nth_key_position(text, duplicate->ordinal),
                      {duplicate->key, duplicate->pad.empty() ? "/" : duplicate->pad}};
}

}  // namespace samen

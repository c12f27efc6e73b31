// dump(): a Json value as compact text, byte for byte as nlohmann's dump(-1) writes it (the
// differential tests in tests/core/dump_test.cpp hold the two equal), and JsonWriter, which
// writes answers the same way without building the value. Every answer of the engine and every
// object a command stores passes through here.
#include <string>

#include "json/compact_writer.hpp"
#include "json/input_scan.hpp"
#include "json/json.hpp"
#include "json/json_writer.hpp"
#include "json/text_builder.hpp"

namespace samen {
namespace {

void append_string(TextBuilder& out, std::string_view text) {
  // The engine's strings are valid UTF-8 (its input is checked, and messages quote input
  // through valid_utf8). Should one not be, nlohmann would throw; this writes U+FFFD instead.
  if (is_valid_utf8(text)) append_quoted(out, text);
  else append_quoted(out, valid_utf8(text));
}

void append_value(TextBuilder& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out += ',';
        first = false;
        append_string(out, key);
        out += ':';
        append_value(out, member);
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const Json& element : value) {
        if (!first) out += ',';
        first = false;
        append_value(out, element);
      }
      out += ']';
      return;
    }
    case Json::value_t::string: return append_string(out, value.get_ref<const std::string&>());
    case Json::value_t::boolean: out += std::string_view(value.get<bool>() ? "true" : "false"); return;
    case Json::value_t::number_integer: return append_integer(out, value.get<std::int64_t>());
    case Json::value_t::number_unsigned: return append_integer(out, value.get<std::uint64_t>());
    case Json::value_t::number_float: return append_float(out, value.get<double>());
    case Json::value_t::null: out += std::string_view("null"); return;
    case Json::value_t::binary:     // never built by the engine: no JSON text has one
    case Json::value_t::discarded:  // likewise (nlohmann writes "<discarded>")
      out += std::string_view("null");
      return;
  }
}

}  // namespace

std::string dump(const Json& value) {
  TextBuilder out;
  append_value(out, value);
  return std::string(out.view());
}

void JsonWriter::separate() {
  const std::string_view so_far = out_.view();
  if (so_far.empty()) return;
  const char last = so_far.back();
  if (last != '{' && last != '[' && last != ':') out_ += ',';
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_string(out_, name);
  out_ += ':';
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  append_string(out_, text);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) { return raw(value ? "true" : "false"); }

JsonWriter& JsonWriter::integer(std::int64_t value) {
  separate();
  append_integer(out_, value);
  return *this;
}

JsonWriter& JsonWriter::null() { return raw("null"); }

JsonWriter& JsonWriter::json(const Json& value) {
  separate();
  append_value(out_, value);
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view compact) {
  separate();
  out_ += compact;
  return *this;
}

}  // namespace samen

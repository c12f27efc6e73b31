// JsonWriter: an answer written straight to compact text, byte for byte as dump() writes the
// same value, with no DOM built first (issue 7: building nlohmann values key by key was a large
// part of the code of every answer, and of the time `controle` spends on a national catalogue).
//
// Commas place themselves: one goes before a key or a value unless the text so far is empty or
// ends in '{', '[' or ':'. So the writer keeps no state of its own, and a caller may write the
// members of an object without its braces (an answer's fields, joined later by the engine).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "json/json.hpp"
#include "json/text_builder.hpp"

namespace samen {

class JsonWriter {
 public:
  JsonWriter& open_object() { return punct('{'); }
  JsonWriter& close_object() { return close('}'); }
  JsonWriter& open_array() { return punct('['); }
  JsonWriter& close_array() { return close(']'); }
  JsonWriter& key(std::string_view name);

  // Values (in an array, or after key()).
  JsonWriter& string(std::string_view text);
  JsonWriter& boolean(bool value);
  JsonWriter& integer(std::int64_t value);
  JsonWriter& null();
  JsonWriter& json(const Json& value);
  // A value already in the engine's compact form (a stored object's member): copied as it is.
  JsonWriter& raw(std::string_view compact);

  // key() and a value in one call; distinct names, so that a literal never turns into a bool.
  JsonWriter& text(std::string_view name, std::string_view value) { return key(name).string(value); }
  JsonWriter& flag(std::string_view name, bool value) { return key(name).boolean(value); }
  JsonWriter& number(std::string_view name, std::int64_t value) { return key(name).integer(value); }

  bool empty() const { return out_.view().empty(); }
  std::string_view view() const { return out_.view(); }
  std::string str() const { return std::string(out_.view()); }

 private:
  void separate();  // the comma before a key or a value, where one belongs
  JsonWriter& punct(char opener) {
    separate();
    out_ += opener;
    return *this;
  }
  JsonWriter& close(char closer) {
    out_ += closer;
    return *this;
  }

  TextBuilder out_;
};

}  // namespace samen

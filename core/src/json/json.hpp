// The one JSON type of the core. Ordered, because objects must come back with their
// fields in the order they came in (spec §2.1).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace samen {

using Json = nlohmann::ordered_json;

// The DOM of a stored object: the engine's own compact JSON (valid by construction), read by a
// small reader of that text (json/stored_parse.cpp), not by nlohmann's parser.
Json parse_stored(std::string_view json);

// Compact UTF-8 output without \u escapes other than for control characters (spec §2.1), byte
// for byte as nlohmann's dump() writes it, in json/dump.cpp: our own writer, so that the wasm
// module does not carry nlohmann's serializer and the printf it needs (issue 7).
std::string dump(const Json& value);

// Whether the value is the string `text`. Unlike `value == "text"`, which builds a Json inside a
// noexcept operator (std::terminate if that allocation fails), this never allocates.
inline bool is_text(const Json& value, std::string_view text) {
  return value.is_string() && value.get_ref<const std::string&>() == text;
}

// One reference token of a JSON Pointer (RFC 6901): '~' -> "~0", '/' -> "~1".
inline std::string pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char ch : token) {
    if (ch == '~') out += "~0";
    else if (ch == '/') out += "~1";
    else out += ch;
  }
  return out;
}

inline std::string pointer_join(std::string_view base, std::string_view token) {
  std::string out(base);
  out += '/';
  out += pointer_token(token);
  return out;
}

inline std::string pointer_join(std::string_view base, std::size_t index) {
  std::string out(base);
  out += '/';
  out += std::to_string(index);
  return out;
}

}  // namespace samen

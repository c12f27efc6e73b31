// Writing compact JSON text piece by piece, byte for byte as dump() writes the same value
// (spec §2.1: compact UTF-8, no \u escapes but for control characters, numbers as nlohmann
// prints them), for the streaming loader, which never builds the value.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "json/json.hpp"

namespace samen {

// Out is std::string or TextBuilder (json/text_builder.hpp): anything with += and append(p, n).

// A JSON string literal: nlohmann's escapes (\b \t \n \f \r \" \\, other controls as \u00xx).
template <class Out>
void append_quoted(Out& out, std::string_view text) {
  out += '"';
  std::size_t clean = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(text.data() + clean, i - clean);
    clean = i + 1;
    switch (byte) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(text.data() + clean, text.size() - clean);
  out += '"';
}

template <class Out, class Integer>
void append_integer(Out& out, Integer value) {
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

// Floating-point numbers as nlohmann's serializer prints them: its shortest round-trip form
// (nlohmann::detail::to_chars, with "1.0" for whole numbers), and null for what is not finite.
template <class Out>
void append_float(Out& out, double value) {
  if (!std::isfinite(value)) {
    out += std::string_view("null");
    return;
  }
  char buffer[64];
  const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, static_cast<std::size_t>(end - buffer));
}

}  // namespace samen

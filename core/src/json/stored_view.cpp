#include "json/stored_view.hpp"

#include <cstdint>

#include "json/byte_runs.hpp"

namespace samen {
namespace {

// The closing quote of the string whose opening quote is at `at`.
std::size_t closing_quote(std::string_view text, std::size_t at) {
  const char* const end = text.data() + text.size();
  for (const char* p = text.data() + at + 1; p < end; p += 2) {  // past an escape's two bytes
    p = byte_runs::skip_until(p, end, byte_runs::kStoredStringStops);
    if (p == end) break;
    if (*p == '"') return static_cast<std::size_t>(p - text.data());
  }
  return text.size() - 1;  // not reached: the text is valid
}

unsigned hex4(std::string_view digits) {
  unsigned value = 0;
  for (char ch : digits.substr(0, 4)) {
    value <<= 4;
    if (ch >= '0' && ch <= '9') value |= static_cast<unsigned>(ch - '0');
    else if (ch >= 'a' && ch <= 'f') value |= static_cast<unsigned>(ch - 'a' + 10);
    else if (ch >= 'A' && ch <= 'F') value |= static_cast<unsigned>(ch - 'A' + 10);
  }
  return value;
}

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Decodes the escapes of a string's content (the engine writes only those of dump(); the others
// are decoded too, so the view reads any valid JSON string).
void unescape(std::string_view raw, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\') {
      out += raw[i];
      continue;
    }
    const char escaped = raw[++i];
    switch (escaped) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        std::uint32_t code = hex4(raw.substr(i + 1));
        i += 4;
        // A high surrogate followed by \u and a low one: one code point beyond the BMP.
        if (code >= 0xD800 && code < 0xDC00 && raw.substr(i + 1, 2) == "\\u") {
          code = 0x10000 + ((code - 0xD800) << 10) + (hex4(raw.substr(i + 3)) - 0xDC00);
          i += 6;
        }
        append_utf8(out, code);
        break;
      }
      default: out += escaped;  // " \ /
    }
  }
}

}  // namespace

std::size_t StoredValue::end_of_value(std::string_view text, std::size_t at) {
  switch (text[at]) {
    case '"': return closing_quote(text, at) + 1;
    case '{':
    case '[': {
      std::size_t depth = 0;
      for (std::size_t i = at; i < text.size(); ++i) {
        i = static_cast<std::size_t>(
            byte_runs::skip_until(text.data() + i, text.data() + text.size(), byte_runs::kStoredStructure) - text.data());
        if (i == text.size()) break;
        const char ch = text[i];
        if (ch == '"') i = closing_quote(text, i);
        else if (ch == '{' || ch == '[') ++depth;
        else if ((ch == '}' || ch == ']') && --depth == 0) return i + 1;
      }
      return text.size();  // not reached: the text is valid
    }
    default: {  // a number, true, false or null: up to the next separator
      std::size_t end = at;
      while (end < text.size() && text[end] != ',' && text[end] != '}' && text[end] != ']') ++end;
      return end;
    }
  }
}

std::string_view StoredValue::string(std::string& scratch) const {
  const std::string_view raw = text_.substr(1, text_.size() - 2);
  if (raw.find('\\') == std::string_view::npos) return raw;
  unescape(raw, scratch);
  return scratch;
}

std::optional<StoredValue> StoredValue::find(std::string_view key) const {
  std::optional<StoredValue> found;
  // A key needing no escapes is written as it is, so comparing the text as written is exact.
  each_member([&](std::string_view written, StoredValue value) {
    if (!found && written == key) found = value;
  });
  return found;
}

}  // namespace samen

#include "json/stored_view.hpp"

#include "json/byte_runs.hpp"
#include "json/fast_reader.hpp"

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
  const std::size_t escape = raw.find('\\');
  if (escape == std::string_view::npos) return raw;
  // The fast reader's decoder, from the first escape to the closing quote (valid by construction).
  scratch.assign(raw.data(), escape);
  const char* at = raw.data() + escape;
  fast_json::read_escaped(at, text_.data() + text_.size(), scratch);
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

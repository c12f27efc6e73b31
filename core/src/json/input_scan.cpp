#include "json/input_scan.hpp"

#include "json/byte_runs.hpp"

namespace samen {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid
// (overlong forms, surrogates and code points beyond U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  const std::size_t left = text.size() - i;
  const auto continuation = [&](std::size_t k) { return (byte(k) & 0xC0) == 0x80; };
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && continuation(i + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !continuation(i + 1) || !continuation(i + 2)) return 0;
    const unsigned char second = byte(i + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    const unsigned char second = byte(i + 1);
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

// The bytes the scan acts on: quotes, escapes and multi-byte characters in a string; quotes,
// brackets and multi-byte characters (invalid there, but reported as UTF-8 first) outside.
constexpr byte_runs::ByteSet kMattersInString =
    byte_runs::bytes_where([](unsigned char b) { return b == '"' || b == '\\' || b >= 0x80; });
constexpr byte_runs::ByteSet kMattersOutside =
    byte_runs::bytes_where([](unsigned char b) { return b == '"' || byte_runs::is_bracket(b) || b >= 0x80; });

}  // namespace

std::optional<ScanProblem> scan_input(std::string_view text, std::size_t max_depth,
                                      std::vector<std::size_t>* objects_per_value) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size();) {
    // Pass over the bytes that do not matter where we are (most of them), one table lookup each.
    const char* const end = text.data() + text.size();
    i = static_cast<std::size_t>(
        byte_runs::skip_until(text.data() + i, end, in_string ? kMattersInString : kMattersOutside) - text.data());
    if (i == text.size()) break;
    const char ch = text[i];
    if (static_cast<unsigned char>(ch) >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) return ScanProblem{ScanProblem::Kind::utf8, i};
      i += length;
      continue;
    }
    if (in_string) {
      if (ch == '\\') {
        if (text.substr(i + 1, 5) == "u0000") return ScanProblem{ScanProblem::Kind::nul, i};
        // Skip the escaped character; an escape never hides a non-ASCII byte from the check.
        i += (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0x80) ? 2 : 1;
        continue;
      }
      if (ch == '"') in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '{' || ch == '[') {
      if (++depth > max_depth) return ScanProblem{ScanProblem::Kind::depth, i};
      if (objects_per_value && depth == 2) objects_per_value->push_back(0);
      if (objects_per_value && depth == 3 && ch == '{' && !objects_per_value->empty()) ++objects_per_value->back();
    } else if ((ch == '}' || ch == ']') && depth > 0) {
      --depth;
    }
    ++i;
  }
  return std::nullopt;
}

std::size_t nth_key_position(std::string_view text, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    const std::size_t start = i;
    for (++i; i < text.size() && text[i] != '"'; ++i)
      if (text[i] == '\\') ++i;
    std::size_t after = i + 1;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r' || text[after] == '\n'))
      ++after;
    if (after < text.size() && text[after] == ':' && ++seen == n) return start;
  }
  return 0;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

}  // namespace samen

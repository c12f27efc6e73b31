#include "json/fast_reader.hpp"

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace samen::fast_json {
namespace {

bool is_digit(const char* at, const char* end) { return at != end && *at >= '0' && *at <= '9'; }

void skip_digits(const char*& at, const char* end) {
  while (is_digit(at, end)) ++at;
}

// The literal as a double, as nlohmann's lexer makes it: std::strtod on the literal with '.'
// replaced by the locale's decimal point.
double to_double(const char* start, const char* end) {
  std::string literal(start, end);
  const std::lconv* locale = std::localeconv();
  const char point = locale && locale->decimal_point && *locale->decimal_point ? *locale->decimal_point : '.';
  for (char& ch : literal)
    if (ch == '.') ch = point;
  return std::strtod(literal.c_str(), nullptr);
}

int hex_digit(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// The four hex digits after "\u" (at_ past the 'u'), or -1.
long read_hex4(const char*& at, const char* end) {
  if (end - at < 4) return -1;
  long value = 0;
  for (int i = 0; i < 4; ++i) {
    const int digit = hex_digit(at[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  at += 4;
  return value;
}

void append_utf8(std::string& out, unsigned long code) {
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

// The code point of a \u escape (at_ past the 'u'), joining a surrogate pair; -1 where
// nlohmann refuses it (bad hex, a high surrogate without its low half, a lone low one).
long read_code_point(const char*& at, const char* end) {
  const long first = read_hex4(at, end);
  if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF)) return -1;
  if (first < 0xD800 || first > 0xDBFF) return first;
  if (end - at < 2 || at[0] != '\\' || at[1] != 'u') return -1;
  at += 2;
  const long second = read_hex4(at, end);
  if (second < 0xDC00 || second > 0xDFFF) return -1;
  return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
}

}  // namespace

Number read_number(const char*& at, const char* end) {
  const char* start = at;
  const bool negative = at != end && *at == '-';
  if (negative) ++at;
  if (!is_digit(at, end)) return {};
  if (*at == '0') ++at;
  else skip_digits(at, end);
  bool integral = true;
  if (at != end && *at == '.') {
    ++at;
    if (!is_digit(at, end)) return {};
    skip_digits(at, end);
    integral = false;
  }
  if (at != end && (*at == 'e' || *at == 'E')) {
    ++at;
    if (at != end && (*at == '+' || *at == '-')) ++at;
    if (!is_digit(at, end)) return {};
    skip_digits(at, end);
    integral = false;
  }
  Number number;
  if (integral) {
    // Exactly where strtoull / strtoll would overflow, nlohmann reads a double instead.
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t magnitude = 0;
    bool fits = true;
    for (const char* digit = start + (negative ? 1 : 0); digit != at && fits; ++digit) {
      const auto value = static_cast<std::uint64_t>(*digit - '0');
      fits = magnitude <= (kMax - value) / 10;
      magnitude = magnitude * 10 + value;
    }
    constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;  // of std::int64_t's minimum
    if (fits && !negative) {
      number.type = Number::Type::unsigned_integer;
      number.unsigned_value = magnitude;
      return number;
    }
    if (fits && magnitude <= kMinMagnitude) {
      number.type = Number::Type::integer;
      number.integer_value = magnitude == kMinMagnitude ? std::numeric_limits<std::int64_t>::min()
                                                        : -static_cast<std::int64_t>(magnitude);
      return number;
    }
  }
  number.float_value = to_double(start, at);
  // nlohmann refuses a literal beyond the range of double (error 406); so do we (JSON-SYNTAX/bereik).
  if (!std::isfinite(number.float_value)) return {};
  number.type = Number::Type::floating;
  return number;
}

bool read_escaped(const char*& at, const char* end, std::string& out) {
  while (at != end) {
    const char* run = at;
    at = byte_runs::skip_until(at, end, byte_runs::kStringStops);
    out.append(run, at);
    if (at == end || static_cast<unsigned char>(*at) < 0x20) return false;
    if (*at++ == '"') return true;
    if (at == end) return false;
    switch (*at++) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        const long code = read_code_point(at, end);
        if (code < 0) return false;
        append_utf8(out, static_cast<unsigned long>(code));
        break;
      }
      default: return false;
    }
  }
  return false;
}

}  // namespace samen::fast_json

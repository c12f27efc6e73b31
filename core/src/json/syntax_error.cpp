#include "json/syntax_error.hpp"

#include <string>
#include <vector>

#include "json/input_scan.hpp"

namespace samen {
namespace {

using Expected = FastStop::Expected;

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool is_hex(char ch) { return is_digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'); }
bool is_word(char ch) { return is_digit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '.'; }

// 'text', in single quotes: how the input is quoted in a message.
std::string in_quotes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

// "U+000A": how a control character is shown (it cannot be shown as itself).
std::string code_point(unsigned char ch) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "U+00";
  out += kHex[ch >> 4];
  out += kHex[ch & 0xF];
  return out;
}

// What stands at `at`, quoted: a word such as 'tru' or 'x1' whole, else one (UTF-8) character.
std::string found_at(const char* at, const char* end) {
  const auto lead = static_cast<unsigned char>(*at);
  if (lead < 0x20 || lead == 0x7F) return code_point(lead);
  const char* stop = at + 1;
  if (is_word(*at)) {
    while (stop != end && stop - at < 24 && is_word(*stop)) ++stop;
  } else {
    while (stop != end && (static_cast<unsigned char>(*stop) & 0xC0) == 0x80) ++stop;  // the rest of the character
  }
  return in_quotes(std::string_view(at, static_cast<std::size_t>(stop - at)));
}

struct Located {
  const char* key;
  const char* at;
};

// The value of the four hex digits at `at`, or -1.
long hex4(const char* at, const char* end) {
  if (end - at < 4) return -1;
  long value = 0;
  for (int i = 0; i < 4; ++i) {
    if (!is_hex(at[i])) return -1;
    value = value * 16 + (is_digit(at[i]) ? at[i] - '0' : (at[i] | 0x20) - 'a' + 10);
  }
  return value;
}

bool is_low_surrogate(long unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// The first thing wrong in the string whose opening quote is at `quote`.
Located string_error(const char* quote, const char* end) {
  for (const char* at = quote + 1; at != end; ++at) {
    if (static_cast<unsigned char>(*at) < 0x20) return {"JSON-SYNTAX/stuurteken", at};
    if (*at != '\\') continue;  // (a '"' is not reached: the string would have been read)
    if (end - at < 2) break;
    if (at[1] != 'u') {
      if (std::string_view("\"\\/bfnrt").find(at[1]) == std::string_view::npos) return {"JSON-SYNTAX/escape", at};
      ++at;
      continue;
    }
    if (end - at < 6) break;
    const long unit = hex4(at + 2, end);
    if (unit < 0) return {"JSON-SYNTAX/escape", at};
    if (is_low_surrogate(unit)) return {"JSON-SYNTAX/surrogaat", at};
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      // A high surrogate needs its low half in the escape right after it.
      if (end - at < 12 || at[6] != '\\' || at[7] != 'u' || !is_low_surrogate(hex4(at + 8, end)))
        return {"JSON-SYNTAX/surrogaat", at};
      at += 6;
    }
    at += 5;
  }
  return {"JSON-SYNTAX/einde", end};
}

// The first thing wrong in the number that starts at `start` (a '-' or a digit); a number that
// is well formed but beyond the range of a double is JSON-SYNTAX/bereik.
Located number_error(const char* start, const char* end) {
  const char* at = start;
  const auto digits = [&](bool at_least_one) -> bool {
    if (at == end || !is_digit(*at)) return !at_least_one;
    while (at != end && is_digit(*at)) ++at;
    return true;
  };
  const auto wrong = [&]() { return at == end ? Located{"JSON-SYNTAX/einde", end} : Located{"JSON-SYNTAX/getal", at}; };
  if (*at == '-') ++at;
  if (at != end && *at == '0') ++at;
  else if (!digits(true)) return wrong();
  if (at != end && *at == '.') {
    ++at;
    if (!digits(true)) return wrong();
  }
  if (at != end && (*at == 'e' || *at == 'E')) {
    ++at;
    if (at != end && (*at == '+' || *at == '-')) ++at;
    if (!digits(true)) return wrong();
  }
  return {"JSON-SYNTAX/bereik", start};
}

const char* key_of(Expected expected) {
  switch (expected) {
    case Expected::key: return "JSON-SYNTAX/sleutel";
    case Expected::colon: return "JSON-SYNTAX/dubbelepunt";
    case Expected::object_next: return "JSON-SYNTAX/object";
    case Expected::array_next: return "JSON-SYNTAX/lijst";
    case Expected::end: return "JSON-SYNTAX/rest";
    default: return "JSON-SYNTAX/waarde";
  }
}

}  // namespace

ParseProblem describe_syntax_error(std::string_view text, const FastStop& stop) {
  const char* end = text.data() + text.size();
  const char* start = stop.at ? stop.at : end;
  Located located{key_of(stop.expected), start};
  if (start == end) located = {"JSON-SYNTAX/einde", end};
  else if (stop.expected == Expected::string) located = string_error(start, end);
  else if (stop.expected == Expected::value && (*start == '-' || is_digit(*start))) located = number_error(start, end);

  const std::size_t position = static_cast<std::size_t>(located.at - text.data());
  std::vector<std::string> args{std::to_string(position)};
  const std::string_view key(located.key);
  if (key == "JSON-SYNTAX/bereik" || key == "JSON-SYNTAX/getal") {
    const char* literal_end = start;
    while (literal_end != end && (is_word(*literal_end) || *literal_end == '+' || *literal_end == '-')) ++literal_end;
    args.push_back(in_quotes(std::string_view(start, static_cast<std::size_t>(literal_end - start))));
  } else if (key == "JSON-SYNTAX/escape" || key == "JSON-SYNTAX/surrogaat") {
    // Six bytes may end inside a character ("\\u1é"): messages are valid UTF-8.
    args.push_back(in_quotes(valid_utf8(std::string_view(located.at, located.at[1] == 'u' ? 6 : 2))));
  } else if (key == "JSON-SYNTAX/stuurteken") {
    args.push_back(code_point(static_cast<unsigned char>(*located.at)));
  } else if (key != "JSON-SYNTAX/einde") {
    args.push_back(found_at(located.at, end));
  }
  return ParseProblem{std::string(key), position, std::move(args)};
}

}  // namespace samen

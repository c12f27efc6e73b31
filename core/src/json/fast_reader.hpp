// A pull reader for well-formed JSON text that emits the SAX events nlohmann's parser emits for
// the same text, several times faster: it reads the text in place, and hands a string without
// escapes on as a view into the text, flagged `verbatim` (valid JSON cannot hold a raw `"`, `\`
// or control character, so such a string is already written as dump() writes it; the caller
// has checked the UTF-8, see json/parse.hpp check_input). A verbatim view lies between the
// string's quotes in the text: `value.data() - 1` is where its JSON literal starts.
// It accepts what nlohmann's parser accepts, except a byte order mark, which the caller skips.
// It gives up (FastRead::unsupported) on anything else: every syntax error, a lone surrogate, a
// number out of range. It then says where it stopped and what it expected there (stop()); the
// words for it are found by json/syntax_error.cpp, off the reading path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json/byte_runs.hpp"

namespace samen {

enum class FastRead {
  complete,     // the whole text was read, every event handled
  stopped,      // the handler returned false
  unsupported,  // gave up: a syntax error, see FastReader::stop()
};

// Where the reader gave up, and what it was reading or expecting there.
struct FastStop {
  enum class Expected : std::uint8_t {
    nothing,          // the reader did not give up
    value,            // a value (a number or literal that went wrong starts here too)
    key,              // an object's key
    colon,            // the ':' after a key
    object_next,      // ',' or '}'
    array_next,       // ',' or ']'
    end,              // the end of the text, after the value
    string,           // a string starts here whose content or end is wrong
  } expected = Expected::nothing;
  const char* at = nullptr;
};

namespace fast_json {

// A number literal as nlohmann classifies it: an integer that fits std::uint64_t (no sign) or
// std::int64_t (with one), else a double from std::strtod.
struct Number {
  enum class Type { unsigned_integer, integer, floating, invalid } type = Type::invalid;
  std::uint64_t unsigned_value = 0;
  std::int64_t integer_value = 0;
  double float_value = 0;
};

// Reads the number literal at `at`, advancing it past the literal. `invalid` for anything
// nlohmann would refuse (a malformed literal, a non-finite double).
Number read_number(const char*& at, const char* end);

// Decodes the escapes of a string from the backslash at `at` to its closing quote, appending to
// `out` (which holds the text before the backslash); `at` ends past the quote. False where
// nlohmann would refuse the string (a bad escape, a lone surrogate, a control character).
bool read_escaped(const char*& at, const char* end, std::string& out);

inline bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t'; }

}  // namespace fast_json

// The Handler has nlohmann's SAX interface, except that string() and key() take
// (std::string_view, bool verbatim) and binary() and parse_error() are never called (an error
// ends the reading: see stop()).
template <class Handler>
class FastReader {
 public:
  FastReader(std::string_view text, Handler& handler)
      : at_(text.data()), end_(text.data() + text.size()), handler_(handler) {}

  FastRead read() {
    // Open containers, innermost last: '{' or '['. The nesting was bounded by check_input.
    // (A vector, not a std::string: libc++ keeps string's push_back out of line.)
    std::vector<char> open;
    open.reserve(64);
    skip_space();
    for (;;) {
      // A value is expected at at_.
      if (at_ == end_) return give_up(FastStop::Expected::value);
      switch (*at_) {
        case '{':
          ++at_;
          if (!handler_.start_object(kUnknownSize)) return FastRead::stopped;
          skip_space();
          if (at_ != end_ && *at_ == '}') {
            ++at_;
            if (!handler_.end_object()) return FastRead::stopped;
            break;
          }
          open.push_back('{');
          if (const FastRead read = member_key(); read != FastRead::complete) return read;
          continue;
        case '[':
          ++at_;
          if (!handler_.start_array(kUnknownSize)) return FastRead::stopped;
          skip_space();
          if (at_ != end_ && *at_ == ']') {
            ++at_;
            if (!handler_.end_array()) return FastRead::stopped;
            break;
          }
          open.push_back('[');
          continue;
        default:
          if (const FastRead read = scalar(); read != FastRead::complete) return read;
      }
      // After a value: a separator, the end of containers, or the end of the text.
      for (;;) {
        skip_space();
        if (open.empty()) return at_ == end_ ? FastRead::complete : give_up(FastStop::Expected::end);
        const bool in_object = open.back() == '{';
        if (at_ == end_ || (*at_ != ',' && *at_ != (in_object ? '}' : ']')))
          return give_up(in_object ? FastStop::Expected::object_next : FastStop::Expected::array_next);
        if (*at_++ == ',') {
          skip_space();
          if (in_object)
            if (const FastRead read = member_key(); read != FastRead::complete) return read;
          break;
        }
        open.pop_back();
        if (!(in_object ? handler_.end_object() : handler_.end_array())) return FastRead::stopped;
      }
    }
  }

  // Where and why read() returned FastRead::unsupported.
  const FastStop& stop() const { return stop_; }

 private:
  static constexpr std::size_t kUnknownSize = static_cast<std::size_t>(-1);  // as nlohmann says it

  FastRead give_up(FastStop::Expected expected, const char* at = nullptr) {
    stop_ = FastStop{expected, at ? at : at_};
    return FastRead::unsupported;
  }

  void skip_space() {
    while (at_ != end_ && fast_json::is_space(*at_)) ++at_;
  }

  // The key of an object member and its colon; at_ is at the key's quote.
  FastRead member_key() {
    std::string_view name;
    bool verbatim = false;
    if (at_ == end_ || *at_ != '"') return give_up(FastStop::Expected::key);
    const char* start = at_;
    if (!read_string(name, verbatim)) return give_up(FastStop::Expected::string, start);
    if (!handler_.key(name, verbatim)) return FastRead::stopped;
    skip_space();
    if (at_ == end_ || *at_ != ':') return give_up(FastStop::Expected::colon);
    ++at_;
    skip_space();
    return FastRead::complete;
  }

  // A string at at_ (its opening quote): a view into the text, or the decoded text in scratch_.
  bool read_string(std::string_view& value, bool& verbatim) {
    if (at_ == end_ || *at_ != '"') return false;
    const char* start = ++at_;
    at_ = byte_runs::skip_until(at_, end_, byte_runs::kStringStops);
    if (at_ == end_) return false;
    if (*at_ == '"') {
      value = std::string_view(start, static_cast<std::size_t>(at_ - start));
      verbatim = true;
      ++at_;
      return true;
    }
    scratch_.assign(start, at_);
    if (!fast_json::read_escaped(at_, end_, scratch_)) return false;
    value = scratch_;
    verbatim = false;
    return true;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - at_) < word.size() || std::string_view(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  FastRead scalar() {
    bool handled = true;
    const char* start = at_;
    switch (*at_) {
      case '"': {
        std::string_view value;
        bool verbatim = false;
        if (!read_string(value, verbatim)) return give_up(FastStop::Expected::string, start);
        handled = handler_.string(value, verbatim);
        break;
      }
      case 't':
        if (!literal("true")) return give_up(FastStop::Expected::value);
        handled = handler_.boolean(true);
        break;
      case 'f':
        if (!literal("false")) return give_up(FastStop::Expected::value);
        handled = handler_.boolean(false);
        break;
      case 'n':
        if (!literal("null")) return give_up(FastStop::Expected::value);
        handled = handler_.null();
        break;
      default: {
        const fast_json::Number number = fast_json::read_number(at_, end_);
        using Type = fast_json::Number::Type;
        if (number.type == Type::invalid) return give_up(FastStop::Expected::value, start);
        if (number.type == Type::unsigned_integer) handled = handler_.number_unsigned(number.unsigned_value);
        else if (number.type == Type::integer) handled = handler_.number_integer(number.integer_value);
        else handled = handler_.number_float(number.float_value, std::string(start, at_));
      }
    }
    return handled ? FastRead::complete : FastRead::stopped;
  }

  const char* at_;
  const char* end_;
  Handler& handler_;
  std::string scratch_;  // a string with escapes, decoded
  FastStop stop_;
};

template <class Handler>
FastRead fast_read(std::string_view text, Handler& handler) {
  return FastReader<Handler>(text, handler).read();
}

// Two things nlohmann's parser, which the engine used to read with, accepted beyond the reader,
// and every caller of the reader accepts as well: a byte order mark at the start, which it
// skipped, and a NUL byte after the value, where it ended the input as in a C string (a host
// that counts the terminator in the length is read as it means).
inline std::string_view without_byte_order_mark(std::string_view text) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  return text.starts_with(kByteOrderMark) ? text.substr(kByteOrderMark.size()) : text;
}
inline bool read_whole(FastRead read, const FastStop& stop) {
  return read != FastRead::unsupported || (stop.expected == FastStop::Expected::end && *stop.at == '\0');
}

}  // namespace samen

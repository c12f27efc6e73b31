// The fast reader (json/fast_reader.hpp) against nlohmann's SAX parser: on text nlohmann
// accepts it reads everything and emits the same events with the same values; on text nlohmann
// refuses it never claims to have read the whole (the loader then lets nlohmann report).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "mutations.hpp"

#include "json/compact_writer.hpp"
#include "json/fast_reader.hpp"
#include "json/parse.hpp"

namespace {

// Records the events of either reader as text, numbers with their type.
class Recorder {
 public:
  std::vector<std::string> events;
  bool error = false;
  bool verbatim_ok = true;  // every verbatim string is already in dump() form

  bool null() { return add("null"); }
  bool boolean(bool value) { return add(value ? "true" : "false"); }
  bool number_integer(std::int64_t value) { return add("i:" + std::to_string(value)); }
  bool number_unsigned(std::uint64_t value) { return add("u:" + std::to_string(value)); }
  bool number_float(double value, const std::string&) { return add("f:" + samen::dump(samen::Json(value))); }
  bool string(std::string_view value, bool verbatim = false) { return add("s:" + quoted(value, verbatim)); }
  bool key(std::string_view value, bool verbatim = false) { return add("k:" + quoted(value, verbatim)); }
  bool binary(samen::Json::binary_t&) { return add("binary"); }
  bool start_object(std::size_t) { return add("{"); }
  bool end_object() { return add("}"); }
  bool start_array(std::size_t) { return add("["); }
  bool end_array() { return add("]"); }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    error = true;
    return false;
  }

 private:
  bool add(std::string event) {
    events.push_back(std::move(event));
    return true;
  }
  std::string quoted(std::string_view value, bool verbatim) {
    std::string out;
    samen::append_quoted(out, value);
    if (verbatim && out != "\"" + std::string(value) + "\"") verbatim_ok = false;
    return out;
  }
};

// Input the loader would pass on to a parser (valid UTF-8, nesting within bounds).
bool passes_input_check(const std::string& text) { return !samen::check_input(text, std::size_t{1} << 30, 512); }

// Both readers on one text: the fast one gives up, or agrees with nlohmann on every event.
// Returns whether the fast reader read the whole text.
bool require_agreement(const std::string& text) {
  INFO(text);
  Recorder reference, fast;
  samen::Json::sax_parse(text.begin(), text.end(), &reference);
  const samen::FastRead read = samen::fast_read(text, fast);
  REQUIRE(read != samen::FastRead::stopped);  // the recorder never stops
  if (read == samen::FastRead::unsupported) return false;
  REQUIRE_FALSE(reference.error);
  REQUIRE(fast.events == reference.events);
  REQUIRE(fast.verbatim_ok);
  return true;
}

const char* const kValid[] = {
    R"({})", R"([])", R"("")", R"(0)", R"(-0)", R"(true)", R"(false)", R"(null)", " \t\r\n[ 1 , 2 ]\n",
    R"({"a":{"b":[1,{"c":[[[]],{}]}]},"d":""})",
    R"(["a\"b\\c\/d\n\t\r\b\f\u0001\u001f\u007f é ✓", "\u00e9\u20AC\ud83d\ude00\uD834\uDD1E", "\u0000"])",
    R"({"k\u00e9\n":1,"\"":2,"":3})",
    R"([0,1,-1,9223372036854775807,9223372036854775808,-9223372036854775808,-9223372036854775809,
        18446744073709551615,18446744073709551616,99999999999999999999999,-99999999999999999999999])",
    R"([1.0,1e2,1E+2,-2.0E-3,0.1,3.14159265358979323846,5e-324,1.7976931348623157e308,0e0,-0.0,1e-400,123.456e-7])",
    "[\"\x7f\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80\"]",
};

const char* const kInvalid[] = {
    "",         " ",        "{",         "}",          "[1,]",        "{\"a\":1,}",   "{\"a\" 1}",     "{a:1}",
    "[1 2]",    "01",       "-",         "1.",         ".5",          "1e",           "1e+",           "+1",
    "tru",      "nul",      "falsey",    "[\"a]",      "[\"\\x\"]",   "[\"\\u12\"]",  "[\"\\ud800\"]", "[\"\\udc00\"]",
    "[\"\\ud800\\u0041\"]", "[\"a\tb\"]", "[\"a\nb\"]", "{} {}", "[] x", "1e400", "-1e400",
    "\xEF\xBB\xBF{}",  // nlohmann skips a byte order mark; this reader leaves it to nlohmann
    "[1]]",     "[}",       "{\"a\"}",   "{\"a\":}",    "[,1]",        "{,}",          "[\"\\",         "NaN",
};

}  // namespace

TEST_CASE("fast reader: the same events as nlohmann on valid text", "[fast_reader]") {
  // (U+0000 as an escape is refused by the loader's input check, but read alike.)
  for (const char* text : kValid) REQUIRE(require_agreement(text));
}

TEST_CASE("fast reader: never reads text nlohmann refuses, or that it leaves to nlohmann", "[fast_reader]") {
  for (const char* text : kInvalid) REQUIRE_FALSE(require_agreement(text));
}

TEST_CASE("fast reader: every truncation and one-byte change of a document", "[fast_reader]") {
  const std::string document =
      R"({"a" : [1, -0, 2.5e3, "x\u00e9\ud83d\ude00\"", true, false, null, {"b":{}}, []], "c\n" : -12 , "d":"plain"})";
  const std::string alphabet = "{}[],:\"\\0-+.eE \n\x01tfnu9";
  std::size_t read = 0, texts = 0;
  const auto check = [&](const std::string& text) {
    if (!passes_input_check(text)) return;
    ++texts;
    if (require_agreement(text)) ++read;
  };
  for_each_mutation(document, alphabet, check);
  // Many changes keep the document valid (inside strings, whitespace, digits): those are read.
  REQUIRE(read > 300);
  REQUIRE(texts > 4000);
}

TEST_CASE("fast reader: deep nesting is read without recursion", "[fast_reader]") {
  const std::size_t depth = 400;
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += i % 2 ? "{\"k\":" : "[";
  text += "0";
  for (std::size_t i = depth; i-- > 0;) text += i % 2 ? "}" : "]";
  REQUIRE(require_agreement(text));
}

// Reading JSON (json/parse.hpp parse_bounded): the fast reader with the DOM handler of
// json/unique_keys.cpp, and the syntax errors of json/syntax_error.cpp. nlohmann's parser is the
// reference: the engine must accept exactly the texts it accepts (duplicate keys aside), build
// the same values, and explain every refusal with a position in the text.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "mutations.hpp"

#include "json/input_scan.hpp"
#include "json/parse.hpp"
#include "messages/messages.hpp"

namespace {

constexpr std::size_t kNoLimit = std::size_t{1} << 30;

tl::expected<samen::Json, samen::ParseProblem> parse(const std::string& text) {
  return samen::parse_bounded(text, kNoLimit, 512);
}

// The one problem a text gives: its message key, position and arguments.
samen::ParseProblem problem_of(const std::string& text) {
  INFO(text);
  auto parsed = parse(text);
  REQUIRE_FALSE(parsed.has_value());
  return parsed.error();
}

struct Case {
  const char* text;
  const char* key;
  std::size_t position;
  const char* found;      // the second argument, "" when there is none
  const char* neighbour;  // a text that differs a little and is read
};

const Case kCases[] = {
    {"[1,2", "JSON-SYNTAX/einde", 4, "", "[1,2]"},
    {"{\"a\":\"x", "JSON-SYNTAX/einde", 7, "", "{\"a\":\"x\"}"},
    {"[\"\\u12", "JSON-SYNTAX/einde", 6, "", "[\"\\u1234\"]"},
    {"{\"a\":tru}", "JSON-SYNTAX/waarde", 5, "'tru'", "{\"a\":true}"},
    {"[1,]", "JSON-SYNTAX/waarde", 3, "']'", "[1]"},
    {"[é]", "JSON-SYNTAX/waarde", 1, "'é'", "[\"é\"]"},
    {"[\x01]", "JSON-SYNTAX/waarde", 1, "U+0001", "[1]"},
    {"{1:2}", "JSON-SYNTAX/sleutel", 1, "'1'", "{\"1\":2}"},
    {"{\"a\":1,}", "JSON-SYNTAX/sleutel", 7, "'}'", "{\"a\":1}"},
    {"{\"a\" 1}", "JSON-SYNTAX/dubbelepunt", 5, "'1'", "{\"a\": 1}"},
    {"{\"a\":1 \"b\":2}", "JSON-SYNTAX/object", 7, "'\"'", "{\"a\":1, \"b\":2}"},
    {"[1 2]", "JSON-SYNTAX/lijst", 3, "'2'", "[1, 2]"},
    {"[01]", "JSON-SYNTAX/lijst", 2, "'1'", "[0,1]"},
    {"{} x", "JSON-SYNTAX/rest", 3, "'x'", "{} "},
    {"[\"a\tb\"]", "JSON-SYNTAX/stuurteken", 3, "U+0009", "[\"a\\tb\"]"},
    {"[\"a\\qb\"]", "JSON-SYNTAX/escape", 3, "'\\q'", "[\"a\\\\qb\"]"},
    {"[\"\\u12G4\"]", "JSON-SYNTAX/escape", 2, "'\\u12G4'", "[\"\\u12F4\"]"},
    {"[\"\\ud800\"]", "JSON-SYNTAX/surrogaat", 2, "'\\ud800'", "[\"\\ud800\\udc00\"]"},
    {"[\"\\udc00\\ud800\"]", "JSON-SYNTAX/surrogaat", 2, "'\\udc00'", "[\"\\ud800\\udc00\"]"},
    {"[\"\\ud800\\u0041\"]", "JSON-SYNTAX/surrogaat", 2, "'\\ud800'", "[\"\\u0041\"]"},
    {"[-]", "JSON-SYNTAX/getal", 2, "'-'", "[-0]"},
    {"[1.e5]", "JSON-SYNTAX/getal", 3, "'1.e5'", "[1.0e5]"},
    {"[1e+]", "JSON-SYNTAX/getal", 4, "'1e+'", "[1e+1]"},
    {"[1e400]", "JSON-SYNTAX/bereik", 1, "'1e400'", "[1e300]"},
    {"{\"a\":-2e999}", "JSON-SYNTAX/bereik", 5, "'-2e999'", "{\"a\":-2e-999}"},
};

}  // namespace

TEST_CASE("syntax errors: each says what belongs where, and its neighbour is read", "[JSON-SYNTAX]") {
  for (const Case& c : kCases) {
    INFO(c.text);
    const samen::ParseProblem problem = problem_of(c.text);
    CHECK(problem.key == c.key);
    CHECK(problem.positie == c.position);
    REQUIRE_FALSE(problem.args.empty());
    CHECK(problem.args[0] == std::to_string(c.position));
    CHECK((problem.args.size() > 1 ? problem.args[1] : std::string()) == c.found);
    for (const auto taal : {samen::Taal::nl, samen::Taal::en}) {
      const std::string text = samen::message(taal, problem.key, problem.args);
      CHECK(text.find("{") == std::string::npos);  // every placeholder filled
      CHECK(samen::is_valid_utf8(text));
    }
    INFO(c.neighbour);
    CHECK(parse(c.neighbour).has_value());
  }
}

TEST_CASE("syntax errors: a byte order mark is skipped at the start only, positions count it", "[JSON-SYNTAX]") {
  CHECK(parse("\xEF\xBB\xBF{\"a\":1}").has_value());
  const samen::ParseProblem inside = problem_of(" \xEF\xBB\xBF{}");
  CHECK(inside.key == "JSON-SYNTAX/waarde");
  CHECK(inside.positie == 1);
  const samen::ParseProblem after = problem_of("\xEF\xBB\xBF[1 2]");
  CHECK(after.key == "JSON-SYNTAX/lijst");
  CHECK(after.positie == 6);
}

TEST_CASE("syntax errors: a NUL byte after the value ends the input, inside a string it is an error", "[JSON-SYNTAX]") {
  using namespace std::string_literals;
  // As nlohmann's parser did: a host may count a C string's terminator in the length.
  CHECK(parse("{\"a\":1}\0"s).has_value());
  CHECK(parse("{\"a\":1} \0rest"s).has_value());
  const samen::ParseProblem in_string = problem_of("{\"a\":\"x\0\"}"s);
  CHECK(in_string.key == "JSON-SYNTAX/stuurteken");
  CHECK(in_string.positie == 7);
  const samen::ParseProblem unfinished = problem_of("[1\0]"s);
  CHECK(unfinished.key == "JSON-SYNTAX/lijst");
  CHECK(unfinished.positie == 2);
}

TEST_CASE("syntax errors: a quoted escape that would cut a character is made valid UTF-8", "[JSON-SYNTAX]") {
  const samen::ParseProblem problem = problem_of("[\"\\u123\xC3\xA9\"]");
  CHECK(problem.key == "JSON-SYNTAX/escape");
  REQUIRE(problem.args.size() == 2);
  CHECK(samen::is_valid_utf8(problem.args[1]));
  CHECK(problem.args[1].find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD for the cut bytes
}

TEST_CASE("reading JSON: what nlohmann's parser reads, with the same values, and nothing else", "[JSON-SYNTAX]") {
  const std::string document =
      "\xEF\xBB\xBF{\"a\" : [1, -0, 2.5e3, 1e308, 18446744073709551616, \"x\\u00e9\\ud83d\\ude00\\\"\", true, false, null, "
      "{\"b\":{}}, []], \"c\\n\" : -12 , \"d\":\"pl\xC3\xA9in\"}";
  using namespace std::string_literals;
  const std::string alphabet = "{}[],:\"\\0-+.eE \n\x01tfnu9\xEF\0"s;  // with a NUL byte
  std::size_t read = 0, refused = 0;
  const auto check = [&](const std::string& text) {
    if (samen::check_input(text, kNoLimit, 512)) return;  // size, blank, UTF-8, NUL: refused before reading
    INFO(text);
    const bool reference_reads = samen::Json::accept(text);
    auto parsed = parse(text);
    if (!parsed && parsed.error().key == "JSON-SYNTAX/dubbel") return;  // nlohmann keeps the last of two keys
    REQUIRE(parsed.has_value() == reference_reads);
    if (parsed) {
      CHECK(samen::dump(*parsed) == samen::dump(samen::Json::parse(text)));
      ++read;
      return;
    }
    ++refused;
    const samen::ParseProblem& problem = parsed.error();
    CHECK(problem.key.starts_with("JSON-SYNTAX/"));
    CHECK(problem.positie <= text.size());
    CHECK(samen::is_valid_utf8(samen::message(samen::Taal::nl, problem.key, problem.args)));
  };
  for_each_mutation(document, alphabet, check);
  CHECK(read > 300);
  CHECK(refused > 3000);
}

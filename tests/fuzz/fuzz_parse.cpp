// Fuzz target: the engine's JSON reading (parse_bounded: the fast reader building the DOM, and
// its syntax errors) against nlohmann's parser, which it replaced. On input that passes the
// checks before reading (size, UTF-8, NUL, nesting), both must accept the same texts (a key named
// twice aside: the engine refuses it) and build the same value; a refusal names a position
// inside the text and renders as valid UTF-8 in both languages.
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "json/input_scan.hpp"
#include "json/parse.hpp"
#include "messages/messages.hpp"

using namespace samen_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(as_text(data, size));
  constexpr std::size_t kMaxDepth = 64;
  if (samen::check_input(text, std::size_t{1} << 30, kMaxDepth)) return 0;
  const auto parsed = samen::parse_bounded(text, std::size_t{1} << 30, kMaxDepth);
  if (!parsed && parsed.error().key == "JSON-SYNTAX/dubbel") return 0;
  const bool reference_reads = samen::Json::accept(text);
  require(parsed.has_value() == reference_reads,
          reference_reads ? "refused what nlohmann reads" : "read what nlohmann refuses", text);
  if (parsed) {
    require(samen::dump(*parsed) == samen::dump(samen::Json::parse(text)), "a different value than nlohmann's", text);
    return 0;
  }
  const samen::ParseProblem& problem = parsed.error();
  require(problem.key.starts_with("JSON-SYNTAX/") && problem.positie <= text.size(), "a syntax error without a place", text);
  for (const auto taal : {samen::Taal::nl, samen::Taal::en})
    require(samen::is_valid_utf8(samen::message(taal, problem.key, problem.args)), "a message that is not UTF-8", text);
  return 0;
}

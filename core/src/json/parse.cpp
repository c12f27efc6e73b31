#include "json/parse.hpp"

#include "json/input_scan.hpp"
#include "json/release.hpp"
#include "json/unique_keys.hpp"

namespace samen {

std::optional<ParseProblem> check_input(std::string_view text, std::size_t max_bytes, std::size_t max_depth,
                                        std::vector<std::size_t>* objects_per_value) {
  if (text.size() > max_bytes)
    return ParseProblem{"JSON-GROOTTE", max_bytes, {std::to_string(text.size()), std::to_string(max_bytes)}};
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return ParseProblem{"JSON-SYNTAX/leeg", 0, {}};
  if (const auto problem = scan_input(text, max_depth, objects_per_value)) {
    if (problem->kind == ScanProblem::Kind::utf8)
      return ParseProblem{"JSON-UTF8", problem->position, {std::to_string(problem->position)}};
    if (problem->kind == ScanProblem::Kind::nul)
      return ParseProblem{"JSON-SYNTAX/nul", problem->position, {std::to_string(problem->position)}};
    return ParseProblem{"JSON-DIEPTE", problem->position, {std::to_string(max_depth)}};
  }
  return std::nullopt;
}

ParseProblem syntax_problem(const nlohmann::json::parse_error& error) {
  std::string what = error.what();
  // Drop nlohmann's "[json.exception.parse_error.101] " prefix: the code says it better.
  if (const auto end = what.find("] "); what.starts_with("[json.exception") && end != std::string::npos)
    what.erase(0, end + 2);
  const std::size_t position = error.byte > 0 ? error.byte - 1 : 0;
  // nlohmann quotes the bytes it last read, which may end inside a multi-byte character.
  return ParseProblem{"JSON-SYNTAX", position, {valid_utf8(what)}};
}

ParseProblem syntax_problem(const nlohmann::json::exception& error) {
  // Out-of-range numbers and the like: still a problem of the input.
  return ParseProblem{"JSON-SYNTAX", 0, {valid_utf8(error.what())}};
}

tl::expected<Json, ParseProblem> parse_bounded(std::string_view text, std::size_t max_bytes, std::size_t max_depth) {
  if (auto problem = check_input(text, max_bytes, max_depth)) return tl::make_unexpected(std::move(*problem));
  try {
    Json root;
    const ReleaseOnExit release_partial(root);  // what was built, when the parse fails
    if (auto duplicate = parse_unique_keys(text, root)) {
      const std::size_t position = nth_key_position(text, duplicate->ordinal);
      return tl::make_unexpected(ParseProblem{"JSON-SYNTAX/dubbel", position,
                                              {duplicate->key, duplicate->pad.empty() ? "/" : duplicate->pad}});
    }
    return root;
  } catch (const nlohmann::json::parse_error& error) {
    return tl::make_unexpected(syntax_problem(error));
  } catch (const nlohmann::json::exception& error) {
    return tl::make_unexpected(syntax_problem(error));
  }
}

}  // namespace samen

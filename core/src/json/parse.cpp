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

tl::expected<Json, ParseProblem> parse_bounded(std::string_view text, std::size_t max_bytes, std::size_t max_depth) {
  if (auto problem = check_input(text, max_bytes, max_depth)) return tl::make_unexpected(std::move(*problem));
  Json root;
  const ReleaseOnExit release_partial(root);  // what was built, when the parse fails
  if (auto problem = parse_unique_keys(text, root)) return tl::make_unexpected(std::move(*problem));
  return root;
}

}  // namespace samen

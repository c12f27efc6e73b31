// Parsing untrusted input within the limits of the options: size, nesting, UTF-8, syntax.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "json/json.hpp"

namespace samen {

struct ParseProblem {
  std::string key;  // JSON-SYNTAX, JSON-DIEPTE, JSON-GROOTTE, JSON-UTF8 (message keys)
  std::size_t positie = 0;
  std::vector<std::string> args;
};

// The checks made before any parser sees the input: size, blank, UTF-8, nesting.
// `objects_per_value`: see scan_input.
std::optional<ParseProblem> check_input(std::string_view text, std::size_t max_bytes, std::size_t max_depth,
                                        std::vector<std::size_t>* objects_per_value = nullptr);

tl::expected<Json, ParseProblem> parse_bounded(std::string_view text, std::size_t max_bytes, std::size_t max_depth);

}  // namespace samen

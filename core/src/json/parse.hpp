// Parsing untrusted input within the limits of the options: size, nesting, UTF-8, syntax.
#pragma once

#include <cstddef>
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

tl::expected<Json, ParseProblem> parse_bounded(std::string_view text, std::size_t max_bytes, std::size_t max_depth);

}  // namespace samen

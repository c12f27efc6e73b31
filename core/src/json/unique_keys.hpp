// Parsing into the DOM while refusing an object that names a key twice. RFC 8259 leaves the
// meaning of duplicate keys to each parser (nlohmann keeps the last value, others the first),
// so {"actor": A, "actor": B} could be judged as A by a host's own checks and as B here.
// The DOM is built without ever copying a value (see Frame in the .cpp).
#pragma once

#include <optional>
#include <string_view>

#include "json/json.hpp"
#include "json/parse.hpp"

namespace samen {

// Parses `text` (valid UTF-8 without NUL, see check_input) into `out`. Returns the first
// problem, if any: a syntax error, or a key named twice (JSON-SYNTAX/dubbel); `out` is then
// incomplete.
std::optional<ParseProblem> parse_unique_keys(std::string_view text, Json& out);

}  // namespace samen

// The words for a syntax error: where the fast reader gave up (json/fast_reader.hpp) turned into
// a JSON-SYNTAX problem with a position and a message key of its own, in both languages. The
// engine reads all JSON with the fast reader, so these are the only syntax errors it gives.
#pragma once

#include <string_view>

#include "json/fast_reader.hpp"
#include "json/parse.hpp"

namespace samen {

// `text` is the whole input (the valid UTF-8 that check_input passed); `stop` points into it.
ParseProblem describe_syntax_error(std::string_view text, const FastStop& stop);

}  // namespace samen

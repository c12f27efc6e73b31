// Loading a state straight from its text. The fast reader's events (json/fast_reader.hpp) are
// written out as each object's compact text, noting where the values decode() reads lie in it,
// so the state is built without any DOM (a fraction of the time and of the memory).
// The contract is load_state(Json)'s (model/load.hpp), byte for byte: the same objects with the
// same text, the same JSON-* and TOESTAND problems with the same positions and pointers. Input
// with a duplicate key is handed to the DOM parse, which refuses it (JSON-SYNTAX/dubbel) with
// the position of the second key; a syntax error is explained from where the reader stopped.
#pragma once

#include <string_view>
#include <variant>

#include <tl/expected.hpp>

#include "json/parse.hpp"
#include "model/load.hpp"

namespace samen {

using LoadFailure = std::variant<ParseProblem, LoadProblem>;

tl::expected<Loaded, LoadFailure> load_state_text(std::string_view text, std::size_t max_bytes, std::size_t max_depth);

// The same through parse_bounded and load_state(Json): the reference the streaming loader is
// tested against (tests/core/load_stream_test.cpp).
tl::expected<Loaded, LoadFailure> load_state_dom(std::string_view text, std::size_t max_bytes, std::size_t max_depth);

}  // namespace samen

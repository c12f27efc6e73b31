// Read before nlohmann/json.hpp in every C++ translation unit of the project (the top-level
// CMakeLists.txt force-includes it), so that all of them see the same library.
//
// nlohmann builds a message for each exception it throws (type names, keys, positions) right at
// the call site, in every function that might throw: about 2 KB of the gzipped wasm module (issue 7).
// The engine never uses a JSON value in a way that throws (its input is read by its own reader,
// and the rules only see values whose types were checked), so one message-less exception does:
// a bug that throws it still ends as SAMEN_ERR_INTERNAL at the C ABI, as any exception does.
#pragma once

#include <stdexcept>

namespace samen {

struct JsonMisuse : std::logic_error {
  JsonMisuse() : std::logic_error("interne fout: verkeerd gebruik van een JSON-waarde / internal error: misuse of a JSON value") {}
};

}  // namespace samen

// The argument (nlohmann's exception with its message) is dropped unevaluated.
#define JSON_THROW_USER(exception) throw ::samen::JsonMisuse()

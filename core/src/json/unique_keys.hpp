// Parsing into the DOM while refusing an object that names a key twice. RFC 8259 leaves the
// meaning of duplicate keys to each parser (nlohmann keeps the last value, others the first),
// so {"actor": A, "actor": B} could be judged as A by a host's own checks and as B here.
// The DOM is built without ever copying a value (see Frame in the .cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "json/json.hpp"

namespace samen {

struct DuplicateKey {
  std::string key;
  std::string pad;        // JSON Pointer of the object that has it twice ("" = the root)
  std::size_t ordinal;    // how many keys the input names up to and including the second one
};

// Parses `text` into `out`, throwing nlohmann's parse errors as Json::parse does. Returns the
// first duplicate key, if any; `out` is then incomplete.
std::optional<DuplicateKey> parse_unique_keys(std::string_view text, Json& out);

}  // namespace samen

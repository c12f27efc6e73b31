// Building JSON objects that stay leak-free when memory runs out.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "json/json.hpp"

namespace samen {

// A JSON object from key/value pairs, key by key. nlohmann's initializer-list constructor leaks
// the half-built object when an allocation fails (its destructor never runs); this does not.
inline Json json_object(std::initializer_list<std::pair<std::string_view, Json>> fields) {
  Json out = Json::object();
  for (const auto& [key, value] : fields) out[std::string(key)] = value;
  return out;
}

}  // namespace samen

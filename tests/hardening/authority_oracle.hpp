// An oracle for "may this actor give this command?", written from the role table of spec §7
// alone and apart from the engine: it reads the command as JSON and the state as exported, and
// knows nothing of the core (no core header is included). It judges authority only, not the
// other rules: the property test asks of every command the engine allowed whether the oracle
// finds authority for it.
#pragma once

#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace authority_oracle {

using Json = nlohmann::json;

// The exported state, looked up by id.
class Catalogue {
 public:
  explicit Catalogue(const Json& exported);
  Catalogue(const Catalogue&) = delete;  // by_id_ points into state_
  Catalogue& operator=(const Catalogue&) = delete;
  // The object with this id and the name of its list ("organisaties", ...), or null.
  const Json* find(const std::string& id, std::string* list = nullptr) const;

 private:
  struct Entry {
    std::string list;
    const Json* object;
  };
  Json state_;
  std::unordered_map<std::string, Entry> by_id_;
};

struct Verdict {
  bool authority = false;
  std::string reason;  // why, in words: for failure messages
};

Verdict judge(const Json& command, const Catalogue& catalogue);

}  // namespace authority_oracle

// What a host persists: the state as exported once, then kept up to date only from the
// `wijzigingen` of applied commands (spec §1.2 "the host persists, the engine decides").
// Comparing it with a fresh export proves that the wijzigingen tell the whole change.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace samen_support {

class HostView {
 public:
  explicit HostView(std::string_view exported);

  // Applies the wijzigingen of an allowed apply; a description of the problem if they
  // cannot be applied (an unknown soort, a change to an object the host does not have, ...).
  std::optional<std::string> persist(std::string_view apply_answer);
  // Where the host's copy differs from the engine's export, if it does.
  std::optional<std::string> difference(std::string_view exported) const;

 private:
  nlohmann::ordered_json state_;
};

}  // namespace samen_support

// Building a State from the JSON of spec §2.1: strict about shape, lenient about references.
#pragma once

#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "json/json.hpp"
#include "messages/messages.hpp"
#include "model/state.hpp"

namespace samen {

struct LoadProblem {
  std::string pad;
  std::string key;  // message key, "TOESTAND/..."
  std::vector<std::string> args;
};

struct Loaded {
  State state;
  std::size_t derived_memberships = 0;  // active memberships made from register links
};

tl::expected<Loaded, LoadProblem> load_state(const Json& root);

// The register stores memberships as links (deelnemers[] on the collective, deelnames[] on
// the member). A linked pair without any lidmaatschap object becomes an active membership
// with id "<collective>~<member>" (spec §7). Answers how many were made.
tl::expected<std::size_t, LoadProblem> derive_memberships(State& state);

}  // namespace samen

// An organisation's application landscape (spec §2.4 `landschap`; KOP-004): the modules it
// uses itself, plus those a collective registered for it by listing it as deelnemer. Only live
// usage counts (Gebruik::live). Answered from indexes only, so a question costs the same on
// any size of catalogue.
#pragma once

#include <vector>

#include "model/state.hpp"

namespace samen {

// The first live usage of `module` that `afnemer` registered itself, or null.
const Gebruik* own_live_usage(const State& state, Id afnemer, Id module);
// The first live usage of `module` that a collective registered with `organisation` among its
// deelnemers, or null.
const Gebruik* collective_live_usage(const State& state, Id organisation, Id module);
// Whether `module` is in the landscape of `organisation` (either of the two above).
bool in_landscape(const State& state, Id organisation, Id module);
// The same, counting only usage the afnemer has accepted: a supplier's proposal still awaiting
// its decision (Gebruik::awaiting_decision) shows in the landscape but does not count (KOP-004).
bool in_accepted_landscape(const State& state, Id organisation, Id module);

struct LandscapeEntry {
  Id module;
  std::vector<const Gebruik*> own;  // live usage the organisation registered itself
  std::vector<const Gebruik*> via;  // live usage of collectives that list it as deelnemer
};

// Every module in the landscape of `organisation`, one entry per module, ordered by module id;
// within an entry, usage in table (export) order.
std::vector<LandscapeEntry> landscape(const State& state, Id organisation);

}  // namespace samen

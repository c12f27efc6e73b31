// Evaluating one parsed command against a state: the envelope, the handler, the decision.
// Shared by check/apply and by the toegestaneOpdrachten query, which probes commands.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"
#include "model/state.hpp"
#include "options.hpp"

namespace samen {

struct CommandEntry;

// `root` must be an object whose "opdracht" names `entry`.
Decision evaluate(const State& state, const Options& options, const CommandEntry& entry, const Json& root);

}  // namespace samen

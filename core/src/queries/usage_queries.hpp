// Queries about usage: `landschap` (an organisation's own usage plus what its collectives
// registered for it) and `mogelijkeDeelnemers` (members the actor may register usage for).
// Shapes: docs/queries/usage.md.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json landschap(Ctx& ctx);
Json mogelijke_deelnemers(Ctx& ctx);

}  // namespace samen::queries

// Queries about memberships: `leden` (members of a collective) and `deelnames` (collectives an
// organisation belongs to). Shapes: docs/queries.md.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json leden(Ctx& ctx);
Json deelnames(Ctx& ctx);

}  // namespace samen::queries

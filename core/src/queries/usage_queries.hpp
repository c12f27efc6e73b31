// Queries about usage: `landschap` (an organisation's own usage plus what its collectives
// registered for it) and `mogelijkeDeelnemers` (members the actor may register usage for).
// Shapes: docs/queries/usage.md.
#pragma once

#include <vector>

#include "eval/context.hpp"
#include "json/json_writer.hpp"

namespace samen::queries {

void landschap(Ctx& ctx, JsonWriter& answer);
void mogelijke_deelnemers(Ctx& ctx, JsonWriter& answer);

// The memberships of `afnemer` that are active now (at the query's tijdstip when it has one),
// ordered by the member's id, one per member.
std::vector<const Lidmaatschap*> active_memberships(const Ctx& ctx, Id afnemer);

}  // namespace samen::queries

// Queries about memberships: `leden` (members of a collective) and `deelnames` (collectives an
// organisation belongs to). Shapes: docs/queries.md.
#pragma once

#include <cstdint>
#include <span>

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json leden(Ctx& ctx);
Json deelnames(Ctx& ctx);

// Memberships of one index entry (memberships_by_collective: `by_member`, memberships_by_member:
// not), ordered by status (aangevraagd, actief, afgewezen, beeindigd; unknown last), then by the
// other side's id; each entry as `leden` and `deelnames` show it.
Json listing(const Ctx& ctx, std::span<const std::uint32_t> indexes, bool by_member);
// Entries per status: {"aangevraagd": n, "actief": n, "afgewezen": n, "beeindigd": n}.
Json counts(const Json& entries);

}  // namespace samen::queries

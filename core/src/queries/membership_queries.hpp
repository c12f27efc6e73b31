// Queries about memberships: `leden` (members of a collective) and `deelnames` (collectives an
// organisation belongs to). Shapes: docs/queries.md.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "eval/context.hpp"
#include "json/json_writer.hpp"

namespace samen::queries {

void leden(Ctx& ctx, JsonWriter& answer);
void deelnames(Ctx& ctx, JsonWriter& answer);

// Memberships of one index entry (memberships_by_collective: `by_member`, memberships_by_member:
// not), ordered by status (aangevraagd, actief, afgewezen, beeindigd; unknown last), then by the
// other side's id.
std::vector<const Lidmaatschap*> listing(const Ctx& ctx, std::span<const std::uint32_t> indexes, bool by_member);
// Those memberships as `leden` and `deelnames` show them, with the other side as "lid"
// (`by_member`) or "samenwerking".
void write_listing(JsonWriter& out, const Ctx& ctx, std::span<const Lidmaatschap* const> list, bool by_member);
// Memberships per status: {"aangevraagd": n, "actief": n, "afgewezen": n, "beeindigd": n}.
void write_counts(JsonWriter& out, std::span<const Lidmaatschap* const> list);

}  // namespace samen::queries

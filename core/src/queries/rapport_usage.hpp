// The usage sections of `rapport`: which modules the collective and its active members use and
// how, joint-purchasing candidates, and the uptake of the collective's own offering. Each is
// built from indexes, in time proportional to the collective's members and their usage.
#pragma once

#include <cstdint>
#include <vector>

#include "eval/context.hpp"
#include "json/json.hpp"
#include "model/id_set.hpp"

namespace samen::queries {

struct ReportScope {
  const Organisatie& collective;
  std::vector<Id> members;  // active members, ordered by id
  IdSet member_ids;
  bool member(Id organisation) const { return member_ids.contains(organisation); }
};

// "modules" and "gezamenlijkeInkoop".
void module_use(const Ctx& ctx, const ReportScope& scope, Json& out);
// "aanbod": the collective's own modules and diensten, used inside and outside the collective.
Json offering_uptake(const Ctx& ctx, const ReportScope& scope);

}  // namespace samen::queries

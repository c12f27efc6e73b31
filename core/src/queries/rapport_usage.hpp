// The usage sections of `rapport`: which modules the collective and its active members use and
// how, joint-purchasing candidates, and the uptake of the collective's own offering. Each is
// built from indexes, in time proportional to the collective's members and their usage.
#pragma once

#include <cstdint>
#include <vector>

#include "eval/context.hpp"
#include "json/json_writer.hpp"
#include "model/id_set.hpp"

namespace samen::queries {

struct ReportScope {
  const Organisatie& collective;
  std::vector<Id> members;  // active members, ordered by id
  IdSet member_ids;
  bool member(Id organisation) const { return member_ids.contains(organisation); }
};

// The members "modules" and "gezamenlijkeInkoop".
void write_module_use(JsonWriter& out, const Ctx& ctx, const ReportScope& scope);
// The value of "aanbod": the collective's own modules and diensten, used inside and outside the
// collective.
void write_offering_uptake(JsonWriter& out, const Ctx& ctx, const ReportScope& scope);

}  // namespace samen::queries

// The query `rapport` (spec §4.8, journey phase 4.3): a collective's report to its members.
// Shape: docs/queries/report.md.
#pragma once

#include "eval/context.hpp"
#include "json/json_writer.hpp"

namespace samen::queries {

void rapport(Ctx& ctx, JsonWriter& answer);

}  // namespace samen::queries

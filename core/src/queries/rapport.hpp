// The query `rapport` (spec §4.8, journey phase 4.3): a collective's report to its members.
// Shape: docs/queries/report.md.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json rapport(Ctx& ctx);

}  // namespace samen::queries

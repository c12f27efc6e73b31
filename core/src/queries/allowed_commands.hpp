// The toegestaneOpdrachten query (spec §2.4): which commands an actor may give on an object.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json toegestane_opdrachten(Ctx& ctx);

}  // namespace samen::queries

// The toegestaneOpdrachten query (spec §2.4): which commands an actor may give on an object.
#pragma once

#include "eval/context.hpp"
#include "json/json_writer.hpp"

namespace samen::queries {

void toegestane_opdrachten(Ctx& ctx, JsonWriter& answer);

}  // namespace samen::queries

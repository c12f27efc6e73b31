// Command handlers of the membership family (spec §4.2).
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void lidmaatschap_aangeven(Ctx& ctx);
void lidmaatschap_bevestigen(Ctx& ctx);
void lidmaatschap_afwijzen(Ctx& ctx);
void lidmaatschap_beeindigen(Ctx& ctx);

}  // namespace samen::rules

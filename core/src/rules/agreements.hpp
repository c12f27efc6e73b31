// Command handlers of the agreement family (spec §4.6): afspraak.vastleggen, .wijzigen,
// .fase-wijzigen and .beeindigen.
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void afspraak_vastleggen(Ctx& ctx);
void afspraak_wijzigen(Ctx& ctx);
void afspraak_fase_wijzigen(Ctx& ctx);
void afspraak_beeindigen(Ctx& ctx);

}  // namespace samen::rules

// Command handlers of the organisation family (spec §4.1, §7).
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void organisatie_registreren(Ctx& ctx);
void organisatie_wijzigen(Ctx& ctx);
void organisatie_activeren(Ctx& ctx);
void organisatie_deactiveren(Ctx& ctx);
void contactpersoon_registreren(Ctx& ctx);

}  // namespace samen::rules

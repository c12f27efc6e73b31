// Command handlers of the offering family (spec §4.3, §7).
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void module_registreren(Ctx& ctx);
void module_verwijderen(Ctx& ctx);
void dienst_registreren(Ctx& ctx);
void dienst_verwijderen(Ctx& ctx);

}  // namespace samen::rules

// Command handlers of the koppelingen family (spec §4.5): an integration between module A and
// module B (or a facility outside the municipality), registered and changed by its eigenaar.
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void koppeling_registreren(Ctx& ctx);
void koppeling_wijzigen(Ctx& ctx);

}  // namespace samen::rules

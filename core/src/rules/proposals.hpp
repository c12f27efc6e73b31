// Command handlers for supplier-proposed usage (spec §4.4): a module's aanbieder proposes usage
// of its module to a customer, and the proposal moves along its transition table, each step
// taken by the side it belongs to.
#pragma once

#include "eval/context.hpp"

namespace samen::rules {

void gebruik_voorstellen(Ctx& ctx);
void gebruik_voorstel_beoordelen(Ctx& ctx);

}  // namespace samen::rules

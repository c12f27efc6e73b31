// Command handlers of the koppelingen family (spec §4.5): an integration between module A and
// module B (or a facility outside the municipality), registered and changed by its eigenaar.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/context.hpp"

namespace samen::rules {

void koppeling_registreren(Ctx& ctx);
void koppeling_wijzigen(Ctx& ctx);

// The koppelingen of `eigenaar`, not withdrawn and other than `self`, between the same two
// modules in either order, or (with `voorziening`, module_b absent) from module A to the same
// facility (case-insensitive, trimmed): what KOP-005 warns about. One index lookup by pair;
// in table (export) order.
std::vector<const Koppeling*> same_ends(const State& state, Id eigenaar, Id module_a, Id module_b,
                                        std::optional<std::string_view> voorziening, Id self);

}  // namespace samen::rules

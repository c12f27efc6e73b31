// Spec §7 "New objects" and "Changing objects": the fields a command may not set, and what a
// `*.wijzigen` does to the stored object. One implementation for every family.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen {

// INVOER-002/vast for each of `fixed` that `given` (the object at `pad` in the command) sets to
// another value than `stored` has; `stored` is empty for a new object. Repeating the current
// value is no change, so a form may send the whole object back.
void refuse_fixed_changes(Ctx& ctx, const Json& given, std::string_view pad, std::span<const std::string_view> fixed,
                          const Json& stored);
// The same for the gegevens themselves.
void refuse_fixed_changes(Ctx& ctx, std::span<const std::string_view> fixed, const Json& stored);
inline void refuse_fixed_changes(Ctx& ctx, std::initializer_list<std::string_view> fixed, const Json& stored) {
  refuse_fixed_changes(ctx, std::span<const std::string_view>(fixed.begin(), fixed.size()), stored);
}

// The object after a *.wijzigen: the given fields updated in place, new ones appended, those
// given as null removed (pending changes of this command included).
Json with_changes(const Ctx& ctx, Slot slot);
// *.wijzigen's effect: with_changes as a wijziging; none when nothing differs.
void apply_changes(Ctx& ctx, Slot slot);

}  // namespace samen

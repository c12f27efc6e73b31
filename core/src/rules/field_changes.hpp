// Fields a command may not set (spec §7 "New objects", "Changing objects"), and applying the
// fields of a `*.wijzigen` command to a stored object.
#pragma once

#include <initializer_list>
#include <string_view>

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen {

// INVOER-002/vast for each of `keys` present in the gegevens (also when given as null):
// fields the engine sets, or that this command cannot change.
void refuse_fixed_fields(Ctx& ctx, std::initializer_list<std::string_view> keys);

// The object after a `*.wijzigen`: every field given in the gegevens replaces the stored one
// (new fields are appended), a field given as null is removed, `id` names the object and is
// left alone. Fields that may not change are refused beforehand with refuse_fixed_fields.
Json apply_field_changes(const Ctx& ctx, Json current);

}  // namespace samen

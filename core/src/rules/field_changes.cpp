#include "rules/field_changes.hpp"

namespace samen {

void refuse_fixed_fields(Ctx& ctx, std::initializer_list<std::string_view> keys) {
  const Json* gegevens = ctx.command.gegevens;
  if (!gegevens) return;
  for (std::string_view key : keys) {
    if (gegevens->find(key) == gegevens->end()) continue;
    const std::string pad = pointer_join("/gegevens", key);
    ctx.report("INVOER-002/vast", pad, {pad});
  }
}

Json apply_field_changes(const Ctx& ctx, Json current) {
  const Json* gegevens = ctx.command.gegevens;
  if (!gegevens) return current;
  for (const auto& [key, value] : gegevens->items()) {
    if (key == "id") continue;
    if (value.is_null()) current.erase(key);
    else current[key] = value;
  }
  return current;
}

}  // namespace samen

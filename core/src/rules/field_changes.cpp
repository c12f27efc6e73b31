#include "rules/field_changes.hpp"

namespace samen {

void refuse_fixed_changes(Ctx& ctx, const Json& given, std::string_view pad, std::span<const std::string_view> fixed,
                          const Json& stored) {
  if (!given.is_object()) return;
  for (std::string_view key : fixed) {
    const auto value = given.find(key);
    if (value == given.end()) continue;
    const auto before = stored.find(key);
    if (before != stored.end() ? *value == *before : value->is_null()) continue;
    const std::string at = pointer_join(pad, key);
    ctx.report("INVOER-002/vast", at, {at});
  }
}

void refuse_fixed_changes(Ctx& ctx, std::span<const std::string_view> fixed, const Json& stored) {
  if (ctx.command.gegevens) refuse_fixed_changes(ctx, *ctx.command.gegevens, "/gegevens", fixed, stored);
}

Json with_changes(const Ctx& ctx, Slot slot) {
  Json after = ctx.current(slot);
  if (!ctx.command.gegevens) return after;
  for (const auto& field : ctx.command.gegevens->items()) {
    if (field.value().is_null()) after.erase(field.key());
    else after[field.key()] = field.value();
  }
  return after;
}

void apply_changes(Ctx& ctx, Slot slot) {
  Json after = with_changes(ctx, slot);
  if (after != ctx.current(slot)) ctx.modify(slot) = std::move(after);
}

}  // namespace samen

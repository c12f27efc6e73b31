#include "eval/fields.hpp"

namespace samen {

const Json* Fields::raw(std::string_view key) const {
  if (!object_ || !object_->is_object()) return nullptr;
  const auto found = object_->find(key);
  if (found == object_->end() || found->is_null()) return nullptr;
  return &*found;
}

const Json* Fields::typed(std::string_view key, Need need, bool (*ok)(const Json&), std::string_view expected) {
  const Json* value = raw(key);
  const std::string at = pad(key);
  if (!value) {
    if (need == Need::required) ctx_.report("INVOER-001", at, {at});
    return nullptr;
  }
  if (!ok(*value)) {
    ctx_.report("INVOER-002/" + std::string(expected), at, {at});
    return nullptr;
  }
  return value;
}

std::optional<std::string_view> Fields::text(std::string_view key, Need need) {
  const Json* value = typed(key, need, [](const Json& v) { return v.is_string(); }, "tekst");
  if (!value) return std::nullopt;
  const std::string& text = value->get_ref<const std::string&>();
  if (text.empty()) {
    if (need == Need::required) ctx_.report("INVOER-001", pad(key), {pad(key)});
    return std::nullopt;
  }
  return std::string_view(text);
}

std::optional<IdField> Fields::id(std::string_view key, Need need) {
  const auto value = text(key, need);
  if (!value) return std::nullopt;
  return IdField{*value, ctx_.keep(pad(key))};
}

std::optional<bool> Fields::flag(std::string_view key, Need need) {
  const Json* value = typed(key, need, [](const Json& v) { return v.is_boolean(); }, "bool");
  if (!value) return std::nullopt;
  return value->get<bool>();
}

std::optional<std::size_t> Fields::choice_index(std::string_view key, std::span<const std::string_view> names, Need need,
                                                std::string_view code) {
  const std::optional<std::string_view> value = text(key, need);
  if (!value) return std::nullopt;
  if (const auto index = find_name(names, *value)) return index;
  const std::string at = pad(key);
  if (code == "INVOER-002")
    ctx_.report("INVOER-002/waarde", at, {at, *value, join_names(names)});
  else
    ctx_.report(code, at, {join_names(names)});
  return std::nullopt;
}

std::optional<std::vector<std::size_t>> Fields::choice_indexes(std::string_view key, std::span<const std::string_view> names,
                                                               Need need) {
  const Json* list = typed(key, need, [](const Json& v) { return v.is_array(); }, "lijst");
  if (!list) return std::nullopt;
  std::vector<std::size_t> out;
  bool ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = pointer_join(pad(key), i);
    const auto index = item.is_string() ? find_name(names, item.get_ref<const std::string&>()) : std::nullopt;
    if (!index) {
      ctx_.report("INVOER-002/waarde", at, {at, item.is_string() ? item.get<std::string>() : dump(item), join_names(names)});
      ok = false;
    } else {
      out.push_back(*index);
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<IdField>> Fields::ids(std::string_view key, Need need) {
  const Json* list = typed(key, need, [](const Json& v) { return v.is_array(); }, "lijst");
  if (!list) return std::nullopt;
  std::vector<IdField> out;
  bool ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = pointer_join(pad(key), i);
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      ctx_.report(item.is_string() ? "INVOER-001" : "INVOER-002/tekst", at, {at});
      ok = false;
    } else {
      out.push_back(IdField{item.get_ref<const std::string&>(), ctx_.keep(at)});
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Fields> Fields::object(std::string_view key, Need need) {
  const Json* value = typed(key, need, [](const Json& v) { return v.is_object(); }, "object");
  if (!value) return std::nullopt;
  return Fields(ctx_, value, ctx_.keep(pad(key)));
}

}  // namespace samen

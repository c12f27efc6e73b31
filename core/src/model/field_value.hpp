// FieldValue: one value of an object as decode() reads it, from a DOM (commands, the DOM load)
// or in place from the engine's own compact text (the streaming loader builds no DOM: a JSON
// value per field cost a few allocations per object, most of them in wasm's malloc; issue 7).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "json/json.hpp"
#include "json/stored_view.hpp"
#include "model/text_arena.hpp"

namespace samen {

class FieldValue {
 public:
  FieldValue() = default;  // absent
  explicit FieldValue(const Json* json) : json_(json) {}
  // `decoded` keeps the strings that had escapes, for as long as the caller needs their views.
  FieldValue(StoredValue stored, TextArena& decoded) : stored_(stored), decoded_(&decoded) {}

  bool is_array() const { return json_ ? json_->is_array() : stored_ && stored_->is_array(); }
  bool is_object() const { return json_ ? json_->is_object() : stored_ && stored_->is_object(); }

  // The string, if this is one: a view of the DOM's string, of the text, or of `decoded`.
  std::optional<std::string_view> string() const {
    if (json_) return json_->is_string() ? std::optional<std::string_view>(json_->get_ref<const std::string&>()) : std::nullopt;
    if (!stored_ || !stored_->is_string()) return std::nullopt;
    std::string scratch;
    const std::string_view value = stored_->string(scratch);
    if (scratch.empty()) return value;  // no escapes: a view of the text (an escape never decodes to nothing)
    return decoded_->append(scratch);
  }

  std::optional<bool> boolean() const {
    if (json_) return json_->is_boolean() ? std::optional<bool>(json_->get<bool>()) : std::nullopt;
    return stored_ && stored_->is_boolean() ? std::optional<bool>(stored_->is_true()) : std::nullopt;
  }

  // A member of an object (`key` needs no escaping), absent if there is none or this is no object.
  FieldValue member(std::string_view key) const {
    if (json_) {
      if (!json_->is_object()) return {};
      const auto found = json_->find(key);
      return found == json_->end() ? FieldValue() : FieldValue(&*found);
    }
    if (!stored_ || !stored_->is_object()) return {};
    const auto found = stored_->find(key);
    return found ? FieldValue(*found, *decoded_) : FieldValue();
  }

  // f(FieldValue) for each element of an array; nothing for anything else.
  template <class F>
  void each_element(F&& f) const {
    if (json_) {
      if (json_->is_array())
        for (const Json& item : *json_) f(FieldValue(&item));
    } else if (stored_ && stored_->is_array()) {
      stored_->each_element([&](std::size_t, StoredValue item) { f(FieldValue(item, *decoded_)); });
    }
  }

  // f(key, FieldValue) for each member of an object, the key as written in the text: exact for
  // the keys compared with (closed lists: no character that needs escaping).
  template <class F>
  void each_member(F&& f) const {
    if (json_) {
      if (json_->is_object())
        for (const auto& [key, value] : json_->items()) f(std::string_view(key), FieldValue(&value));
    } else if (stored_ && stored_->is_object()) {
      stored_->each_member([&](std::string_view key, StoredValue value) { f(key, FieldValue(value, *decoded_)); });
    }
  }

 private:
  const Json* json_ = nullptr;
  std::optional<StoredValue> stored_;
  TextArena* decoded_ = nullptr;
};

}  // namespace samen

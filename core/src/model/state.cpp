#include "model/state.hpp"

#include "model/decode.hpp"
#include "model/indexes.hpp"

namespace samen {

void State::set_slot(Id id, Kind kind, std::uint32_t position) {
  if (id.value >= slots_.size()) slots_.resize(id.value + 1);
  slots_[id.value] = SlotEntry{kind, true, position};
}

const std::string& State::json_of(Slot slot) const {
  return with_kind(slot.kind, [&](auto* type) -> const std::string& {
    using T = std::remove_pointer_t<decltype(type)>;
    return table<T>().items[slot.index].json;
  });
}

std::uint32_t State::insert(Kind kind, const Json& object) { return insert(kind, object, dump(object)); }

std::uint32_t State::insert(Kind kind, const Json& fields, std::string json) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    decode(fields, ids, item);
    item.json = std::move(json);
    auto& items = table<T>().items;
    const auto position = static_cast<std::uint32_t>(items.size());
    items.push_back(std::move(item));
    update_indexes(index, ids, items.back(), IndexOp{true, position});
    set_slot(items.back().id, kind, position);
    ++live_counts_[static_cast<std::size_t>(kind)];
    return position;
  });
}

void State::replace(Slot slot, const Json& object) {
  with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    decode(object, ids, item);
    item.json = dump(object);
    T& current = table<T>().items[slot.index];
    update_indexes(index, ids, current, IndexOp{false, slot.index});
    current = std::move(item);
    update_indexes(index, ids, current, IndexOp{true, slot.index});
  });
}

void State::remove(Slot slot) {
  with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T& current = table<T>().items[slot.index];
    update_indexes(index, ids, current, IndexOp{false, slot.index});
    slots_[current.id.value].defined = false;
    current.removed = true;
    current.json.clear();
    current.json.shrink_to_fit();
    --live_counts_[static_cast<std::size_t>(slot.kind)];
  });
}

std::size_t State::count(Kind kind) const { return live_counts_[static_cast<std::size_t>(kind)]; }

void State::reserve(Kind kind, std::size_t objects) {
  with_kind(kind, [&](auto* type) { table<std::remove_pointer_t<decltype(type)>>().items.reserve(objects); });
}

std::string State::export_json() const {
  std::string out = "{";
  for (std::size_t k = 0; k < kKindCount; ++k) {
    if (k) out += ',';
    out += '"';
    out += kKindArrays[k];
    out += "\":[";
    with_kind(static_cast<Kind>(k), [&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      bool first = true;
      for (const T& item : table<T>().items) {
        if (item.removed) continue;
        if (!first) out += ',';
        first = false;
        out += item.json;
      }
    });
    out += ']';
  }
  out += '}';
  return out;
}

}  // namespace samen

#include "model/state.hpp"

#include <string>
#include <utility>

#include "model/decode.hpp"
#include "model/indexes.hpp"
#include "model/text.hpp"

namespace samen {

void State::set_slot(Id id, Kind kind, std::uint32_t position) {
  if (id.value >= slots_.size()) slots_.resize(id.value + 1);
  slots_[id.value] = SlotEntry{kind, true, position};
}

// A decoded text is a view into the decoded JSON. Most occur byte for byte in the object's
// own json (no escapes), and then a view of that costs nothing; the others are copied.
template <class T>
void State::own_texts(T& item) {
  for_each_text(item, [&](std::string_view& text) {
    if (text.empty()) text = {};
    else if (lies_within(text, item.json)) return;  // read in place from the json (the streaming loader)
    else if (const auto at = item.json.find(text); at != std::string_view::npos) text = item.json.substr(at, text.size());
    else text = texts_.append(text);
  });
}

std::string_view State::json_of(Slot slot) const {
  return with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    return table<T>().items[slot.index].json;
  });
}

template <class T>
std::uint32_t State::add(Kind kind, T& item) {
  own_texts(item);
  auto& items = table<T>().items;
  const auto position = static_cast<std::uint32_t>(items.size());
  items.push_back(std::move(item));
  update_indexes(index, ids, items.back(), IndexOp{true, position});
  set_slot(items.back().id, kind, position);
  ++live_counts_[static_cast<std::size_t>(kind)];
  return position;
}

std::uint32_t State::insert(Kind kind, std::string_view json, std::span<const CapturedField> captured) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    // The copy first: decode() reads it, and the views it leaves need no copy of their own.
    // (Should decode fail, the bytes stay unused in the arena: a load that fails drops the state.)
    item.json = texts_.append(json);
    TextArena decoded = decoded_texts();  // the escaped strings decode() read, until own_texts copies them
    decode(ObjectFields(item.json, captured, decoded), ids, item);
    return add(kind, item);
  });
}

std::size_t State::count(Kind kind) const { return live_counts_[static_cast<std::size_t>(kind)]; }

void State::reserve(Kind kind, std::size_t objects) {
  with_kind(kind, [&](auto* type) { table<std::remove_pointer_t<decltype(type)>>().items.reserve(objects); });
}

// add() and own_texts() for every kind: the changes of an applied command use them from
// model/state_changes.cpp, which the wasm module compiles for size, while these stay at the
// level of the loader.
#define SAMEN_STATE_KIND(T)                    \
  template std::uint32_t State::add(Kind, T&); \
  template void State::own_texts(T&);
SAMEN_STATE_KIND(Organisatie)
SAMEN_STATE_KIND(Contactpersoon)
SAMEN_STATE_KIND(Aanvraag)
SAMEN_STATE_KIND(Lidmaatschap)
SAMEN_STATE_KIND(Module)
SAMEN_STATE_KIND(Dienst)
SAMEN_STATE_KIND(Gebruik)
SAMEN_STATE_KIND(Koppeling)
SAMEN_STATE_KIND(Afspraak)
SAMEN_STATE_KIND(Evaluatie)
#undef SAMEN_STATE_KIND

}  // namespace samen

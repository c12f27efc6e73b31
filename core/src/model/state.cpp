#include "model/state.hpp"

#include <deque>
#include <functional>
#include <string>
#include <utility>

#include "model/decode.hpp"
#include "model/indexes.hpp"

namespace samen {

void State::set_slot(Id id, Kind kind, std::uint32_t position) {
  if (id.value >= slots_.size()) slots_.resize(id.value + 1);
  slots_[id.value] = SlotEntry{kind, true, position};
}

namespace {

// Whether `text` lies inside `json` (std::less_equal: a total order also across objects).
bool within(std::string_view text, std::string_view json) {
  const std::less_equal<const char*> le;
  return le(json.data(), text.data()) && le(text.data() + text.size(), json.data() + json.size());
}

// The arena bytes an object holds: its json and the texts that are not part of it.
template <class T>
std::size_t text_bytes(T& item) {
  std::size_t bytes = item.json.size();
  for_each_text(item, [&](std::string_view& text) {
    if (!within(text, item.json)) bytes += text.size();
  });
  return bytes;
}

}  // namespace

// A decoded text is a view into the decoded JSON. Most occur byte for byte in the object's
// own json (no escapes), and then a view of that costs nothing; the others are copied.
template <class T>
void State::own_texts(T& item) {
  for_each_text(item, [&](std::string_view& text) {
    if (text.empty()) text = {};
    else if (within(text, item.json)) return;  // read in place from the json (the streaming loader)
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

std::uint32_t State::insert(Kind kind, const Json& object) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    decode(object, ids, item);
    item.json = texts_.append(dump(object));
    return add(kind, item);
  });
}

std::uint32_t State::insert(Kind kind, std::string_view json, std::span<const CapturedField> captured) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    // The copy first: decode() reads it, and the views it leaves need no copy of their own.
    // (Should decode fail, the bytes stay unused in the arena: a load that fails drops the state.)
    item.json = texts_.append(json);
    std::deque<std::string> decoded;  // the escaped strings decode() read, until own_texts copies them
    decode(ObjectFields(item.json, captured, decoded), ids, item);
    return add(kind, item);
  });
}

void State::replace(Slot slot, const Json& object) {
  with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    decode(object, ids, item);
    item.json = texts_.append(dump(object));
    own_texts(item);
    T& current = table<T>().items[slot.index];
    update_indexes(index, ids, current, IndexOp{false, slot.index});
    const std::size_t replaced = text_bytes(current);
    current = std::move(item);
    update_indexes(index, ids, current, IndexOp{true, slot.index});
    release_texts(replaced);
  });
}

void State::remove(Slot slot) {
  with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T& current = table<T>().items[slot.index];
    update_indexes(index, ids, current, IndexOp{false, slot.index});
    slots_[current.id.value].defined = false;
    current.removed = true;
    --live_counts_[static_cast<std::size_t>(slot.kind)];
    const std::size_t removed = text_bytes(current);
    current.json = {};
    for_each_text(current, [](std::string_view& text) { text = {}; });  // compaction skips tombstones
    release_texts(removed);
  });
}

void State::release_texts(std::size_t bytes) {
  // Compacting copies the live texts once the waste exceeds them: amortised constant work per
  // byte replaced (like a vector's regrowth), and the arena never holds more than the live
  // bytes plus max(live bytes, kFloor). The floor spares a small state a copy every command.
  constexpr std::size_t kFloor = 64 * 1024;
  wasted_text_bytes_ += bytes;
  const std::size_t live = texts_.bytes() - wasted_text_bytes_;
  if (wasted_text_bytes_ > live && wasted_text_bytes_ > kFloor) compact_texts();
}

void State::compact_texts() {
  TextArena fresh;
  fresh.reserve(texts_.bytes() - wasted_text_bytes_);  // the one allocation: past it nothing can fail
  for (std::size_t k = 0; k < kKindCount; ++k)
    with_kind(static_cast<Kind>(k), [&](auto* type) {
      for (auto& item : table<std::remove_pointer_t<decltype(type)>>().items) {
        const std::string_view old = item.json;
        item.json = fresh.append(old);
        for_each_text(item, [&](std::string_view& text) {
          if (text.empty()) return;
          text = within(text, old) ? item.json.substr(static_cast<std::size_t>(text.data() - old.data()), text.size())
                                   : fresh.append(text);
        });
      }
    });
  texts_ = std::move(fresh);
  wasted_text_bytes_ = 0;
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

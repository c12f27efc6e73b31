// The state's changes after load: the objects an applied command creates, changes or removes,
// the compaction of the texts they leave behind, and the export. Apart from the loader's path
// (model/state.cpp), so that the wasm module can compile these for size (core/CMakeLists.txt).
#include <string>
#include <utility>

#include "json/json.hpp"
#include "model/decode.hpp"
#include "model/indexes.hpp"
#include "model/state.hpp"
#include "model/text.hpp"

namespace samen {
namespace {

// The arena bytes an object holds: its json and the texts that are not part of it.
template <class T>
std::size_t text_bytes(T& item) {
  std::size_t bytes = item.json.size();
  for_each_text(item, [&](std::string_view& text) {
    if (!lies_within(text, item.json)) bytes += text.size();
  });
  return bytes;
}

}  // namespace

std::uint32_t State::insert(Kind kind, const Json& object) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    T item;
    decode(object, ids, item);
    item.json = texts_.append(dump(object));
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
          text = lies_within(text, old) ? item.json.substr(static_cast<std::size_t>(text.data() - old.data()), text.size())
                                   : fresh.append(text);
        });
      }
    });
  texts_ = std::move(fresh);
  wasted_text_bytes_ = 0;
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

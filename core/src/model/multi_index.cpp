#include "model/multi_index.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <string>

#include "model/ids.hpp"

namespace samen {

void Positions::release() {
  if (capacity_ > kInline) delete[] storage_.heap;
  capacity_ = kInline;
  size_ = 0;
}

void Positions::assign(std::span<const std::uint32_t> values) {
  release();
  if (values.size() > kInline) {
    storage_.heap = new std::uint32_t[values.size()];
    capacity_ = static_cast<std::uint32_t>(values.size());
  }
  std::copy(values.begin(), values.end(), data());
  size_ = static_cast<std::uint32_t>(values.size());
}

void Positions::insert(std::uint32_t value) {
  std::uint32_t* begin = data();
  std::uint32_t* at = std::lower_bound(begin, begin + size_, value);  // loading appends: at == end
  if (at != begin + size_ && *at == value) return;
  const auto offset = static_cast<std::size_t>(at - begin);
  if (size_ == capacity_) {
    const std::uint32_t capacity = capacity_ * 2;
    auto grown = std::make_unique<std::uint32_t[]>(capacity);
    std::memcpy(grown.get(), begin, size_ * sizeof(std::uint32_t));
    if (capacity_ > kInline) delete[] storage_.heap;
    storage_.heap = grown.release();
    capacity_ = capacity;
    begin = storage_.heap;
  }
  std::memmove(begin + offset + 1, begin + offset, (size_ - offset) * sizeof(std::uint32_t));
  begin[offset] = value;
  ++size_;
}

void Positions::erase(std::uint32_t value) {
  std::uint32_t* begin = data();
  std::uint32_t* at = std::lower_bound(begin, begin + size_, value);
  if (at == begin + size_ || *at != value) return;
  std::memmove(at, at + 1, static_cast<std::size_t>(begin + size_ - at - 1) * sizeof(std::uint32_t));
  --size_;
}

template <class Key, class Hash>
std::size_t MultiIndex<Key, Hash>::find(const Key& key) const {
  if (slots_.empty()) return kNone;
  for (std::size_t at = home(key);; at = (at + 1) & mask()) {
    const Slot& slot = slots_[at];
    if (slot.positions.empty()) return kNone;
    if (slot.key == key) return at;
  }
}

template <class Key, class Hash>
void MultiIndex<Key, Hash>::grow() {
  std::vector<Slot> old = std::move(slots_);
  const std::size_t capacity = old.empty() ? 8 : old.size() * 2;
  slots_ = std::vector<Slot>(capacity);
  shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
  for (Slot& slot : old) {
    if (slot.positions.empty()) continue;
    std::size_t at = home(slot.key);
    while (!slots_[at].positions.empty()) at = (at + 1) & mask();
    slots_[at] = std::move(slot);
  }
}

template <class Key, class Hash>
void MultiIndex<Key, Hash>::add(const Key& key, std::uint32_t value) {
  // At most 3/4 full: probe sequences stay short.
  if ((used_ + 1) * 4 > slots_.size() * 3) grow();
  std::size_t at = home(key);
  for (;; at = (at + 1) & mask()) {
    Slot& slot = slots_[at];
    if (slot.positions.empty()) break;
    if (slot.key == key) return slot.positions.insert(value);
  }
  slots_[at].key = key;
  slots_[at].positions.insert(value);
  ++used_;
}

template <class Key, class Hash>
void MultiIndex<Key, Hash>::remove(const Key& key, std::uint32_t value) {
  std::size_t hole = find(key);
  if (hole == kNone) return;
  slots_[hole].positions.erase(value);
  if (!slots_[hole].positions.empty()) return;
  // Backward-shift deletion: move later members of the probe run into the hole, so that no
  // tombstones are needed and every lookup still ends at the first free slot.
  --used_;
  for (std::size_t next = (hole + 1) & mask(); !slots_[next].positions.empty(); next = (next + 1) & mask()) {
    const std::size_t wanted = home(slots_[next].key);
    // `next` may move to `hole` unless its home lies cyclically in (hole, next].
    const bool stays = hole <= next ? (hole < wanted && wanted <= next) : (hole < wanted || wanted <= next);
    if (stays) continue;
    slots_[hole] = std::move(slots_[next]);
    hole = next;
  }
  slots_[hole] = Slot{};
}

template class MultiIndex<Id, IdHash>;
template class MultiIndex<std::uint64_t>;

}  // namespace samen

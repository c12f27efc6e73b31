#include "model/id_set.hpp"

#include <utility>

namespace samen {

std::size_t IdSet::home(std::uint32_t value) const {
  // Fibonacci hashing: the top bits of the product, which every bit of the id moves.
  return static_cast<std::size_t>(static_cast<std::uint32_t>(value * 2654435769u) >> (32 - bits_));
}

bool IdSet::contains(Id id) const {
  if (!id) return has_none_;
  if (slots_.empty()) return false;
  for (std::size_t at = home(id.value);; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at] == id.value) return true;
    if (slots_[at] == 0) return false;
  }
}

bool IdSet::insert(Id id) {
  if (!id) return !std::exchange(has_none_, true);
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();  // at most three quarters full
  for (std::size_t at = home(id.value);; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at] == id.value) return false;
    if (slots_[at] == 0) {
      slots_[at] = id.value;
      ++size_;
      return true;
    }
  }
}

void IdSet::grow() {
  // The new array first: should that allocation fail, the set stays as it was.
  const unsigned bits = slots_.empty() ? 4 : bits_ + 1;
  std::vector<std::uint32_t> old(std::size_t{1} << bits, 0);
  std::swap(old, slots_);
  bits_ = bits;
  for (std::uint32_t value : old) {
    if (value == 0) continue;
    std::size_t at = home(value);
    while (slots_[at] != 0) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = value;
  }
}

}  // namespace samen

// IdList: an immutable list of ids in one pointer. Most lists on stored objects are empty
// (deelnemers and diensten of a usage, deelnemers of a koppeling), and a std::vector costs
// 24 bytes even then; this costs 8, and one heap block (count, then the ids) when not empty.
// A value type: copies are deep, moves steal the block.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

#include "model/ids.hpp"

namespace samen {

class IdList {
 public:
  IdList() noexcept = default;
  // Implicit, so that a decoded vector or a literal list assigns as it did to a vector.
  IdList(std::span<const Id> ids) : block_(allocate(ids)) {}
  IdList(const std::vector<Id>& ids) : IdList(std::span<const Id>(ids)) {}
  IdList(std::initializer_list<Id> ids) : IdList(std::span<const Id>(ids.begin(), ids.size())) {}
  IdList(const IdList& other) : block_(allocate(other.span())) {}
  IdList(IdList&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  IdList& operator=(const IdList& other) {
    if (this != &other) *this = IdList(other);
    return *this;
  }
  IdList& operator=(IdList&& other) noexcept {
    if (this != &other) {
      delete[] block_;
      block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
  }
  ~IdList() { delete[] block_; }

  std::size_t size() const { return block_ ? block_[0].value : 0; }
  bool empty() const { return !block_; }
  const Id* begin() const { return block_ ? block_ + 1 : nullptr; }
  const Id* end() const { return begin() + size(); }
  const Id* data() const { return begin(); }
  std::span<const Id> span() const { return {begin(), size()}; }
  Id operator[](std::size_t i) const { return block_[1 + i]; }

  friend bool operator==(const IdList& a, const IdList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  // The count sits in the block's first element, so the block is one plain array of Id.
  static Id* allocate(std::span<const Id> ids) {
    if (ids.empty()) return nullptr;
    Id* block = new Id[ids.size() + 1];
    block[0].value = static_cast<std::uint32_t>(ids.size());
    std::copy(ids.begin(), ids.end(), block + 1);
    return block;
  }

  Id* block_ = nullptr;  // null when empty
};

}  // namespace samen

// MultiIndex: key -> table positions, the structure behind every index of the state. One
// open-addressing table (linear probing, backward-shift deletion): no node per key, and most
// keys have one or two positions, kept inline. At national scale the indexes hold millions of
// keys, so this is a third of the memory of a node-based map and a single probe per lookup.
// Positions are kept sorted (table position is export order), so that every answer built from
// an index comes out in a deterministic order.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <type_traits>
#include <vector>

namespace samen {

// A sorted set of table positions: up to two inline, more on the heap.
class Positions {
 public:
  Positions() = default;
  Positions(const Positions& other) { assign(other.view()); }
  Positions(Positions&& other) noexcept : size_(other.size_), capacity_(other.capacity_), storage_(other.storage_) {
    other.size_ = 0;
    other.capacity_ = kInline;
  }
  Positions& operator=(const Positions& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  Positions& operator=(Positions&& other) noexcept {
    if (this != &other) {
      release();
      size_ = other.size_;
      capacity_ = other.capacity_;
      storage_ = other.storage_;
      other.size_ = 0;
      other.capacity_ = kInline;
    }
    return *this;
  }
  ~Positions() { release(); }

  std::span<const std::uint32_t> view() const { return {data(), size_}; }
  bool empty() const { return size_ == 0; }
  void insert(std::uint32_t value);  // keeps the order; a value already present stays once
  void erase(std::uint32_t value);

 private:
  static constexpr std::uint32_t kInline = 2;
  std::uint32_t* data() { return capacity_ > kInline ? storage_.heap : storage_.inline_values; }
  const std::uint32_t* data() const { return capacity_ > kInline ? storage_.heap : storage_.inline_values; }
  void release();
  void assign(std::span<const std::uint32_t> values);

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;
  union Storage {
    std::uint32_t inline_values[kInline];
    std::uint32_t* heap;
  } storage_{};
};

// The hash of a 64-bit key that is already a hash or a pair of ids: the key itself. (std::hash
// is no identity everywhere: with a 32-bit size_t, as in WebAssembly, libc++ mixes the key
// down to 32 bits first, and home() then spreads a poorer hash at a higher cost.)
struct Key64Hash {
  std::uint64_t operator()(std::uint64_t key) const { return key; }
};

template <class Key>
using DefaultKeyHash = std::conditional_t<std::is_same_v<Key, std::uint64_t>, Key64Hash, std::hash<Key>>;

template <class Key, class Hash = DefaultKeyHash<Key>>
class MultiIndex {
 public:
  void add(const Key& key, std::uint32_t value);
  void remove(const Key& key, std::uint32_t value);
  std::span<const std::uint32_t> get(const Key& key) const {
    const std::size_t at = find(key);
    return at == kNone ? std::span<const std::uint32_t>{} : slots_[at].positions.view();
  }
  void clear() {
    slots_.clear();
    used_ = 0;
  }
  std::size_t size() const { return used_; }  // keys

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct Slot {
    Key key{};
    Positions positions;  // empty: a free slot
  };
  // Fibonacci hashing spreads the key's hash over the table (Id and pair hashes are identities).
  std::size_t home(const Key& key) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(Hash{}(key)) * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  std::size_t mask() const { return slots_.size() - 1; }
  std::size_t find(const Key& key) const;
  void grow();

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t used_ = 0;
  unsigned shift_ = 64;
};

}  // namespace samen

// Interned object ids: every id string in the state is stored once and referred to by a
// 32-bit number, so that objects and indexes stay compact and comparisons are cheap.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "model/text_arena.hpp"

namespace samen {

struct Id {
  std::uint32_t value = 0;  // 0: no id
  explicit operator bool() const { return value != 0; }
  friend bool operator==(Id a, Id b) { return a.value == b.value; }
  friend bool operator!=(Id a, Id b) { return a.value != b.value; }
  friend bool operator<(Id a, Id b) { return a.value < b.value; }
};

struct IdHash {
  std::size_t operator()(Id id) const noexcept { return std::hash<std::uint32_t>()(id.value); }
};

// Two ids as one key, for indexes by pair (collective and member, afnemer and module).
inline std::uint64_t pair_key(Id a, Id b) { return (static_cast<std::uint64_t>(a.value) << 32) | b.value; }
// The same for a pair without order (the two modules of a koppeling).
inline std::uint64_t unordered_pair_key(Id a, Id b) { return b < a ? pair_key(b, a) : pair_key(a, b); }

class IdTable {
 public:
  IdTable();
  IdTable(IdTable&&) noexcept = default;
  IdTable& operator=(IdTable&&) noexcept = default;

  Id intern(std::string_view text);
  std::optional<Id> find(std::string_view text) const;
  std::string_view name(Id id) const { return names_[id.value]; }
  std::size_t size() const { return names_.size(); }

 private:
  struct Entry {
    std::uint32_t id = 0;  // 0: free
    std::uint32_t hash = 0;
  };
  std::size_t lookup(std::string_view text, std::uint32_t hash) const;  // the entry, or the free one to use
  void grow();

  TextArena texts_;  // stable storage behind the views
  std::vector<std::string_view> names_;
  // Open addressing over the names (8 bytes an entry, at most 3/4 full): a national catalogue
  // has millions of ids, and a node per id would cost more than the ids themselves.
  std::vector<Entry> index_;
};

}  // namespace samen

// IdSet: a set of ids, for the walks and the duplicate checks of rules, checks and reports.
// Open addressing with linear probing in one array of id values: no node per id, and one
// instance of code for every user, where each std::unordered_set or unordered_map over ids
// cost the wasm module a kilobyte or more of its own (issue 7).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "model/ids.hpp"

namespace samen {

class IdSet {
 public:
  IdSet() = default;
  IdSet(std::initializer_list<Id> ids) {
    for (Id id : ids) insert(id);
  }

  bool insert(Id id);  // true when it was not in the set yet
  bool contains(Id id) const;
  std::size_t size() const { return size_ + (has_none_ ? 1 : 0); }

 private:
  std::size_t home(std::uint32_t value) const;
  void grow();

  std::vector<std::uint32_t> slots_;  // id values; 0 (no id) marks a free slot
  unsigned bits_ = 0;                 // slots_.size() is 2^bits_
  std::size_t size_ = 0;              // ids in slots_
  bool has_none_ = false;             // whether the empty Id itself is in the set
};

}  // namespace samen

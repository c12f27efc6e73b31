// Date intervals (both ends included) with a value each, answering "which intervals overlap
// this one" in O(log n + k): a treap ordered by start date whose nodes also hold the latest end
// date below them, so that whole subtrees that end too early are skipped. Used for AFS-006
// (the events of one collective), where a scan of every agreement would not scale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/ids.hpp"
#include "model/multi_index.hpp"
#include "model/time.hpp"

namespace samen {

class IntervalIndex {
 public:
  // An entry is known by its value and start date; adding a known entry has no effect.
  // Callers keep one entry per value (update_indexes removes the old one before adding).
  void add(DateInterval interval, std::uint32_t value);
  // Removes the entry of this value and start date, if present.
  void remove(DateInterval interval, std::uint32_t value);
  // The values whose interval shares at least one day with `query`, in ascending order.
  std::vector<std::uint32_t> overlapping(DateInterval query) const;
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  static constexpr std::int32_t kNone = -1;
  struct Node {
    DateInterval interval;
    std::int32_t max_tot = 0;  // the latest `tot` in this subtree
    std::uint32_t value = 0;
    std::uint64_t priority = 0;
    std::int32_t left = kNone;
    std::int32_t right = kNone;
  };

  bool before(const Node& a, const Node& b) const;  // order by (van, value)
  void refresh(std::int32_t node);
  std::int32_t insert(std::int32_t root, std::int32_t node);
  std::int32_t merge(std::int32_t left, std::int32_t right);
  std::int32_t erase(std::int32_t root, DateInterval interval, std::uint32_t value, bool& found);
  bool contains(DateInterval interval, std::uint32_t value) const;  // by value and start
  void collect(std::int32_t root, DateInterval query, std::vector<std::uint32_t>& out) const;

  std::vector<Node> nodes_;
  std::vector<std::int32_t> free_;
  std::int32_t root_ = kNone;
  std::size_t size_ = 0;
};

// One IntervalIndex per owner (the events of each collective).
class IntervalIndexById {
 public:
  void add(Id owner, DateInterval interval, std::uint32_t value);
  void remove(Id owner, DateInterval interval, std::uint32_t value);
  std::vector<std::uint32_t> overlapping(Id owner, DateInterval query) const;

 private:
  IntervalIndex* find(Id owner);
  const IntervalIndex* find(Id owner) const;

  MultiIndex<Id, IdHash> owners_;        // owner -> its index in by_owner_ (kept when it empties)
  std::vector<IntervalIndex> by_owner_;
};

}  // namespace samen

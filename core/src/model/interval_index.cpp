#include "model/interval_index.hpp"

#include <algorithm>
#include <utility>

#include "model/order.hpp"

namespace samen {
namespace {

// A fixed mix of the entry (no randomness in the core): balances the treap on any input that
// was not crafted against this very function, and keeps every run identical.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

bool IntervalIndex::before(const Node& a, const Node& b) const {
  if (a.interval.van != b.interval.van) return a.interval.van < b.interval.van;
  return a.value < b.value;
}

void IntervalIndex::refresh(std::int32_t node) {
  Node& n = nodes_[node];
  n.max_tot = n.interval.tot;
  if (n.left != kNone) n.max_tot = std::max(n.max_tot, nodes_[n.left].max_tot);
  if (n.right != kNone) n.max_tot = std::max(n.max_tot, nodes_[n.right].max_tot);
}

std::int32_t IntervalIndex::insert(std::int32_t root, std::int32_t node) {
  if (root == kNone) {
    refresh(node);
    return node;
  }
  if (nodes_[node].priority > nodes_[root].priority) {
    // The new node becomes this subtree's root: split the old subtree around it, walking one
    // path down and hanging each node on the smaller or the larger side.
    std::int32_t smaller = kNone, larger = kNone;
    std::int32_t* smaller_tail = &smaller;
    std::int32_t* larger_tail = &larger;
    std::vector<std::int32_t> path;
    for (std::int32_t at = root; at != kNone;) {
      path.push_back(at);
      if (before(nodes_[at], nodes_[node])) {
        *smaller_tail = at;
        smaller_tail = &nodes_[at].right;
        at = nodes_[at].right;
      } else {
        *larger_tail = at;
        larger_tail = &nodes_[at].left;
        at = nodes_[at].left;
      }
    }
    *smaller_tail = kNone;
    *larger_tail = kNone;
    for (auto it = path.rbegin(); it != path.rend(); ++it) refresh(*it);  // children first
    nodes_[node].left = smaller;
    nodes_[node].right = larger;
    refresh(node);
    return node;
  }
  if (before(nodes_[node], nodes_[root])) {
    const std::int32_t left = insert(nodes_[root].left, node);
    nodes_[root].left = left;
  } else {
    const std::int32_t right = insert(nodes_[root].right, node);
    nodes_[root].right = right;
  }
  refresh(root);
  return root;
}

std::int32_t IntervalIndex::merge(std::int32_t left, std::int32_t right) {
  if (left == kNone) return right;
  if (right == kNone) return left;
  if (nodes_[left].priority > nodes_[right].priority) {
    const std::int32_t merged = merge(nodes_[left].right, right);
    nodes_[left].right = merged;
    refresh(left);
    return left;
  }
  const std::int32_t merged = merge(left, nodes_[right].left);
  nodes_[right].left = merged;
  refresh(right);
  return right;
}

std::int32_t IntervalIndex::erase(std::int32_t root, DateInterval interval, std::uint32_t value, bool& found) {
  if (root == kNone) return kNone;
  Node& n = nodes_[root];
  if (n.interval.van == interval.van && n.value == value) {
    found = true;
    const std::int32_t replacement = merge(n.left, n.right);
    free_.push_back(root);
    return replacement;
  }
  const bool go_left = interval.van < n.interval.van || (interval.van == n.interval.van && value < n.value);
  if (go_left) {
    const std::int32_t left = erase(n.left, interval, value, found);
    nodes_[root].left = left;
  } else {
    const std::int32_t right = erase(n.right, interval, value, found);
    nodes_[root].right = right;
  }
  refresh(root);
  return root;
}

bool IntervalIndex::contains(DateInterval interval, std::uint32_t value) const {
  for (std::int32_t at = root_; at != kNone;) {
    const Node& n = nodes_[at];
    if (n.interval.van == interval.van && n.value == value) return true;
    at = (interval.van < n.interval.van || (interval.van == n.interval.van && value < n.value)) ? n.left : n.right;
  }
  return false;
}

void IntervalIndex::add(DateInterval interval, std::uint32_t value) {
  if (contains(interval, value)) return;
  Node node;
  node.interval = interval;
  node.max_tot = interval.tot;
  node.value = value;
  node.priority = mix((static_cast<std::uint64_t>(static_cast<std::uint32_t>(interval.van)) << 32) | value);
  std::int32_t slot;
  if (!free_.empty()) {
    slot = free_.back();
    free_.pop_back();
    nodes_[slot] = node;
  } else {
    slot = static_cast<std::int32_t>(nodes_.size());
    nodes_.push_back(node);
  }
  root_ = insert(root_, slot);
  ++size_;
}

void IntervalIndex::remove(DateInterval interval, std::uint32_t value) {
  bool found = false;
  root_ = erase(root_, interval, value, found);
  if (found) --size_;
}

void IntervalIndex::collect(std::int32_t root, DateInterval query, std::vector<std::uint32_t>& out) const {
  // A subtree whose latest end lies before the query cannot overlap it.
  if (root == kNone || nodes_[root].max_tot < query.van) return;
  const Node& n = nodes_[root];
  collect(n.left, query, out);
  if (n.interval.van > query.tot) return;  // this node and everything right of it start too late
  if (n.interval.tot >= query.van) out.push_back(n.value);
  collect(n.right, query, out);
}

std::vector<std::uint32_t> IntervalIndex::overlapping(DateInterval query) const {
  std::vector<std::uint32_t> out;
  collect(root_, query, out);
  stable_sort_items(out, [](std::uint32_t a, std::uint32_t b) { return a < b; });
  return out;
}

IntervalIndex* IntervalIndexById::find(Id owner) {
  const auto found = owners_.get(owner);
  return found.empty() ? nullptr : &by_owner_[found.front()];
}

const IntervalIndex* IntervalIndexById::find(Id owner) const {
  const auto found = owners_.get(owner);
  return found.empty() ? nullptr : &by_owner_[found.front()];
}

void IntervalIndexById::add(Id owner, DateInterval interval, std::uint32_t value) {
  if (IntervalIndex* index = find(owner)) return index->add(interval, value);
  by_owner_.emplace_back().add(interval, value);
  owners_.add(owner, static_cast<std::uint32_t>(by_owner_.size() - 1));
}

void IntervalIndexById::remove(Id owner, DateInterval interval, std::uint32_t value) {
  if (IntervalIndex* index = find(owner)) index->remove(interval, value);
}

std::vector<std::uint32_t> IntervalIndexById::overlapping(Id owner, DateInterval query) const {
  const IntervalIndex* index = find(owner);
  return index ? index->overlapping(query) : std::vector<std::uint32_t>{};
}

}  // namespace samen

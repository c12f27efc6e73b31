// Ordering lists for answers without a sort instance per comparator. Each instance of std::sort
// costs the wasm module about a kilobyte, and each of std::stable_sort five to eight (issue 7);
// here one stable sort of positions serves every list, its comparator called through a pointer.
// The lists are a command's meldingen or a report's entries: an indirect call per comparison is
// nothing next to building their JSON.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "model/state.hpp"

namespace samen {

// A comparator of positions, by reference to a callable that outlives it.
class PositionLess {
 public:
  template <class F>
  PositionLess(const F& less)  // NOLINT: implicit, so that call sites pass a lambda
      : callable_(&less), call_([](const void* callable, std::uint32_t a, std::uint32_t b) {
          return (*static_cast<const F*>(callable))(a, b);
        }) {}
  bool operator()(std::uint32_t a, std::uint32_t b) const { return call_(callable_, a, b); }

 private:
  const void* callable_;
  bool (*call_)(const void*, std::uint32_t, std::uint32_t);
};

// The positions 0..count-1 sorted by `less`; equal items keep their order (as std::stable_sort).
std::vector<std::uint32_t> stable_order(std::size_t count, PositionLess less);

// Sorts `items` stably by `less`, which compares two items.
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
  if (items.size() < 2) return;
  const auto order = stable_order(items.size(), [&](std::uint32_t a, std::uint32_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t position : order) sorted.push_back(std::move(items[position]));
  items = std::move(sorted);
}

// Stored objects in the order of their ids' text.
template <class T>
void sort_by_id(const State& state, std::vector<const T*>& objects) {
  stable_sort_items(objects, [&](const T* a, const T* b) { return state.name(a->id) < state.name(b->id); });
}

}  // namespace samen

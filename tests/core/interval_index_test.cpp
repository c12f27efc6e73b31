// The date index behind AFS-006, against a plain scan on many random intervals.
#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

#include "model/interval_index.hpp"

namespace {

struct Entry {
  samen::DateInterval interval;
  std::uint32_t value;
};

std::vector<std::uint32_t> scan(const std::vector<Entry>& entries, samen::DateInterval query) {
  std::vector<std::uint32_t> out;
  for (const Entry& e : entries)
    if (e.interval.van <= query.tot && e.interval.tot >= query.van) out.push_back(e.value);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("IntervalIndex finds exactly the overlapping intervals, both ends included", "[interval-index]") {
  samen::IntervalIndex index;
  index.add({10, 12}, 1);
  index.add({13, 13}, 2);
  index.add({1, 100}, 3);  // a long one, starting before everything else
  CHECK(index.overlapping({12, 12}) == std::vector<std::uint32_t>{1, 3});
  CHECK(index.overlapping({101, 200}).empty());
  CHECK(index.overlapping({0, 0}).empty());
  CHECK(index.overlapping({13, 14}) == std::vector<std::uint32_t>{2, 3});
  index.remove({1, 100}, 3);
  CHECK(index.overlapping({50, 60}).empty());
  index.add({10, 12}, 1);  // known: no second entry
  CHECK(index.size() == 2);
}

TEST_CASE("IntervalIndex agrees with a scan under random adds and removes", "[interval-index]") {
  std::mt19937 random(20261122);  // fixed seed: the same run every time
  std::uniform_int_distribution<int> start(0, 2000), length(0, 30), coin(0, 3);
  samen::IntervalIndex index;
  std::vector<Entry> entries;
  std::uint32_t next = 0;
  for (int step = 0; step < 4000; ++step) {
    if (!entries.empty() && coin(random) == 0) {
      const std::size_t victim = static_cast<std::size_t>(random() % entries.size());
      index.remove(entries[victim].interval, entries[victim].value);
      entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(victim));
    } else {
      const int van = start(random);
      if (coin(random) == 0) {  // now and then a long event
        entries.push_back({{van, van + 400}, next});
      } else {
        entries.push_back({{van, van + length(random)}, next});
      }
      index.add(entries.back().interval, next++);
    }
    if (step % 50 == 0) {
      const int van = start(random);
      const samen::DateInterval query{van, van + length(random)};
      REQUIRE(index.overlapping(query) == scan(entries, query));
    }
  }
  CHECK(index.size() == entries.size());
}

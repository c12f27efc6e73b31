// MultiIndex (model/multi_index.hpp) against a std::map of std::set: random adds and removes,
// with keys that crowd the same probe runs, so that growth and backward-shift deletion are
// exercised; answers must be equal and sorted after every step.
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "generator.hpp"
#include "model/ids.hpp"
#include "model/multi_index.hpp"
#include "random.hpp"

namespace {

template <class Key, class Hash, class MakeKey>
void compare_with_reference(MakeKey make_key, std::size_t keys, std::size_t steps, std::uint64_t seed) {
  samen::MultiIndex<Key, Hash> index;
  std::map<Key, std::set<std::uint32_t>> reference;
  samen_gen::Random random(seed);
  const auto check = [&](const Key& key) {
    const auto got = index.get(key);
    const auto found = reference.find(key);
    const std::vector<std::uint32_t> want = found == reference.end() ? std::vector<std::uint32_t>{}
                                                                      : std::vector<std::uint32_t>(found->second.begin(), found->second.end());
    REQUIRE(std::vector<std::uint32_t>(got.begin(), got.end()) == want);
  };
  for (std::size_t step = 0; step < steps; ++step) {
    const Key key = make_key(random.below(keys));
    const auto value = static_cast<std::uint32_t>(random.below(40));
    // Mostly adds while growing, then as many removes: keys come and go.
    if (random.chance(step < steps / 2 ? 0.7 : 0.35)) {
      index.add(key, value);
      reference[key].insert(value);
    } else {
      index.remove(key, value);
      if (auto found = reference.find(key); found != reference.end() && found->second.erase(value) && found->second.empty())
        reference.erase(found);
    }
    check(key);
    REQUIRE(index.size() == reference.size());
  }
  for (std::size_t k = 0; k < keys; ++k) check(make_key(k));
  // Removing everything leaves an empty index that still works.
  for (const auto& [key, values] : reference)
    for (std::uint32_t value : values) index.remove(key, value);
  REQUIRE(index.size() == 0);
  for (std::size_t k = 0; k < keys; ++k) REQUIRE(index.get(make_key(k)).empty());
  index.add(make_key(1), 7);
  REQUIRE(index.get(make_key(1)).size() == 1);
}

}  // namespace

TEST_CASE("MultiIndex answers as a map of sorted sets, keyed by ids", "[index]") {
  compare_with_reference<samen::Id, samen::IdHash>([](std::size_t k) { return samen::Id{static_cast<std::uint32_t>(k + 1)}; },
                                                  300, 20000, 1);
}

TEST_CASE("MultiIndex answers as a map of sorted sets, keyed by pairs", "[index]") {
  // Pairs that differ only in the high half, under the identity hash the state uses for them:
  // Fibonacci hashing must still spread them.
  compare_with_reference<std::uint64_t, samen::Key64Hash>(
      [](std::size_t k) { return samen::pair_key(samen::Id{static_cast<std::uint32_t>(k)}, samen::Id{5}); }, 500, 30000, 2);
}

TEST_CASE("MultiIndex: a key with many positions keeps them sorted and each once", "[index]") {
  samen::MultiIndex<samen::Id, samen::IdHash> index;
  for (std::uint32_t v : {9u, 3u, 7u, 3u, 1u, 12u, 7u, 0u}) index.add(samen::Id{4}, v);
  const auto values = index.get(samen::Id{4});
  REQUIRE(std::vector<std::uint32_t>(values.begin(), values.end()) == std::vector<std::uint32_t>{0, 1, 3, 7, 9, 12});
  index.remove(samen::Id{4}, 7);
  index.remove(samen::Id{4}, 8);  // absent: nothing happens
  const auto after = index.get(samen::Id{4});
  REQUIRE(std::vector<std::uint32_t>(after.begin(), after.end()) == std::vector<std::uint32_t>{0, 1, 3, 9, 12});
  // Copies are independent.
  auto copy = index;
  copy.add(samen::Id{4}, 2);
  REQUIRE(index.get(samen::Id{4}).size() == 5);
  REQUIRE(copy.get(samen::Id{4}).size() == 6);
}

// IdSet against std::set: random ids, ids that share their low bits, growth, the empty Id.
#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "model/id_set.hpp"

namespace samen {
namespace {

TEST_CASE("IdSet: insert says whether the id is new, contains agrees with std::set") {
  std::mt19937 random(7);
  IdSet ids;
  std::set<std::uint32_t> reference;
  for (int i = 0; i < 20000; ++i) {
    const Id id{1 + static_cast<std::uint32_t>(random() % 5000)};
    REQUIRE(ids.insert(id) == reference.insert(id.value).second);
  }
  REQUIRE(ids.size() == reference.size());
  for (std::uint32_t value = 1; value <= 5001; ++value) REQUIRE(ids.contains(Id{value}) == reference.contains(value));
}

TEST_CASE("IdSet: ids that differ only in their high bits, and the largest id") {
  IdSet ids;
  for (std::uint32_t i = 1; i <= 1000; ++i) REQUIRE(ids.insert(Id{i << 16}));
  REQUIRE(ids.insert(Id{0xFFFFFFFFu}));
  REQUIRE_FALSE(ids.insert(Id{0xFFFFFFFFu}));
  for (std::uint32_t i = 1; i <= 1000; ++i) {
    REQUIRE(ids.contains(Id{i << 16}));
    REQUIRE_FALSE(ids.contains(Id{(i << 16) + 1}));
  }
  REQUIRE(ids.size() == 1001);
}

TEST_CASE("IdSet: the empty Id is a member like any other, and an empty set holds nothing") {
  IdSet ids;
  REQUIRE_FALSE(ids.contains(Id{}));
  REQUIRE_FALSE(ids.contains(Id{1}));
  REQUIRE(ids.insert(Id{}));
  REQUIRE_FALSE(ids.insert(Id{}));
  REQUIRE(ids.contains(Id{}));
  REQUIRE_FALSE(ids.contains(Id{1}));
  const IdSet listed{Id{3}, Id{5}, Id{3}};
  REQUIRE(listed.size() == 2);
  REQUIRE(listed.contains(Id{5}));
}

}  // namespace
}  // namespace samen

// IdList (model/id_list.hpp) holds the id lists of stored objects in one pointer: it must
// behave as the vector it replaced, as a value (deep copies, moves that leave it empty), and
// a replaced object must carry its new list, a copy taken before the replace the old one.
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "model/id_list.hpp"
#include "model/state.hpp"

namespace {

using samen::Id;
using samen::IdList;

std::vector<Id> ids(std::initializer_list<std::uint32_t> values) {
  std::vector<Id> out;
  for (std::uint32_t v : values) out.push_back(Id{v});
  return out;
}

std::vector<Id> as_vector(const IdList& list) { return {list.begin(), list.end()}; }

}  // namespace

TEST_CASE("id list: empty lists hold nothing and take one pointer") {
  STATIC_REQUIRE(sizeof(IdList) == sizeof(void*));
  const IdList none;
  const IdList from_empty_vector(std::vector<Id>{});
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.begin() == none.end());
  CHECK(from_empty_vector.empty());
  CHECK(none == from_empty_vector);
  int visited = 0;
  for (Id id : none) visited += static_cast<int>(id.value) + 1;
  CHECK(visited == 0);
}

TEST_CASE("id list: holds the ids in order, compares by content") {
  const IdList list(ids({7, 3, 9}));
  REQUIRE(list.size() == 3);
  CHECK_FALSE(list.empty());
  CHECK(list[0] == Id{7});
  CHECK(list[1] == Id{3});
  CHECK(list[2] == Id{9});
  CHECK(as_vector(list) == ids({7, 3, 9}));
  CHECK(list.span().size() == 3);
  CHECK(list == IdList{Id{7}, Id{3}, Id{9}});
  CHECK_FALSE(list == IdList{Id{7}, Id{9}, Id{3}});
  CHECK_FALSE(list == IdList{Id{7}, Id{3}});
  CHECK_FALSE(list == IdList());
}

TEST_CASE("id list: copies are deep, moves leave the source empty") {
  IdList original(ids({1, 2}));
  IdList copy = original;
  CHECK(copy == original);
  CHECK(copy.begin() != original.begin());  // its own block

  IdList moved = std::move(original);
  CHECK(original.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
  CHECK(as_vector(moved) == ids({1, 2}));
  CHECK(as_vector(copy) == ids({1, 2}));

  IdList target(ids({5}));
  target = copy;  // copy assignment over a non-empty list
  CHECK(as_vector(target) == ids({1, 2}));
  target = IdList();  // move assignment of an empty one frees the block
  CHECK(target.empty());
  target = std::move(moved);
  CHECK(as_vector(target) == ids({1, 2}));
  CHECK(moved.empty());  // NOLINT(bugprone-use-after-move)
  const IdList& same = target;
  target = same;  // self-assignment keeps the list
  CHECK(as_vector(target) == ids({1, 2}));
}

TEST_CASE("id list: a replaced object carries its new list, an earlier copy the old one") {
  samen::State state;
  const samen::Json first = {{"id", "u1"}, {"afnemer", "sw"}, {"module", "m"}, {"deelnemers", {"g1", "g2"}}};
  state.insert(samen::Kind::gebruik, first);
  const auto slot = *state.slot("u1");
  const samen::Gebruik before = state.at<samen::Gebruik>(slot.index);
  REQUIRE(before.deelnemers.size() == 2);
  CHECK(state.name(before.deelnemers[1]) == "g2");
  CHECK(before.diensten.empty());

  samen::Json second = first;
  second["deelnemers"] = {"g3"};
  second["diensten"] = {"d1", "d2"};
  state.replace(slot, second);
  const samen::Gebruik& after = state.at<samen::Gebruik>(slot.index);
  REQUIRE(after.deelnemers.size() == 1);
  CHECK(state.name(after.deelnemers[0]) == "g3");
  REQUIRE(after.diensten.size() == 2);
  CHECK(state.name(after.diensten[1]) == "d2");
  CHECK(as_vector(before.deelnemers) == std::vector<Id>{*state.find_id("g1"), *state.find_id("g2")});
  CHECK_FALSE(before == after);
  // The indexes follow the list: g1 no longer takes part, g3 does.
  CHECK(state.index.usage_by_deelnemer.get(*state.find_id("g1")).empty());
  CHECK(state.index.usage_by_deelnemer.get(*state.find_id("g3")).size() == 1);
}

// stable_order and its helpers order exactly as std::stable_sort does: every answer that lists
// meldingen, findings or objects depends on it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "model/order.hpp"

namespace samen {
namespace {

TEST_CASE("stable_order: random keys with many ties give std::stable_sort's order") {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    // (key, original position): few distinct keys, so most comparisons tie.
    std::vector<std::pair<int, int>> items(random() % 300);
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = {static_cast<int>(random() % 5), static_cast<int>(i)};
    auto expected = items;
    std::stable_sort(expected.begin(), expected.end(), [](auto& a, auto& b) { return a.first < b.first; });
    auto sorted = items;
    stable_sort_items(sorted, [](auto& a, auto& b) { return a.first < b.first; });
    REQUIRE(sorted == expected);
    const auto order = stable_order(items.size(), [&](std::uint32_t a, std::uint32_t b) { return items[a].first < items[b].first; });
    REQUIRE(order.size() == items.size());
    for (std::size_t i = 0; i < order.size(); ++i) REQUIRE(items[order[i]] == expected[i]);
  }
}

TEST_CASE("stable_sort_items: moves each item once, and leaves empty and single lists alone") {
  std::vector<std::string> words = {"peer", "appel", "kers", "appel2", "banaan"};
  stable_sort_items(words, [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  REQUIRE(words == std::vector<std::string>{"peer", "kers", "appel", "appel2", "banaan"});
  std::vector<std::string> none;
  stable_sort_items(none, [](const std::string& a, const std::string& b) { return a < b; });
  REQUIRE(none.empty());
  std::vector<std::string> one = {"enkel"};
  stable_sort_items(one, [](const std::string& a, const std::string& b) { return a < b; });
  REQUIRE(one == std::vector<std::string>{"enkel"});
}

TEST_CASE("sort_by_id: stored objects by the text of their ids, not by their table position") {
  State state;
  std::vector<Module> stored(3);
  const char* ids_in_table_order[] = {"mod-c", "mod-a", "mod-b"};
  for (std::size_t i = 0; i < stored.size(); ++i) stored[i].id = state.ids.intern(ids_in_table_order[i]);
  std::vector<const Module*> modules = {&stored[0], &stored[1], &stored[2]};
  sort_by_id(state, modules);
  std::vector<std::string> ids;
  for (const Module* module : modules) ids.emplace_back(state.name(module->id));
  REQUIRE(ids == std::vector<std::string>{"mod-a", "mod-b", "mod-c"});
}

}  // namespace
}  // namespace samen

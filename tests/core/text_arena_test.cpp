// The state keeps every object's text in one arena (model/text_arena.hpp): views into it must
// survive growth, compaction after many replaces, and moving the state.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "model/state.hpp"
#include "model/text_arena.hpp"

namespace {

using samen::Json;
using samen::Kind;
using samen::State;

Json module_text(int number, int version) {
  Json module = Json::object();
  module["id"] = "m" + std::to_string(number);
  // Some names need an escape in JSON: the state copies those instead of viewing its json.
  module["naam"] = "Module " + std::to_string(number) + (version % 3 ? " v" : " \"v\" ") + std::to_string(version);
  // A different length each version, so that stale bytes could not pass for the new text.
  module["omschrijving"] = std::string(100 + static_cast<std::size_t>((number + version) % 60),
                                       static_cast<char>('a' + (number + version) % 26));
  return module;
}

samen::Slot slot_of(const State& state, int number) { return *state.slot("m" + std::to_string(number)); }

std::size_t live_text_bytes(const State& state, int modules) {
  std::size_t bytes = 0;
  for (int i = 0; i < modules; ++i)
    if (const auto slot = state.slot("m" + std::to_string(i))) bytes += state.json_of(*slot).size();
  return bytes;
}

void require_texts(const State& state, const std::vector<Json>& expected) {
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (expected[i].is_null()) {
      REQUIRE_FALSE(state.slot("m" + std::to_string(i)));
      continue;
    }
    REQUIRE(state.json_of(slot_of(state, static_cast<int>(i))) == samen::dump(expected[i]));
    REQUIRE(state.at<samen::Module>(slot_of(state, static_cast<int>(i)).index).naam == expected[i]["naam"].get<std::string>());
  }
}

}  // namespace

TEST_CASE("text arena: views stay valid as chunks are added, also for a text larger than a chunk") {
  samen::TextArena arena;
  std::vector<std::pair<std::string, std::string_view>> kept;
  for (int i = 0; i < 5000; ++i) {
    std::string text = std::string(static_cast<std::size_t>(1 + i % 300), static_cast<char>('A' + i % 26)) + std::to_string(i);
    kept.emplace_back(text, arena.append(text));
  }
  const std::string huge(3 * 1024 * 1024, 'x');
  kept.emplace_back(huge, arena.append(huge));
  kept.emplace_back("after", arena.append("after"));
  CHECK(arena.append("").empty());
  std::size_t bytes = 0;
  for (const auto& [text, view] : kept) {
    REQUIRE(view == text);
    bytes += text.size();
  }
  CHECK(arena.bytes() == bytes);
}

TEST_CASE("state texts: compaction after many replaces keeps every text intact and the arena bounded") {
  constexpr int kModules = 40;
  State state;
  std::vector<Json> expected;
  for (int i = 0; i < kModules; ++i) {
    expected.push_back(module_text(i, 0));
    state.insert(Kind::module, expected.back());
  }
  std::size_t replaced_bytes = 0;
  for (int version = 1; version <= 300; ++version) {
    for (int i = 0; i < kModules; ++i) {
      replaced_bytes += state.json_of(slot_of(state, i)).size();
      expected[static_cast<std::size_t>(i)] = module_text(i, version);
      state.replace(slot_of(state, i), expected[static_cast<std::size_t>(i)]);
      // The bound State promises: live bytes plus at most max(live bytes, 64 KiB) of waste.
      REQUIRE(state.text_bytes_held() <= 2 * live_text_bytes(state, kModules) + 64 * 1024);
    }
    if (version % 50 == 0) require_texts(state, expected);
  }
  CHECK(replaced_bytes > 10 * state.text_bytes_held());  // so compaction did run, many times
  require_texts(state, expected);

  // Removing counts as waste too; the rest stays intact.
  for (int i = 0; i < kModules; i += 2) {
    state.remove(slot_of(state, i));
    expected[static_cast<std::size_t>(i)] = Json();
  }
  for (int version = 301; version <= 400; ++version)
    for (int i = 1; i < kModules; i += 2) {
      expected[static_cast<std::size_t>(i)] = module_text(i, version);
      state.replace(slot_of(state, i), expected[static_cast<std::size_t>(i)]);
    }
  CHECK(state.text_bytes_held() <= 2 * live_text_bytes(state, kModules) + 64 * 1024);
  require_texts(state, expected);
  CHECK(state.export_json().find(samen::dump(expected[1])) != std::string::npos);
}

TEST_CASE("state texts: a moved state keeps valid texts") {
  constexpr int kModules = 300;  // several arena chunks
  std::vector<Json> expected;
  State original;
  for (int i = 0; i < kModules; ++i) {
    expected.push_back(module_text(i, 7));
    original.insert(Kind::module, expected.back());
  }
  const std::string exported = original.export_json();

  State constructed(std::move(original));
  require_texts(constructed, expected);
  State assigned;
  assigned.insert(Kind::module, module_text(0, 1));
  assigned = std::move(constructed);
  require_texts(assigned, expected);
  CHECK(assigned.export_json() == exported);

  // And it goes on changing after the move.
  expected[3] = module_text(3, 8);
  assigned.replace(slot_of(assigned, 3), expected[3]);
  require_texts(assigned, expected);
}

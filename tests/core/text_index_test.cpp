// TextIndex (model/text_index.hpp) against a std::map from text to its first position: random
// texts, some repeated, and the check that texts sharing a hash are told apart by the caller's
// own texts rather than by the hash.
#include <map>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/text_index.hpp"
#include "random.hpp"

TEST_CASE("TextIndex finds the first position of each text, as a map would", "[index]") {
  samen::TextIndex index;
  std::vector<std::string> texts;
  std::map<std::string, std::uint32_t> reference;
  samen_gen::Random random(7);
  const auto text_at = [&](std::uint32_t position) -> const std::string& { return texts[position]; };
  for (std::size_t step = 0; step < 5000; ++step) {
    // Few distinct texts, so that most come again; "" and a text with a NUL among them.
    const std::size_t pick = random.below(700);
    std::string text = pick == 0 ? std::string() : pick == 1 ? std::string("a\0b", 3) : "lid-" + std::to_string(pick);
    const auto found = index.find(text, text_at);
    const auto expected = reference.find(text);
    REQUIRE(found.has_value() == (expected != reference.end()));
    if (found) REQUIRE(*found == expected->second);
    const auto position = static_cast<std::uint32_t>(texts.size());
    texts.push_back(text);
    index.add(text, position);
    reference.emplace(text, position);  // keeps the first
  }
  REQUIRE_FALSE(index.find("lid-700", text_at));
  index.clear();
  REQUIRE_FALSE(index.find("lid-1", text_at));
}

TEST_CASE("TextIndex compares the caller's text, not only the hash", "[index]") {
  samen::TextIndex index;
  // Position 0 is added under the hash of "a", but the caller's list says it holds "b": a text
  // whose hash matches is still not found unless the text itself is equal.
  const std::vector<std::string> texts = {"b", "a"};
  const auto text_at = [&](std::uint32_t position) -> const std::string& { return texts[position]; };
  index.add("a", 0);
  REQUIRE_FALSE(index.find("a", text_at));
  index.add("a", 1);
  REQUIRE(index.find("a", text_at) == 1u);
}

TEST_CASE("text_hash is FNV-1a, the same on every platform", "[index]") {
  REQUIRE(samen::text_hash("") == 0xcbf29ce484222325ull);
  REQUIRE(samen::text_hash("a") == 0xaf63dc4c8601ec8cull);
  REQUIRE(samen::text_hash("foobar") == 0x85944171f73967e8ull);
}

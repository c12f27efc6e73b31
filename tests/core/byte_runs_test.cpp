// The byte sets say exactly which bytes each reader acts on, and skip_until stops at the first.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "json/byte_runs.hpp"

namespace samen {
namespace {

using byte_runs::ByteSet;

bool in_string_stop(unsigned char b) { return b == '"' || b == '\\' || b < 0x20; }
bool stored_string_stop(unsigned char b) { return b == '"' || b == '\\'; }
bool stored_structure(unsigned char b) { return b == '"' || b == '{' || b == '}' || b == '[' || b == ']'; }

TEST_CASE("byte runs: each set holds exactly its bytes") {
  for (int value = 0; value < 256; ++value) {
    const auto b = static_cast<unsigned char>(value);
    INFO("byte " << value);
    CHECK(byte_runs::kStringStops[b] == in_string_stop(b));
    CHECK(byte_runs::kStoredStringStops[b] == stored_string_stop(b));
    CHECK(byte_runs::kStoredStructure[b] == stored_structure(b));
  }
}

TEST_CASE("byte runs: skip_until stops at the first byte of the set, or at the end") {
  std::mt19937 random(7);
  for (int round = 0; round < 5000; ++round) {
    std::string text(random() % 24, 'a');
    for (char& ch : text) ch = static_cast<char>(random() % 4 == 0 ? random() % 256 : 'a' + random() % 26);
    const char* end = text.data() + text.size();
    for (std::size_t from = 0; from <= text.size(); ++from) {
      const char* expected = text.data() + from;
      while (expected != end && !in_string_stop(static_cast<unsigned char>(*expected))) ++expected;
      CHECK(byte_runs::skip_until(text.data() + from, end, byte_runs::kStringStops) == expected);
    }
  }
}

}  // namespace
}  // namespace samen

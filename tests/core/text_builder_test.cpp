// TextBuilder and same_text, the loader's inline replacements for std::string's append and
// memcmp: each answers exactly as the standard library does.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "json/compact_writer.hpp"
#include "json/same_text.hpp"
#include "json/text_builder.hpp"

namespace samen {
namespace {

TEST_CASE("TextBuilder: random appends give the text std::string gives, across regrowth and clear") {
  std::mt19937 random(11);
  TextBuilder built;
  for (int round = 0; round < 50; ++round) {
    std::string expected;
    built.clear();
    const int pieces = static_cast<int>(random() % 400);
    for (int piece = 0; piece < pieces; ++piece) {
      std::string text(random() % 700, ' ');  // beyond one doubling now and then
      for (char& ch : text) ch = static_cast<char>(random() % 256);
      switch (random() % 3) {
        case 0: {
          const char ch = static_cast<char>(random() % 256);
          built += ch;
          expected += ch;
          break;
        }
        case 1: built += std::string_view(text); expected += text; break;
        default: built.append(text.data(), text.size()); expected.append(text); break;
      }
    }
    REQUIRE(built.view() == expected);
  }
}

TEST_CASE("TextBuilder: the compact writer writes into it as into a std::string") {
  const std::string text = std::string("a\"b\\c\n\x01\x1f") + "\xC3\xAB" + "end";
  std::string expected;
  TextBuilder built;
  append_quoted(expected, text);
  append_quoted(built, text);
  append_integer(expected, -9223372036854775807LL - 1);
  append_integer(built, -9223372036854775807LL - 1);
  append_float(expected, 0.1);
  append_float(built, 0.1);
  REQUIRE(built.view() == expected);
  REQUIRE(expected == R"("a\"b\\c\n\u0001\u001f)" "\xC3\xAB" R"(end"-92233720368547758080.1)");
}

TEST_CASE("same_text: equal exactly where operator== is, at every length and every differing byte") {
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string a(length, 'k');
    for (std::size_t i = 0; i < length; ++i) a[i] = static_cast<char>('a' + (i * 7) % 26);
    REQUIRE(same_text(a, std::string(a)));
    REQUIRE_FALSE(same_text(a, a + "x"));
    REQUIRE_FALSE(same_text(a + "x", a));
    for (std::size_t at = 0; at < length; ++at) {
      std::string b = a;
      b[at] = static_cast<char>(b[at] ^ 0x80);  // a byte beyond ASCII: no sign trouble either
      INFO("length " << length << ", byte " << at);
      REQUIRE_FALSE(same_text(a, b));
      REQUIRE_FALSE(same_text(b, a));
    }
  }
  // Views into the middle of a text: loads at every alignment.
  const std::string_view text = "xx-identifier-0123456789-identifier-0123456789-identifier-0123456788";
  REQUIRE(same_text(text.substr(3, 21), text.substr(25, 21)));
  REQUIRE_FALSE(same_text(text.substr(25, 21), text.substr(47, 21)));
}

}  // namespace
}  // namespace samen

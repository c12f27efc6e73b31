// samen::dump, the engine's own writer of Json values, against nlohmann's dump(-1): random
// values of every type, strings with escapes and multi-byte characters, the extremes of each
// number type. And its reader, parse_stored, against nlohmann's parser on what dump() wrote.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "json/json.hpp"

namespace samen {
namespace {

std::string nlohmann_dump(const Json& value) { return value.dump(-1, ' ', false); }

std::string random_text(std::mt19937& random) {
  static const char* const kPieces[] = {"a", "Z", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1f",
                                        "\x7f", "é", "€", "😀", "ß", "samen", "{", "}", "[", ":", ","};
  std::string out;
  const std::size_t pieces = random() % 8;
  for (std::size_t i = 0; i < pieces; ++i) out += kPieces[random() % std::size(kPieces)];
  return out;
}

Json random_value(std::mt19937& random, int depth) {
  switch (random() % (depth > 4 ? 7 : 9)) {
    case 0: return nullptr;
    case 1: return random() % 2 == 0;
    case 2: return static_cast<std::int64_t>(random()) - (std::int64_t{1} << 31);
    case 3: return static_cast<std::uint64_t>(random()) << 32 | random();
    case 4: {
      static const double kFloats[] = {0.0, -0.0, 1.0, -1.5, 0.1, 1e300, -2.5e-308, 123456789.125, 3.0e21, 1e-7};
      return kFloats[random() % std::size(kFloats)];
    }
    case 5:
    case 6: return random_text(random);
    case 7: {
      Json object = Json::object();
      const std::size_t members = random() % 5;
      for (std::size_t i = 0; i < members; ++i) object[random_text(random)] = random_value(random, depth + 1);
      return object;
    }
    default: {
      Json array = Json::array();
      const std::size_t elements = random() % 5;
      for (std::size_t i = 0; i < elements; ++i) array.push_back(random_value(random, depth + 1));
      return array;
    }
  }
}

TEST_CASE("dump: random values are written byte for byte as nlohmann's dump(-1) writes them") {
  std::mt19937 random(2026);
  for (int round = 0; round < 3000; ++round) {
    const Json value = random_value(random, 0);
    REQUIRE(dump(value) == nlohmann_dump(value));
  }
}

TEST_CASE("dump: the extremes of each number type, and what is not finite") {
  for (const Json& value : {Json(std::numeric_limits<std::int64_t>::min()), Json(std::numeric_limits<std::int64_t>::max()),
                            Json(std::numeric_limits<std::uint64_t>::max()), Json(std::numeric_limits<double>::max()),
                            Json(std::numeric_limits<double>::denorm_min()), Json(std::numeric_limits<double>::lowest()),
                            Json(std::nan("")), Json(std::numeric_limits<double>::infinity()), Json(-0.0), Json(0)})
    REQUIRE(dump(value) == nlohmann_dump(value));
  REQUIRE(dump(Json(std::nan(""))) == "null");
  REQUIRE(dump(Json(2.0)) == "2.0");
}

TEST_CASE("dump: empty containers and order of members as inserted") {
  Json object = Json::object();
  object["z"] = Json::array();
  object["a"] = Json::object();
  REQUIRE(dump(object) == R"({"z":[],"a":{}})");
  REQUIRE(dump(object) == nlohmann_dump(object));
}

TEST_CASE("dump: a string that is not valid UTF-8 is written with U+FFFD, where nlohmann throws") {
  const Json value = std::string("ab\xC3(\xFF");
  REQUIRE_THROWS_AS(nlohmann_dump(value), JsonMisuse);  // its type_error, without the message
  REQUIRE(dump(value) == "\"ab\xEF\xBF\xBD(\xEF\xBF\xBD\"");
}

// The same value, the same types: nlohmann's == holds 5u equal to 5, and parse_stored must give
// the number types nlohmann's parser gives (unsigned for what has no sign).
bool same_types(const Json& a, const Json& b) {
  if (a.type() != b.type() || a.size() != b.size()) return false;
  if (a.is_object()) {
    auto other = b.begin();
    for (auto member = a.begin(); member != a.end(); ++member, ++other)
      if (member.key() != other.key() || !same_types(member.value(), other.value())) return false;
  } else if (a.is_array()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_types(a[i], b[i])) return false;
  }
  return a == b || (a.is_number_float() && std::isnan(a.get<double>()));
}

TEST_CASE("parse_stored: reads what dump() wrote as nlohmann's parser reads it, number types included") {
  std::mt19937 random(2027);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = dump(random_value(random, 0));
    const Json ours = parse_stored(text);
    const Json theirs = Json::parse(text);
    REQUIRE(same_types(ours, theirs));
    REQUIRE(dump(ours) == text);
  }
}

TEST_CASE("parse_stored: numbers at their extremes, escapes and members in their order") {
  const std::string text = R"({"u":18446744073709551615,"i":-9223372036854775808,"z":0,"n":-1,"f":-0.0,)"
                           R"("e":1e-07,"g":1.7976931348623157e+308,"s":"a\"\\\b\f\n\r\t\u0001é😀","":[[],{},null,true,false]})";
  const Json ours = parse_stored(text);
  REQUIRE(same_types(ours, Json::parse(text)));
  REQUIRE(ours["u"].is_number_unsigned());
  REQUIRE(ours["i"].is_number_integer());
  REQUIRE_FALSE(ours["i"].is_number_unsigned());
  REQUIRE(ours["z"].is_number_unsigned());
  REQUIRE(std::signbit(ours["f"].get<double>()));
  REQUIRE(ours["s"] == "a\"\\\b\f\n\r\t\x01é😀");
  REQUIRE(ours.begin().key() == "u");
  REQUIRE(dump(ours) == text);
}

}  // namespace
}  // namespace samen

// samen::dump, the engine's own writer of Json values, against nlohmann's dump(-1): random
// values of every type, strings with escapes and multi-byte characters, the extremes of each
// number type.
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
  REQUIRE_THROWS_AS(nlohmann_dump(value), Json::type_error);
  REQUIRE(dump(value) == "\"ab\xEF\xBF\xBD(\xEF\xBF\xBD\"");
}

}  // namespace
}  // namespace samen

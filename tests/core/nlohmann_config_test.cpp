// json/nlohmann_config.hpp: every exception nlohmann throws is one message-less
// samen::JsonMisuse, in every translation unit (the header is force-included), while what
// nlohmann accepts and the values it gives stay as they were.
#include <catch2/catch.hpp>

#include <string>

#include "json/json.hpp"

namespace samen {
namespace {

TEST_CASE("nlohmann config: a wrong type, a missing key, a bad index and a syntax error throw JsonMisuse") {
  const Json number = 5;
  REQUIRE_THROWS_AS(number.get<std::string>(), JsonMisuse);
  const Json object = Json::parse(R"({"a":1})");
  REQUIRE_THROWS_AS(object.at("b"), JsonMisuse);
  const Json array = Json::parse("[1,2]");
  REQUIRE_THROWS_AS(array.at(2), JsonMisuse);
  REQUIRE_THROWS_AS(Json::parse("{\"a\":"), JsonMisuse);
}

TEST_CASE("nlohmann config: the exception says what it is in both languages, and is a std::exception") {
  try {
    (void)Json(true).get<std::string>();
    FAIL("no exception");
  } catch (const std::exception& error) {
    REQUIRE(std::string(error.what()) ==
            "interne fout: verkeerd gebruik van een JSON-waarde / internal error: misuse of a JSON value");
  }
}

TEST_CASE("nlohmann config: the neighbours do not throw and give the same values") {
  const Json object = Json::parse(R"({"a":[1,"x",true,null,2.5]})");
  REQUIRE(object.at("a").at(1).get<std::string>() == "x");
  REQUIRE(object.at("a").at(0).get<int>() == 1);
  REQUIRE(Json::parse("{\"a\":", nullptr, false).is_discarded());  // without exceptions: no throw
}

}  // namespace
}  // namespace samen

// StoredValue reads the engine's compact text in place; rebuilding a DOM from what it reads must
// give back exactly what nlohmann parses from the same text.
#include <catch2/catch.hpp>

#include <random>

#include "json/json.hpp"
#include "json/stored_view.hpp"

namespace samen {
namespace {

Json rebuild(StoredValue value) {
  std::string scratch;
  if (value.is_null()) return nullptr;
  if (value.is_boolean()) return value.is_true();
  if (value.is_string()) return std::string(value.string(scratch));
  if (value.is_array()) {
    Json out = Json::array();
    value.each_element([&](std::size_t index, StoredValue element) {
      CHECK(index == out.size());
      out.push_back(rebuild(element));
    });
    return out;
  }
  if (value.is_object()) {
    Json out = Json::object();
    value.each_member([&](std::string_view key, StoredValue member) {
      // Keys come as written; decode them the way a string value is decoded.
      std::string quoted = "\"" + std::string(key) + "\"";
      out[std::string(StoredValue(quoted).string(scratch))] = rebuild(member);
    });
    return out;
  }
  return Json::parse(value.text());  // a number
}

void round_trips(const std::string& text) {
  const Json parsed = Json::parse(text);
  const std::string compact = dump(parsed);
  INFO(compact);
  CHECK(rebuild(StoredValue(compact)) == parsed);
}

// A random value with the characters that matter: quotes, backslashes, brackets and commas inside
// strings, control characters, multi-byte and astral characters, nesting, numbers.
Json random_value(std::mt19937& random, int depth) {
  static const std::vector<std::string> pieces = {
      "a", "\"", "\\", "{", "}", "[", "]", ",", ":", "\n", "\t", std::string(1, '\x01'), "é", "😀", "/", " ", "\\u"};
  const int choice = static_cast<int>(random() % (depth > 3 ? 5 : 7));
  switch (choice) {
    case 0: return nullptr;
    case 1: return random() % 2 == 0;
    case 2: return static_cast<std::int64_t>(random() % 2000) - 1000;
    case 3: return static_cast<double>(random() % 1000) / 8.0;
    case 4: {
      std::string text;
      for (std::size_t n = random() % 6; n > 0; --n) text += pieces[random() % pieces.size()];
      return text;
    }
    case 5: {
      Json out = Json::array();
      for (std::size_t n = random() % 4; n > 0; --n) out.push_back(random_value(random, depth + 1));
      return out;
    }
    default: {
      Json out = Json::object();
      for (std::size_t n = random() % 4; n > 0; --n)
        out[random_value(random, 99).is_string() ? "k" + std::to_string(n) + "\"\\," : "k" + std::to_string(n)] =
            random_value(random, depth + 1);
      return out;
    }
  }
}

TEST_CASE("stored view: scalars, escapes and nesting read as nlohmann parses them") {
  round_trips(R"({"id":"x","naam":"Gemeente \"Zuid\"","leeg":"","n":null,"t":true,"f":false})");
  round_trips(R"({"a":[1,-2,3.5,1e3,[],{},[[{}]]],"b":{"c":{"d":["]","}",",","\\"]}}})");
  round_trips(R"(["tab\there","nl\n","ctl\u0001","slash\/","\ud83d\ude00","é","\u00e9"])");
  round_trips(R"("just a string")");
  round_trips("[]");
  round_trips("{}");
}

TEST_CASE("stored view: find takes the member of that key only, at the top level") {
  const std::string text = dump(Json::parse(R"({"x":{"naam":"inner"},"naam":"outer","s":"\"naam\":"})"));
  std::string scratch;
  const auto naam = StoredValue(text).find("naam");
  REQUIRE(naam);
  CHECK(naam->string(scratch) == "outer");
  CHECK_FALSE(StoredValue(text).find("nam"));
  CHECK_FALSE(StoredValue(dump(Json::object())).find("naam"));
}

TEST_CASE("stored view: random values round-trip") {
  std::mt19937 random(20261122);
  for (int i = 0; i < 2000; ++i) round_trips(dump(random_value(random, 0)));
}

}  // namespace
}  // namespace samen

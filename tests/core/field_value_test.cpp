// FieldValue reads a value from a DOM or in place from compact text; both readings agree.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/field_value.hpp"

namespace samen {
namespace {

// Everything decode() can ask of a value, written out: the same text for both readings.
std::string describe(const FieldValue& value) {
  std::string out;
  if (const auto text = value.string()) out += "string(" + std::string(*text) + ")";
  if (const auto flag = value.boolean()) out += *flag ? "true" : "false";
  if (value.is_array()) {
    out += "[";
    value.each_element([&](const FieldValue& item) { out += describe(item) + ","; });
    out += "]";
  }
  if (value.is_object()) {
    out += "{";
    value.each_member([&](std::string_view key, const FieldValue& item) { out += std::string(key) + ":" + describe(item) + ","; });
    out += "} k=" + describe(value.member("k"));
  }
  return out;
}

TEST_CASE("FieldValue: the DOM and the compact text read the same") {
  for (const char* text : {
           R"("plain")", R"("")", R"("a\"b\\c\n\u0001 é € 😀")", "true", "false", "null", "12", "-1.5",
           R"(["x","",1,true,["y"],{"k":"z"}])", "[]", "{}",
           R"({"k":"v","b":false,"n":null,"l":["p","q\"r"],"o":{"k":"deep"},"e":""})",
           R"({"a":{"k":[]},"k":{"k":"nested"}})",
       }) {
    const Json dom = Json::parse(text);
    const std::string compact = dom.dump();
    TextArena decoded = decoded_texts();
    INFO(compact);
    REQUIRE(describe(FieldValue(StoredValue(compact), decoded)) == describe(FieldValue(&dom)));
  }
}

TEST_CASE("FieldValue: an absent value is nothing at all") {
  const FieldValue absent;
  REQUIRE_FALSE(absent.string());
  REQUIRE_FALSE(absent.boolean());
  REQUIRE_FALSE(absent.is_array());
  REQUIRE_FALSE(absent.is_object());
  REQUIRE(describe(absent.member("k")).empty());
}

TEST_CASE("FieldValue: a string with escapes is decoded into the storage, and stays valid there") {
  const std::string compact = R"(["a\"b","plain","c\\d"])";
  TextArena decoded = decoded_texts();
  std::vector<std::string_view> texts;
  FieldValue(StoredValue(compact), decoded).each_element([&](const FieldValue& item) { texts.push_back(*item.string()); });
  REQUIRE(decoded.bytes() == 6);  // the plain one is a view of the text
  REQUIRE(texts == std::vector<std::string_view>{"a\"b", "plain", "c\\d"});
  REQUIRE(texts[1].data() == compact.data() + compact.find("plain"));
}

TEST_CASE("TextArena: a text stays valid however many follow it, from a small first chunk") {
  TextArena kept(16);
  const std::string_view first = kept.append("first \"copy\"");
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text = "text " + std::to_string(i);
    REQUIRE(kept.append(text) == text);
  }
  REQUIRE(first == "first \"copy\"");
  REQUIRE(kept.append("").empty());
  REQUIRE(kept.bytes() == 12 + 10 * 6 + 90 * 7 + 900 * 8 + 1000 * 9);  // nothing for the empty text
}

}  // namespace
}  // namespace samen

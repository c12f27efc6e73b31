// JsonWriter, which writes answers without building a Json value: element by element it must
// give the text dump() gives for the same value (the queries and the rendering of decisions are
// held to the answers they gave when they built the value first).
#include <catch2/catch.hpp>

#include <limits>
#include <random>
#include <string>

#include "json/json.hpp"
#include "json/json_writer.hpp"

namespace samen {
namespace {

std::string random_text(std::mt19937& random) {
  static const char* const kPieces[] = {"a", "\"", "\\", "\n", "\x01", "é", "😀", "{", "}", "[", "]", ":", ",", "x:"};
  std::string out;
  const std::size_t pieces = random() % 6;
  for (std::size_t i = 0; i < pieces; ++i) out += kPieces[random() % std::size(kPieces)];
  return out;
}

Json random_value(std::mt19937& random, int depth) {
  switch (random() % (depth > 3 ? 6 : 8)) {
    case 0: return nullptr;
    case 1: return random() % 2 == 0;
    case 2: return static_cast<std::int64_t>(random()) - (std::int64_t{1} << 31);
    case 3: return 0.5 * static_cast<double>(random() % 7);
    case 4:
    case 5: return random_text(random);
    case 6: {
      Json object = Json::object();
      for (std::size_t i = random() % 4; i > 0; --i) object[random_text(random)] = random_value(random, depth + 1);
      return object;
    }
    default: {
      Json array = Json::array();
      for (std::size_t i = random() % 4; i > 0; --i) array.push_back(random_value(random, depth + 1));
      return array;
    }
  }
}

// Writes `value` piece by piece; numbers other than signed integers go through json().
void write(JsonWriter& out, const Json& value) {
  if (value.is_object()) {
    out.open_object();
    for (const auto& [key, member] : value.items()) write(out.key(key), member);
    out.close_object();
  } else if (value.is_array()) {
    out.open_array();
    for (const Json& element : value) write(out, element);
    out.close_array();
  } else if (value.is_string()) {
    out.string(value.get_ref<const std::string&>());
  } else if (value.is_boolean()) {
    out.boolean(value.get<bool>());
  } else if (value.is_number_integer() && !value.is_number_unsigned()) {
    out.integer(value.get<std::int64_t>());
  } else if (value.is_null()) {
    out.null();
  } else {
    out.json(value);
  }
}

TEST_CASE("JsonWriter: random values written piece by piece come out as dump() writes them") {
  std::mt19937 random(2026);
  for (int round = 0; round < 3000; ++round) {
    const Json value = random_value(random, 0);
    JsonWriter out;
    write(out, value);
    REQUIRE(out.str() == dump(value));
  }
}

TEST_CASE("JsonWriter: commas go between members and elements, never after an opener or a key") {
  JsonWriter out;
  out.open_object().text("a", "x").key("b").open_array().integer(1).open_object().close_object().open_array().close_array();
  out.null().close_array().flag("c", false).number("d", std::numeric_limits<std::int64_t>::min()).close_object();
  REQUIRE(out.str() == R"({"a":"x","b":[1,{},[],null],"c":false,"d":-9223372036854775808})");
}

TEST_CASE("JsonWriter: members without braces, as a query writes its answer, and raw compact values") {
  JsonWriter answer;
  REQUIRE(answer.empty());
  answer.text("samenwerking", "sw-1").key("type").raw(R"({"x":[1,"]"]})").key("n").raw("2.5");
  REQUIRE(answer.str() == R"("samenwerking":"sw-1","type":{"x":[1,"]"]},"n":2.5)");
  JsonWriter whole;
  whole.open_object().text("vraag", "leden").raw(answer.view()).close_object();
  REQUIRE(whole.str() == R"({"vraag":"leden","samenwerking":"sw-1","type":{"x":[1,"]"]},"n":2.5})");
}

TEST_CASE("JsonWriter: a text that is not valid UTF-8 is written with U+FFFD, as dump() writes it") {
  JsonWriter out;
  out.open_object().text("ab\xC3", "(\xFF").close_object();
  REQUIRE(out.str() == "{\"ab\xEF\xBF\xBD\":\"(\xEF\xBF\xBD\"}");
  REQUIRE(out.str() == dump(Json::object({{std::string("ab\xC3"), std::string("(\xFF")}})));
}

}  // namespace
}  // namespace samen

// json/release: emptying parsed values without allocating (docs/limits.md, running out of memory).
#include <catch2/catch.hpp>

#include "json/release.hpp"

TEST_CASE("release empties nested values, deep ones too, leaving null", "[json][memory]") {
  samen::Json value = samen::Json::parse(R"({"a":[1,{"b":[[],{},"x"]},[2,[3]]],"c":{"d":null},"e":"f"})");
  samen::release(value);
  CHECK(value.is_null());

  std::string deep(20000, '[');
  deep += std::string(20000, ']');
  samen::Json nested = samen::Json::parse(deep);
  samen::release(nested);  // no recursion: 20,000 levels on any stack
  CHECK(nested.is_null());

  samen::Json scalar = 5;
  samen::release(scalar);
  CHECK(scalar.is_null());
  {
    samen::Json scoped = samen::Json::parse(R"([[1],[2]])");
    const samen::ReleaseOnExit guard(scoped);
  }
}

// format_date writes "%04d-%02d-%02d" by hand (the wasm module carries no printf for it): the C
// library's snprintf is the reference, on every day of several centuries and at the extremes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <limits>
#include <string>

#include "model/time.hpp"

namespace {

std::string printf_date(std::int32_t days) {
  // The civil date of the day, from the reader of dates: parse_date is format_date's inverse.
  const std::string ours = samen::format_date(days);
  int year = 0, month = 0, day = 0;
  REQUIRE(std::sscanf(ours.c_str(), "%d-%d-%d", &year, &month, &day) == 3);
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace

TEST_CASE("format_date: every day from 1600 to 2400 reads back as itself and is printed as printf prints it", "[time]") {
  const std::int32_t first = *samen::parse_date("1600-01-01"), last = *samen::parse_date("2400-12-31");
  for (std::int32_t days = first; days <= last; ++days) {
    const std::string text = samen::format_date(days);
    REQUIRE(samen::parse_date(text) == days);
    REQUIRE(text == printf_date(days));
  }
  REQUIRE(samen::format_date(0) == "1970-01-01");
}

TEST_CASE("format_date: years before 1000, after 9999 and before year 0 are padded as printf pads them", "[time]") {
  REQUIRE(samen::format_date(*samen::parse_date("0007-03-09")) == "0007-03-09");
  REQUIRE(samen::format_date(*samen::parse_date("9999-12-31") + 1) == "10000-01-01");
  REQUIRE(samen::format_date(*samen::parse_date("0001-01-01") - 1) == "0000-12-31");
  REQUIRE(samen::format_date(*samen::parse_date("0001-01-01") - 367) == "-001-12-31");
  for (const std::int32_t days : {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max(), -800000, 3000000})
    REQUIRE(samen::format_date(days) == printf_date(days));
}

// The wasm module's snprintf against the C library's: the same text and the same return value
// for the formats the engine and nlohmann's lexer use, and for the neighbours of each.
#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

extern "C" int samen_small_snprintf(char* out, std::size_t size, const char* format, ...);

namespace {

// Both results of one call, for a buffer of `size` bytes.
template <class... Args>
void same_as_libc(std::size_t size, const char* format, Args... args) {
  std::string ours(size + 1, '#'), libc(size + 1, '#');
  const int our_length = samen_small_snprintf(ours.data(), size, format, args...);
  const int libc_length = std::snprintf(libc.data(), size, format, args...);
  INFO("format " << format << ", buffer " << size);
  CHECK(our_length == libc_length);
  CHECK(ours == libc);  // the bytes past the terminator are untouched on both sides
}

}  // namespace

TEST_CASE("dates as format_date writes them", "[snprintf]") {
  for (int year : {0, 7, 1970, 2026, 9999, 10000, -1})
    for (int month : {1, 12})
      for (int day : {1, 31}) same_as_libc(32, "%04d-%02d-%02d", year, month, day);
}

TEST_CASE("control characters as nlohmann's lexer quotes them", "[snprintf]") {
  for (int ch = 0; ch < 256; ch++) same_as_libc(9, "<U+%.4X>", static_cast<unsigned char>(ch));
}

TEST_CASE("integers, strings and characters with widths, precisions and lengths", "[snprintf]") {
  same_as_libc(64, "%d %i %u %x %X", -42, 17, 4000000000u, 48879u, 48879u);
  same_as_libc(64, "%ld %lld %lu %llu %zu", -5L, -9000000000000000000LL, 7UL, 18000000000000000000ULL, std::size_t{12});
  same_as_libc(64, "%hhd %hd %hhx", 300, 70000, 511);
  same_as_libc(64, "[%5d] [%-0d] [%05d] [%.3d] [%8.3d] [%08d]", 42, 7, -42, 5, -5, -123);
  same_as_libc(64, "[%s] [%.2s] [%6s] [%c] [%3c] [%%]", "tekst", "tekst", "ab", 'x', 'y');
  same_as_libc(64, "%d", -2147483647 - 1);
  same_as_libc(64, "%lld", -9223372036854775807LL - 1);
  // Precisions and widths beyond any number's digits.
  same_as_libc(128, "[%.40d] [%.40llX] [%50d] [%-45d] [%045d] [%60.50d]", -7, 0xFFFFFFFFFFFFFFFFULL, -1, 12, -12, 99);
  same_as_libc(64, "zonder conversies");
  same_as_libc(64, "");
}

TEST_CASE("a result longer than the buffer is cut off and still counted", "[snprintf]") {
  for (std::size_t size : {0, 1, 2, 5, 10, 11})
    same_as_libc(size, "%04d-%02d-%02d", 2026, 11, 23);
  same_as_libc(4, "<U+%.4X>", 31);
}

TEST_CASE("a conversion it does not know is refused with an empty result", "[snprintf]") {
  char out[16] = "ongewijzigd";
  CHECK(samen_small_snprintf(out, sizeof out, "waarde %f", 1.5) == -1);
  CHECK(std::string(out).empty());
  CHECK(samen_small_snprintf(out, sizeof out, "%p", static_cast<void*>(out)) == -1);
  CHECK(samen_small_snprintf(out, sizeof out, "%g", 2.0) == -1);
  // A format that ends inside a conversion is refused, and nothing past its end is read.
  CHECK(samen_small_snprintf(out, sizeof out, "100%") == -1);
  CHECK(samen_small_snprintf(out, sizeof out, "%l") == -1);
  CHECK(samen_small_snprintf(out, sizeof out, "%hh") == -1);
}

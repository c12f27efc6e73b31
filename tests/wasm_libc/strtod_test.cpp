// The wasm module's strtod against the C library's: the same double, bit for bit, and the same
// end, for the numbers of JSON (the only ones the module passes) and for the hard cases of
// rounding: halfway between two doubles, the edges of the subnormal and the largest numbers,
// and digits far beyond the 800 it keeps.
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include <catch2/catch.hpp>

extern "C" double samen_small_strtod(const char* text, char** end);

namespace {

std::uint64_t bits_of(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

// One number read by both: the same bits (so also the sign of a zero) and the same end.
bool same_as_libc(const std::string& text) {
  char* our_end = nullptr;
  char* libc_end = nullptr;
  const double ours = samen_small_strtod(text.c_str(), &our_end);
  const double libc = std::strtod(text.c_str(), &libc_end);
  INFO("text " << (text.size() > 120 ? text.substr(0, 60) + "..." + text.substr(text.size() - 60) : text));
  CHECK(bits_of(ours) == bits_of(libc));
  CHECK(our_end - text.c_str() == libc_end - text.c_str());
  return bits_of(ours) == bits_of(libc) && our_end == libc_end;
}

// The exact decimal expansion of a long double (glibc prints every digit it is asked for).
std::string exact(long double value) {
  char buffer[1200];
  std::snprintf(buffer, sizeof buffer, "%.1100Le", value);
  std::string text(buffer);
  // Drop the zeros at the end of the digits (the exponent stays).
  const auto e = text.find('e');
  std::size_t last = e - 1;
  while (text[last] == '0') --last;
  if (text[last] == '.') --last;
  return text.substr(0, last + 1) + text.substr(e);
}

}  // namespace

TEST_CASE("plain JSON numbers", "[strtod]") {
  for (const char* text : {"0", "-0", "0.0", "-0.0", "1", "-1", "0.5", "1.5", "3.14159", "-2.5e3", "1e0", "1E2",
                           "1e+2", "1e-2", "123456789012345", "1234567890123456789", "0.1", "0.2", "0.3",
                           "100", "1.0", "9007199254740992", "9007199254740993", "4.35", "2.675", "1e22", "1e23",
                           "8.589973e9", "123.456e-7", "0.000001", "1e-7", "5e-324", "1.7976931348623157e308"})
    same_as_libc(text);
}

TEST_CASE("the edges: overflow, underflow and subnormal numbers", "[strtod]") {
  for (const char* text :
       {"1e308", "1.7976931348623158e308", "1.7976931348623159e308", "1.8e308", "1e309", "-1e309", "1e400",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "4.9406564584124654e-324",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "3e-324", "1e-324", "1e-400", "-1e-400",
        "1e-330", "1e-331", "1e310", "0e999999999", "1e999999999", "1e-999999999", "1e99999999999999999999",
        "0.000000000000000000000000000000000000000000000000001e400"})
    same_as_libc(text);
}

TEST_CASE("halfway between two doubles, and just above and below", "[strtod]") {
  std::mt19937_64 random(20261123);
  int checked = 0;
  for (int round = 0; round < 3000; ++round) {
    // A double anywhere in the range, normal or subnormal, and the one after it.
    std::uint64_t bits = random() & 0x7FEFFFFFFFFFFFFFull;
    if (round % 10 == 0) bits &= 0x000FFFFFFFFFFFFFull;  // subnormal now and then
    double low;
    std::memcpy(&low, &bits, sizeof low);
    const double high = std::nextafter(low, INFINITY);
    // On x86 a long double has 64 bits of mantissa: the midpoint of two doubles is exact.
    const long double middle = (static_cast<long double>(low) + static_cast<long double>(high)) / 2;
    const std::string halfway = exact(middle);
    const auto e = halfway.find('e');
    same_as_libc(halfway);                                              // ties to even
    same_as_libc(halfway.substr(0, e) + "000000000001" + halfway.substr(e));  // just above
    same_as_libc(exact(std::nextafter(middle, 0.0L)));                  // just below
    checked += 3;
  }
  CHECK(checked == 9000);
}

TEST_CASE("random numbers of every length and scale", "[strtod]") {
  std::mt19937_64 random(7);
  for (int round = 0; round < 100000; ++round) {
    std::string text;
    if (random() % 4 == 0) text += '-';
    const int digits = 1 + static_cast<int>(random() % (round % 10 == 0 ? 60 : 20));
    text += static_cast<char>('1' + random() % 9);
    for (int i = 1; i < digits; ++i) text += static_cast<char>('0' + random() % 10);
    if (random() % 2 == 0 && digits > 1) text.insert(text.size() - 1 - random() % (digits - 1), ".");
    if (random() % 2 == 0) text += "e" + std::to_string(static_cast<int>(random() % 700) - 350);
    if (!same_as_libc(text)) break;
  }
}

TEST_CASE("more digits than it keeps: the dropped ones still decide a tie", "[strtod]") {
  // 2^53 + 1 is halfway between two doubles: ties to even, unless a digit far behind says more.
  const std::string tie = "9007199254740993";
  same_as_libc(tie + "." + std::string(1000, '0'));
  same_as_libc(tie + "." + std::string(1000, '0') + "1");
  same_as_libc("0." + std::string(900, '0') + tie + "e917");
  same_as_libc(std::string(900, '1'));         // overflows
  same_as_libc("0." + std::string(900, '9'));  // rounds to 1
  same_as_libc("1" + std::string(2000, '0') + "e-2000");
}

TEST_CASE("what it does not read: nothing is converted", "[strtod]") {
  for (const char* text : {"", "-", "+", ".", "-.", "e5", "abc"}) same_as_libc(text);
  // The C library reads these; the module never passes them, and this one refuses them.
  for (const char* text : {" 1", "inf", "nan", "0x1p3", "-0X10", "infinity"}) {
    char* end = nullptr;
    CHECK(samen_small_strtod(text, &end) == 0.0);
    CHECK(end == text);
  }
  // It stops where the number stops, as the C library does.
  for (const char* text : {"1e", "1e+", "2.5x", "1..2", "3e4.5", "-0.0e-0z"}) same_as_libc(text);
}

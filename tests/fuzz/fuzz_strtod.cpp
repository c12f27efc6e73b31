// Fuzz target: the wasm module's strtod (wasm/libc/strtod.c), compiled natively under another
// name, against the C library's. Whatever it converts must be the same double, bit for bit,
// with the same end; what it does not convert (white space, inf, nan, hexadecimal) must give 0
// and leave the end at the start.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "fuzz_support.hpp"

extern "C" double samen_small_strtod(const char* text, char** end);

using namespace samen_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(as_text(data, size));  // NUL-terminated, as strtod needs it
  char* our_end = nullptr;
  const double ours = samen_small_strtod(text.c_str(), &our_end);
  if (our_end == text.c_str()) {
    require(ours == 0.0, "nothing converted, yet not 0", text);
    return 0;
  }
  char* libc_end = nullptr;
  const double libc = std::strtod(text.c_str(), &libc_end);
  std::uint64_t our_bits, libc_bits;
  std::memcpy(&our_bits, &ours, sizeof ours);
  std::memcpy(&libc_bits, &libc, sizeof libc);
  require(our_bits == libc_bits, "a different double than the C library's", text);
  require(our_end == libc_end, "a different end than the C library's", text);
  return 0;
}

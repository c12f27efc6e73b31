// Equality of two texts without a call to memcmp. The texts compared on the hot paths (ids,
// keys) are a few bytes long, and WebAssembly's libc compares byte by byte behind a call; eight
// bytes at a time inline is faster there and no slower natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace samen {

inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const char* left = a.data();
  const char* right = b.data();
  std::size_t left_over = a.size();
  for (; left_over >= 8; left_over -= 8, left += 8, right += 8) {
    std::uint64_t x = 0, y = 0;  // fixed-size copies: plain (unaligned) loads
    std::memcpy(&x, left, 8);
    std::memcpy(&y, right, 8);
    if (x != y) return false;
  }
  for (; left_over != 0; --left_over, ++left, ++right)
    if (*left != *right) return false;
  return true;
}

}  // namespace samen

// Passing over the bytes a JSON reader does not act on, one table lookup each. Most bytes of a
// catalogue are such bytes (inside short strings: ids, names), and the input scan, the fast reader
// and the stored-text view all spend most of their time there. (Measured with callgrind: fewer
// instructions than testing each byte against several characters, and than eight bytes at a time,
// whose set-up does not pay for strings this short.)
#pragma once

#include <array>
#include <cstddef>

namespace samen::byte_runs {

using ByteSet = std::array<bool, 256>;

template <class Predicate>
constexpr ByteSet bytes_where(Predicate predicate) {
  ByteSet set{};
  for (std::size_t byte = 0; byte < set.size(); ++byte) set[byte] = predicate(static_cast<unsigned char>(byte));
  return set;
}

constexpr bool is_bracket(unsigned char b) { return b == '{' || b == '}' || b == '[' || b == ']'; }

// Where a string literal's plain run ends in input: the quote, an escape, a control character.
inline constexpr ByteSet kStringStops = bytes_where([](unsigned char b) { return b == '"' || b == '\\' || b < 0x20; });
// The same in the engine's own compact text, which writes control characters escaped.
inline constexpr ByteSet kStoredStringStops = bytes_where([](unsigned char b) { return b == '"' || b == '\\'; });
// Inside a container of the engine's text: strings (to skip them whole) and brackets.
inline constexpr ByteSet kStoredStructure = bytes_where([](unsigned char b) { return b == '"' || is_bracket(b); });

// The first byte from `at` that is in `stops`, or `end`.
inline const char* skip_until(const char* at, const char* end, const ByteSet& stops) {
  while (at != end && !stops[static_cast<unsigned char>(*at)]) ++at;
  return at;
}

}  // namespace samen::byte_runs

// A single pass over raw input before any parser sees it: rejects invalid UTF-8, nesting
// beyond the limit (without recursion, so that hostile input cannot exhaust the stack or reach
// the parser) and the character U+0000 written as \u0000, which hosts that keep text in C
// strings or PostgreSQL cannot store.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samen {

struct ScanProblem {
  enum class Kind { utf8, depth, nul } kind;
  std::size_t position;
};

// `objects_per_value`, when given, receives for each container directly inside the root (in
// order) the number of objects directly inside it: for a state, how many objects each of its
// arrays holds, so that the loader can size its tables exactly.
std::optional<ScanProblem> scan_input(std::string_view text, std::size_t max_depth,
                                      std::vector<std::size_t>* objects_per_value = nullptr);

// The byte offset of the n-th (1-based) object key in valid JSON text: where a problem the
// parser reports by key (a duplicate) is in the input.
std::size_t nth_key_position(std::string_view text, std::size_t n);

// Whether the whole text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// The text with every invalid UTF-8 sequence replaced by U+FFFD: for messages that quote
// input, such as the parser's, which may cut a multi-byte character in half.
std::string valid_utf8(std::string_view text);

}  // namespace samen

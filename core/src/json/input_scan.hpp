// A single pass over raw input before any parser sees it: rejects invalid UTF-8 and
// nesting beyond the limit without recursion, so that hostile input cannot exhaust the
// stack or reach the parser.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace samen {

struct ScanProblem {
  enum class Kind { utf8, depth } kind;
  std::size_t position;
};

// `objects_per_value`, when given, receives for each container directly inside the root (in
// order) the number of objects directly inside it: for a state, how many objects each of its
// arrays holds, so that the loader can size its tables exactly.
std::optional<ScanProblem> scan_input(std::string_view text, std::size_t max_depth,
                                      std::vector<std::size_t>* objects_per_value = nullptr);

}  // namespace samen

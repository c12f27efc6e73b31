// A single pass over raw input before any parser sees it: rejects invalid UTF-8 and
// nesting beyond the limit without recursion, so that hostile input cannot exhaust the
// stack or reach the parser.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace samen {

struct ScanProblem {
  enum class Kind { utf8, depth } kind;
  std::size_t position;
};

std::optional<ScanProblem> scan_input(std::string_view text, std::size_t max_depth);

}  // namespace samen

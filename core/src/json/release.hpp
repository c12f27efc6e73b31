// Throwing away a JSON value without allocating. nlohmann's destructor flattens a nested value
// onto a heap-allocated stack (so that deep values cannot overflow the call stack), and a
// bad_alloc there, inside a noexcept destructor, ends in std::terminate: exactly when memory has
// run out, and the bigger the value the bigger that stack. The large values the engine parses
// (states, commands, queries) are emptied through here first, on every path out.
#pragma once

#include "json/json.hpp"

namespace samen {

// Empties `value` leaf by leaf (last child first); allocates nothing, recurses nowhere.
void release(Json& value) noexcept;

// Empties the value when the scope is left, by return or by exception.
class ReleaseOnExit {
 public:
  explicit ReleaseOnExit(Json& value) : value_(value) {}
  ReleaseOnExit(const ReleaseOnExit&) = delete;
  ReleaseOnExit& operator=(const ReleaseOnExit&) = delete;
  ~ReleaseOnExit() { release(value_); }

 private:
  Json& value_;
};

}  // namespace samen

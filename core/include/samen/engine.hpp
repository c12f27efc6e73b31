// The public C++ face of the rules core. Everything goes in and out as JSON text, so that
// the C ABI, the wasm module and the tests all see exactly the same bytes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace samen {

// A call that could not be evaluated (spec §2.3 "fouten"): bad JSON, unknown command, ...
struct CallError {
  std::string code;                 // JSON-SYNTAX, OPDRACHT-ONBEKEND, TOESTAND, ...
  std::string melding;              // already in the engine's language
  std::optional<std::size_t> positie;  // byte offset in the input, where one is known
  std::string pad;                  // JSON Pointer into the input, where one is known
};

struct CallFailure {
  enum class Kind { input, memory, internal } kind = Kind::input;
  std::vector<CallError> fouten;
};

using Answer = tl::expected<std::string, CallFailure>;

// Renders {"fouten":[...]}: the body of every non-OK answer.
std::string render_failure(const CallFailure& failure);

const char* version() noexcept;

class Engine {
 public:
  // options: the JSON of spec §7 ("" = defaults). Fails with OPTIES.
  static tl::expected<Engine, CallFailure> create(std::string_view options);

  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;
  ~Engine();

  // Called with the answer of load or apply before the state changes; if it throws (the C ABI
  // throws std::bad_alloc when it cannot copy the answer out), the state stays as it was.
  using Delivery = std::function<void(const std::string& answer)>;

  Answer load(std::string_view state, const Delivery& deliver = {});    // replaces the state; answers counts
  Answer check(std::string_view command) const;                         // dry run
  Answer apply(std::string_view command, const Delivery& deliver = {});  // a refused command changes nothing
  Answer query(std::string_view query) const;
  Answer export_state() const;
  std::string options_json() const;                  // the effective options

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace samen

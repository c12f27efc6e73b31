// Fuzz target: a whole session. The input is lines: the options (empty: defaults), a state
// (empty: the example state), then one step per line: a command (checked, then applied),
// "?" + a query, or "!" + a command that is only checked. Every step keeps the contract; the
// state changes only by allowed commands, exactly as their wijzigingen say; and at the end
// the state survives export and load unchanged.
#include "fuzz_support.hpp"

using namespace samen_fuzz;

namespace {

// Splits off the next line (without its '\n').
std::string_view next_line(std::string_view& rest) {
  const auto end = rest.find('\n');
  const std::string_view line = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest = as_text(data, size);
  const std::string_view options = next_line(rest);
  const std::string_view state = next_line(rest);

  Reply created;
  auto session = Session::create(options, &created);
  require_contract(Call::options, created);
  if (!session) return 0;
  const Reply loaded = session->load(state.empty() ? std::string_view(example_state()) : state);
  require_contract(Call::load, loaded);

  std::string exported = session->exported();
  samen_support::HostView host(exported);
  while (!rest.empty()) {
    const std::string_view step = next_line(rest);
    if (!step.empty() && step.front() == '?') {
      require_contract(Call::query, session->query(step.substr(1)));
      require(session->exported() == exported, "a query changed the state", step);
    } else if (!step.empty() && step.front() == '!') {
      require_contract(Call::command, session->check(step.substr(1)));
      require(session->exported() == exported, "check changed the state", step);
    } else {
      check_then_apply(*session, step, host, exported);
    }
  }
  require_round_trip(*session, options);
  return 0;
}

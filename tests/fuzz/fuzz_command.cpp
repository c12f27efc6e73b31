// Fuzz target: one command, checked and applied on the example state. check and apply give
// the same answer; a refused command changes nothing; an allowed one changes exactly what its
// wijzigingen say. The example state is restored after every allowed command.
#include "fuzz_support.hpp"

using namespace samen_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Session session = example_session();
  static const std::string example_export = session.exported();

  std::string exported = example_export;
  samen_support::HostView host(exported);
  if (check_then_apply(session, as_text(data, size), host, exported)) {
    require_round_trip(session, "");
    require(session.load(example_state()).ok(), "the example state no longer loads");
  }
  return 0;
}

// Fuzz target: one query on the example state. Answers keep the contract and a query never
// changes the state.
#include "fuzz_support.hpp"

using namespace samen_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Session session = example_session();
  static const std::string example_export = session.exported();

  require_contract(Call::query, session.query(as_text(data, size)));
  require(session.exported() == example_export, "a query changed the state");
  return 0;
}

// Fuzz target: engine options (samen_engine_new). Accepted options must come back as
// effective options that are accepted again unchanged, and an engine made with them must
// load the example state and evaluate a command within its contract.
#include "fuzz_support.hpp"

using namespace samen_fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view options = as_text(data, size);
  Reply created;
  auto session = Session::create(options, &created);
  require_contract(Call::options, created);
  if (!session) {
    require(created.status != SAMEN_OK, "SAMEN_OK without an engine");
    return 0;
  }
  Reply again;
  auto second = Session::create(created.text, &again);
  require(second.has_value(), "the effective options are refused", again.text);
  require(again.text == created.text, "the effective options change when given back", again.text);

  const Reply loaded = session->load(example_state());
  require_contract(Call::load, loaded);
  const std::string command =
      R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},)"
      R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-nieuw-lid","samenwerking":"sw-noord","lid":"g-bunnik"}})";
  require_contract(Call::command, session->apply(command));
  require_contract(Call::query, session->query(R"({"vraag":"leden","gegevens":{"samenwerking":"sw-noord"}})"));
  return 0;
}

// Fuzz target: load. A refused state leaves the previous one in place; an accepted state
// exports to a text that loads back to the same export, and every command handler can be
// evaluated on it (through toegestaneOpdrachten) and ending its memberships can be applied.
#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"

using namespace samen_fuzz;

namespace {

constexpr std::size_t kProbedObjects = 6;
constexpr std::size_t kEndedMemberships = 3;

void probe_handlers(Session& session, const nlohmann::json& state) {
  std::size_t probed = 0, ended = 0;
  std::string exported = session.exported();
  samen_support::HostView host(exported);
  for (const auto& [kind, objects] : state.items()) {
    for (const auto& object : objects) {
      const std::string id = object.at("id").get<std::string>();
      if (probed++ < kProbedObjects) {
        const nlohmann::json query = {{"vraag", "toegestaneOpdrachten"},
                                      {"actor", {{"rollen", {"functioneel-beheerder"}}}},
                                      {"gegevens", {{"object", id}}}};
        require_contract(Call::query, session.query(query.dump()));
      }
      if (kind == "lidmaatschappen" && ended++ < kEndedMemberships) {
        const nlohmann::json end = {{"opdracht", "lidmaatschap.beeindigen"},
                                    {"actor", {{"rollen", {"functioneel-beheerder"}}}},
                                    {"tijdstip", "2027-01-01T00:00:00Z"},
                                    {"gegevens", {{"id", id}}}};
        check_then_apply(session, end.dump(), host, exported);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Session session = example_session();
  static const std::string example_export = session.exported();

  const Reply loaded = session.load(as_text(data, size));
  require_contract(Call::load, loaded);
  if (!loaded.ok()) {
    require(session.exported() == example_export, "a refused load changed the state");
    return 0;
  }
  require_round_trip(session, "");
  probe_handlers(session, nlohmann::json::parse(session.exported()));
  require_round_trip(session, "");
  require(session.load(example_state()).ok(), "the example state no longer loads");
  return 0;
}

// Fuzz target: load. A refused state leaves the previous one in place; an accepted state
// exports to a text that loads back to the same export, and every command handler can be
// evaluated on it (through toegestaneOpdrachten) and ending its memberships can be applied.
// Inside the core, the streaming loader (its fast reader and every fallback) must agree with
// the DOM loader, the reference: the same export, or the same failure to the byte.
#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "model/load_stream.hpp"

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

// A failure as one comparable text: every field of either kind of problem.
std::string describe(const samen::LoadFailure& failure) {
  std::string out;
  if (const auto* parse = std::get_if<samen::ParseProblem>(&failure)) {
    out = "parse " + parse->key + " @" + std::to_string(parse->positie);
    for (const auto& arg : parse->args) out += " | " + arg;
    return out;
  }
  const auto& load = std::get<samen::LoadProblem>(failure);
  out = "load " + load.key + " " + load.pad;
  for (const auto& arg : load.args) out += " | " + arg;
  return out;
}

// The engine's default limits (spec §4), so that both loaders see what a session sees.
constexpr std::size_t kMaxBytes = 268435456, kMaxDepth = 64;

void require_stream_equals_dom(std::string_view text) {
  const auto streamed = samen::load_state_text(text, kMaxBytes, kMaxDepth);
  const auto reference = samen::load_state_dom(text, kMaxBytes, kMaxDepth);
  if (!reference) {
    require(!streamed, "the streaming load accepted what the DOM load refuses", describe(reference.error()));
    require(describe(streamed.error()) == describe(reference.error()), "the loaders fail differently",
            describe(streamed.error()) + " <> " + describe(reference.error()));
    return;
  }
  require(streamed.has_value(), "the streaming load refused what the DOM load accepts",
          streamed ? "" : describe(streamed.error()));
  require(streamed->state.export_json() == reference->state.export_json(), "the loaders built different states");
  require(streamed->derived_memberships == reference->derived_memberships, "the loaders derived different memberships");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Session session = example_session();
  static const std::string example_export = session.exported();

  require_stream_equals_dom(as_text(data, size));
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

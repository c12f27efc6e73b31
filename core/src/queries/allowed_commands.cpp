// toegestaneOpdrachten: which commands this actor may give on an object, so that a UI shows
// exactly the buttons the rules allow. Nothing here decides anything itself: each candidate
// command is built as a probe and evaluated by the same handlers as `check`. Form fields the
// user would still fill in are placeholders; meldingen about them do not count.
#include "queries/allowed_commands.hpp"

#include <array>
#include <string>
#include <vector>

#include "commands/registry.hpp"
#include "eval/evaluate.hpp"
#include "eval/fields.hpp"
#include "eval/render.hpp"
#include "json/object.hpp"

namespace samen::queries {
namespace {

constexpr const char* kPlaceholder = "…";
// Judged without a tijdstip, time-dependent rules see the state as it is now: after everything.
constexpr const char* kLatest = "9999-12-31T23:59:59Z";

struct ProbeInput {
  const State& state;
  std::string target;       // the object's id; empty for commands on no object
  std::string actor;        // the actor's organisation; empty when none
  std::string fresh;        // an id no object has, for the object a command would create
  std::string fresh_other;  // a second one
};

struct Built {
  Json gegevens;
  std::vector<std::string> placeholders;  // JSON Pointers of form fields still to be filled in
  Json variant;                           // what distinguishes variants of one command, or null
};

using Builder = Built (*)(const ProbeInput&);

bool is_collective_object(const State& state, Slot slot) {
  const Organisatie& organisation = state.at<Organisatie>(slot.index);
  return organisation.type && is_collective(*organisation.type);
}

bool is_proposal(const State& state, Slot slot) { return state.at<Gebruik>(slot.index).voorstel.has_value(); }

struct Probe {
  std::string_view opdracht;
  std::optional<Kind> target;  // nullopt: a command on no existing object
  Builder build;
  // Whether the command can act on this object at all (its object must be a collective, a
  // proposal, ...); null: on every object of the kind.
  bool (*applies)(const State&, Slot) = nullptr;
};

Built by_id(const ProbeInput& in) {
  return {json_object({{"id", in.target}, {"toelichting", kPlaceholder}}), {"/gegevens/toelichting"}, nullptr};
}
Built plain_id(const ProbeInput& in) { return {json_object({{"id", in.target}}), {}, nullptr}; }

// The actor's own organisation where the command names one, else a placeholder to fill in.
std::string own_or_placeholder(const ProbeInput& in, Built& built, const char* key) {
  if (!in.actor.empty()) return in.actor;
  built.placeholders.push_back(std::string("/gegevens/") + key);
  return in.fresh_other;
}

const Probe kProbes[] = {
    // On no object.
    {"aanvraag.indienen", std::nullopt,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"naam", kPlaceholder}, {"type", "Samenwerking"}, {"doel", kPlaceholder},
                            {"contactpersoon", json_object({{"naam", kPlaceholder}, {"e-mailadres", "invullen@voorbeeld.nl"}})},
                            {"grondslag", kPlaceholder}, {"samenwerkingtype", "DVO"}}),
               {"/gegevens/naam", "/gegevens/type", "/gegevens/doel", "/gegevens/contactpersoon", "/gegevens/grondslag",
                "/gegevens/samenwerkingtype"},
               nullptr};
     }},
    {"organisatie.registreren", std::nullopt,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"organisatie", json_object({{"id", in.fresh}, {"naam", kPlaceholder}, {"type", "Gemeente"}})}}),
               {"/gegevens/organisatie/naam"}, json_object({{"type", "Gemeente"}})};
     }},
    {"organisatie.registreren", std::nullopt,
     [](const ProbeInput& in) -> Built {
       const std::string id = in.actor.empty() ? in.fresh : in.actor;
       return {json_object({{"organisatie", json_object({{"id", id}, {"naam", kPlaceholder}, {"type", "Leverancier"}})}}),
               {"/gegevens/organisatie/naam", "/gegevens/organisatie/id"}, json_object({{"type", "Leverancier"}})};
     }},
    // On an organisation.
    {"organisatie.wijzigen", Kind::organisatie, by_id},
    {"organisatie.activeren", Kind::organisatie, plain_id},
    {"organisatie.deactiveren", Kind::organisatie, plain_id},
    {"contactpersoon.registreren", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"organisatie", in.target}, {"e-mailadres", "invullen@voorbeeld.nl"},
                            {"rollen", Json::array({"gebruik-beheerder"})}}),
               {"/gegevens/e-mailadres", "/gegevens/rollen"}, nullptr};
     }},
    {"lidmaatschap.aangeven", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       Built built{json_object({{"id", in.fresh}, {"samenwerking", in.target}}), {}, nullptr};
       built.gegevens["lid"] = own_or_placeholder(in, built, "lid");
       return built;
     },
     is_collective_object},
    {"module.registreren", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"naam", kPlaceholder}, {"aanbieder", in.target}}), {"/gegevens/naam"}, nullptr};
     }},
    {"dienst.registreren", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"naam", kPlaceholder}, {"type", "Hosting"}, {"aanbieder", in.target}}),
               {"/gegevens/naam", "/gegevens/type"}, nullptr};
     }},
    {"gebruik.registreren", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"afnemer", in.target}, {"module", in.fresh_other}, {"status", "In productie"}}),
               {"/gegevens/module", "/gegevens/status"}, nullptr};
     }},
    {"koppeling.registreren", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"eigenaar", in.target}, {"moduleA", in.fresh_other}, {"moduleB", in.fresh_other},
                            {"gegevensuitwisselingRichting", "AnaarB"}}),
               {"/gegevens/moduleA", "/gegevens/moduleB", "/gegevens/gegevensuitwisselingRichting", "/gegevens/naam"},
               nullptr};
     }},
    {"afspraak.vastleggen", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"samenwerking", in.target}, {"partnermodel", "samen-sterk"}}),
               {"/gegevens/partnermodel", "/gegevens/partner"}, nullptr};
     },
     is_collective_object},
    {"evaluatie.vastleggen", Kind::organisatie,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"onderwerp", in.target}, {"plan", kPlaceholder}, {"do", kPlaceholder},
                            {"check", kPlaceholder}, {"act", kPlaceholder}}),
               {"/gegevens/plan", "/gegevens/do", "/gegevens/check", "/gegevens/act"}, nullptr};
     },
     is_collective_object},
    // On an admission request.
    {"aanvraag.beoordelen", Kind::aanvraag,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.target}, {"besluit", "goedgekeurd"}}), {"/gegevens/besluit", "/gegevens/motivering"}, nullptr};
     }},
    {"organisatie.registreren", Kind::aanvraag,
     [](const ProbeInput& in) -> Built {
       const Aanvraag* aanvraag = in.state.get<Aanvraag>(*in.state.find_id(in.target));
       Json organisatie = json_object({{"id", in.fresh}, {"naam", aanvraag->naam}});
       organisatie["type"] = aanvraag->type ? std::string(kOrgTypes.name(*aanvraag->type)) : std::string(kPlaceholder);
       Json eerste = json_object({{"id", in.fresh_other}, {"e-mailadres", "invullen@voorbeeld.nl"},
                                  {"rollen", Json::array({"gebruik-beheerder"})}});
       return {json_object({{"organisatie", organisatie}, {"aanvraag", in.target}, {"eersteBeheerder", eerste}}),
               {"/gegevens/eersteBeheerder", "/gegevens/organisatie/samenwerkingtype"}, nullptr};
     }},
    // On a membership.
    {"lidmaatschap.bevestigen", Kind::lidmaatschap, plain_id},
    {"lidmaatschap.afwijzen", Kind::lidmaatschap, plain_id},
    {"lidmaatschap.beeindigen", Kind::lidmaatschap, plain_id},
    // On a module or dienst.
    {"module.verwijderen", Kind::module, plain_id},
    {"gebruik.registreren", Kind::module,
     [](const ProbeInput& in) -> Built {
       Built built{json_object({{"id", in.fresh}, {"module", in.target}, {"status", "In productie"}}), {"/gegevens/status"}, nullptr};
       built.gegevens["afnemer"] = own_or_placeholder(in, built, "afnemer");
       return built;
     }},
    {"gebruik.voorstellen", Kind::module,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"afnemer", in.fresh_other}, {"module", in.target}}), {"/gegevens/afnemer"}, nullptr};
     }},
    {"dienst.verwijderen", Kind::dienst, plain_id},
    // On a usage registration.
    {"gebruik.wijzigen", Kind::gebruik, by_id},
    // On a koppeling.
    {"koppeling.wijzigen", Kind::koppeling, by_id},
    // On an agreement.
    {"afspraak.wijzigen", Kind::afspraak, by_id},
    {"afspraak.beeindigen", Kind::afspraak, plain_id},
    {"evaluatie.vastleggen", Kind::afspraak,
     [](const ProbeInput& in) -> Built {
       return {json_object({{"id", in.fresh}, {"onderwerp", in.target}, {"plan", kPlaceholder}, {"do", kPlaceholder},
                            {"check", kPlaceholder}, {"act", kPlaceholder}}),
               {"/gegevens/plan", "/gegevens/do", "/gegevens/check", "/gegevens/act"}, nullptr};
     }},
};

// Commands with one variant per target value: a proposal's next state, an agreement's next phase.
struct VariantProbe {
  std::string_view opdracht;
  Kind target;
  std::string_view key;
  std::vector<std::string_view> values;
  bool (*applies)(const State&, Slot) = nullptr;
};

const std::array<VariantProbe, 2>& variant_probes() {
  static const std::array<VariantProbe, 2> probes = {
      VariantProbe{"gebruik.voorstel-beoordelen", Kind::gebruik, "status",
                   {kVoorstelStatuses.names.begin(), kVoorstelStatuses.names.end()}, is_proposal},
      VariantProbe{"afspraak.fase-wijzigen", Kind::afspraak, "fase", {"delen", "overeenkomen", "uitvoeren", "afgerond"}},
  };
  return probes;
}

bool under(std::string_view pad, const std::vector<std::string>& placeholders) {
  for (const std::string& prefix : placeholders)
    if (pad == prefix || (pad.size() > prefix.size() && pad.compare(0, prefix.size(), prefix) == 0 && pad[prefix.size()] == '/'))
      return true;
  return false;
}

std::string fresh_id(const State& state, std::string_view base) {
  std::string id(base);
  while (state.slot(id)) id += '~';
  return id;
}

// Evaluates one probe and describes the verdict.
void write_verdict(JsonWriter& out, Ctx& c, const CommandEntry& entry, const Built& built, const Json& actor, const std::string& tijdstip) {
  Json command = json_object({{"opdracht", entry.name}, {"actor", actor}, {"tijdstip", tijdstip}, {"gegevens", built.gegevens}});
  const Decision decision = evaluate(c.state, c.options, entry, command);
  std::vector<Melding> blocking;
  for (const Melding& melding : decision.meldingen)
    // A placeholder only excuses findings of the last stage: a shape problem would have stopped
    // evaluation before authority was judged, so it can never count as allowed.
    if (melding.severity() == Ernst::fout && !(melding.stage == Stage::rules && under(melding.pad, built.placeholders)))
      blocking.push_back(melding);
  out.open_object().text("opdracht", entry.name);
  if (!built.variant.is_null()) out.key("met").json(built.variant);
  out.flag("toegestaan", blocking.empty()).key("meldingen");
  write_meldingen(out, blocking, c.options.taal);
  out.close_object();
}

}  // namespace

void toegestane_opdrachten(Ctx& c, JsonWriter& out) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto object = g.id("object", Need::optional);
  std::optional<Slot> target;
  if (object) {
    target = c.state.slot(object->text);
    if (!target) {
      c.report("INVOER-003", object->pad, {object->pad, object->text});
      return;
    }
  }
  Json actor_json = Json::object();
  if (c.actor().organisatie) actor_json["organisatie"] = *c.actor().organisatie;
  Json roles = Json::array();
  for (std::size_t i = 0; i < kRollen.names.size(); ++i)
    if (contains(c.actor().rollen, static_cast<Rol>(i))) roles.push_back(kRollen.names[i]);
  actor_json["rollen"] = roles;
  const std::string tijdstip = c.command.tijdstip ? c.command.tijdstip_text : kLatest;

  const ProbeInput input{c.state, object ? std::string(object->text) : std::string(),
                         c.actor().organisatie.value_or(""), fresh_id(c.state, "~nieuw"), fresh_id(c.state, "~invullen")};
  if (object) out.text("object", object->text).text("soort", kind_name(target->kind));
  out.key("opdrachten").open_array();
  for (const Probe& probe : kProbes) {
    if (target ? probe.target != target->kind : probe.target.has_value()) continue;
    if (probe.applies && !probe.applies(c.state, *target)) continue;
    const CommandEntry* entry = find_command(probe.opdracht);
    if (!entry) continue;  // a command this build does not know
    write_verdict(out, c, *entry, probe.build(input), actor_json, tijdstip);
  }
  for (const VariantProbe& probe : variant_probes()) {
    const CommandEntry* entry = find_command(probe.opdracht);
    if (!target || target->kind != probe.target || !entry) continue;
    if (probe.applies && !probe.applies(c.state, *target)) continue;
    for (std::string_view value : probe.values) {
      Built built{json_object({{"id", input.target}, {probe.key, value}}), {}, json_object({{probe.key, value}})};
      write_verdict(out, c, *entry, built, actor_json, tijdstip);
    }
  }

  out.close_array();
}

}  // namespace samen::queries

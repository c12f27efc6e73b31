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
#include "json/compact_writer.hpp"
#include "json/release.hpp"
#include "json/unique_keys.hpp"

namespace samen::queries {
namespace {

// Judged without a tijdstip, time-dependent rules see the state as it is now: after everything.
constexpr const char* kLatest = "9999-12-31T23:59:59Z";

// What a probe's gegevens are filled in with: `$name` in a template stands for a JSON string.
struct ProbeInput {
  const State& state;
  std::string target;       // $id: the object's id; empty for commands on no object
  std::string actor;        // the actor's organisation; empty when none
  std::string fresh;        // $new: an id no object has, for the object a command would create
  std::string fresh_other;  // $other: a second one

  std::string_view value(std::string_view name) const {
    if (name == "id") return target;
    if (name == "new") return fresh;
    if (name == "other") return fresh_other;
    // $self: the actor's organisation, or a new one; $own: the actor's organisation, or a form
    // field to fill in (the probe's placeholders name it with a '?').
    if (name == "self") return actor.empty() ? fresh : actor;
    if (name == "own") return actor.empty() ? fresh_other : actor;
    // The name and type of the aanvraag an organisation is registered from.
    const Aanvraag* aanvraag = state.get<Aanvraag>(state.find_id(target).value_or(Id{}));
    if (name == "naam") return aanvraag ? aanvraag->naam : std::string_view();
    return aanvraag && aanvraag->type ? kOrgTypes.name(*aanvraag->type) : std::string_view("…");
  }
};

bool is_collective_object(const State& state, Slot slot) {
  const Organisatie& organisation = state.at<Organisatie>(slot.index);
  return organisation.type && is_collective(*organisation.type);
}

bool is_proposal(const State& state, Slot slot) { return state.at<Gebruik>(slot.index).voorstel.has_value(); }

// A candidate command. Its gegevens are a template (data rather than code: the module carries
// text, which compresses, instead of the code that would build each object); "…" marks a form
// field the user would fill in.
struct Probe {
  std::string_view opdracht;
  std::optional<Kind> target;  // nullopt: a command on no existing object
  std::string_view gegevens;
  // JSON Pointers under /gegevens of the form fields still to be filled in, separated by
  // spaces; with a '?' only when the actor has no organisation of its own ($own).
  std::string_view placeholders = {};
  std::string_view variant = {};  // what distinguishes variants of one command, as JSON text
  // Whether the command can act on this object at all (its object must be a collective, a
  // proposal, ...); null: on every object of the kind.
  bool (*applies)(const State&, Slot) = nullptr;
};

constexpr std::string_view kById = R"({"id":$id,"toelichting":"…"})";
constexpr std::string_view kPlainId = R"({"id":$id})";

const Probe kProbes[] = {
    // On no object.
    {"aanvraag.indienen", std::nullopt,
     R"({"id":$new,"naam":"…","type":"Samenwerking","doel":"…","contactpersoon":{"naam":"…","e-mailadres":"invullen@voorbeeld.nl"},)"
     R"("grondslag":"…","samenwerkingtype":"DVO"})",
     "naam type doel contactpersoon grondslag samenwerkingtype"},
    {"organisatie.registreren", std::nullopt, R"({"organisatie":{"id":$new,"naam":"…","type":"Gemeente"}})", "organisatie/naam",
     R"({"type":"Gemeente"})"},
    {"organisatie.registreren", std::nullopt, R"({"organisatie":{"id":$self,"naam":"…","type":"Leverancier"}})",
     "organisatie/naam organisatie/id", R"({"type":"Leverancier"})"},
    // On an organisation.
    {"organisatie.wijzigen", Kind::organisatie, kById, "toelichting"},
    {"organisatie.activeren", Kind::organisatie, kPlainId},
    {"organisatie.deactiveren", Kind::organisatie, kPlainId},
    {"contactpersoon.registreren", Kind::organisatie,
     R"({"id":$new,"organisatie":$id,"e-mailadres":"invullen@voorbeeld.nl","rollen":["gebruik-beheerder"]})", "e-mailadres rollen"},
    {"lidmaatschap.aangeven", Kind::organisatie, R"({"id":$new,"samenwerking":$id,"lid":$own})", "?lid", {}, is_collective_object},
    {"module.registreren", Kind::organisatie, R"({"id":$new,"naam":"…","aanbieder":$id})", "naam"},
    {"dienst.registreren", Kind::organisatie, R"({"id":$new,"naam":"…","type":"Hosting","aanbieder":$id})", "naam type"},
    {"gebruik.registreren", Kind::organisatie, R"({"id":$new,"afnemer":$id,"module":$other,"status":"In productie"})", "module status"},
    {"koppeling.registreren", Kind::organisatie,
     R"({"id":$new,"eigenaar":$id,"moduleA":$other,"moduleB":$other,"gegevensuitwisselingRichting":"AnaarB"})",
     "moduleA moduleB gegevensuitwisselingRichting naam"},
    {"afspraak.vastleggen", Kind::organisatie, R"({"id":$new,"samenwerking":$id,"partnermodel":"samen-sterk"})",
     "partnermodel partner", {}, is_collective_object},
    {"evaluatie.vastleggen", Kind::organisatie, R"({"id":$new,"onderwerp":$id,"plan":"…","do":"…","check":"…","act":"…"})",
     "plan do check act", {}, is_collective_object},
    // On an admission request.
    {"aanvraag.beoordelen", Kind::aanvraag, R"({"id":$id,"besluit":"goedgekeurd"})", "besluit motivering"},
    {"organisatie.registreren", Kind::aanvraag,
     R"({"organisatie":{"id":$new,"naam":$naam,"type":$type},"aanvraag":$id,)"
     R"("eersteBeheerder":{"id":$other,"e-mailadres":"invullen@voorbeeld.nl","rollen":["gebruik-beheerder"]}})",
     "eersteBeheerder organisatie/samenwerkingtype"},
    // On a membership.
    {"lidmaatschap.bevestigen", Kind::lidmaatschap, kPlainId},
    {"lidmaatschap.afwijzen", Kind::lidmaatschap, kPlainId},
    {"lidmaatschap.beeindigen", Kind::lidmaatschap, kPlainId},
    // On a module or dienst.
    {"module.verwijderen", Kind::module, kPlainId},
    {"gebruik.registreren", Kind::module, R"({"id":$new,"module":$id,"status":"In productie","afnemer":$own})", "status ?afnemer"},
    {"gebruik.voorstellen", Kind::module, R"({"id":$new,"afnemer":$other,"module":$id})", "afnemer"},
    {"dienst.verwijderen", Kind::dienst, kPlainId},
    // On a usage registration.
    {"gebruik.wijzigen", Kind::gebruik, kById, "toelichting"},
    // On a koppeling.
    {"koppeling.wijzigen", Kind::koppeling, kById, "toelichting"},
    // On an agreement.
    {"afspraak.wijzigen", Kind::afspraak, kById, "toelichting"},
    {"afspraak.beeindigen", Kind::afspraak, kPlainId},
    {"evaluatie.vastleggen", Kind::afspraak, R"({"id":$new,"onderwerp":$id,"plan":"…","do":"…","check":"…","act":"…"})",
     "plan do check act"},
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

// A probe ready to evaluate: the command's text and what its verdict excuses and shows.
struct Built {
  std::string gegevens;                   // JSON text
  std::vector<std::string> placeholders;  // JSON Pointers of form fields still to be filled in
  std::string_view variant;               // JSON text, or empty
};

Built build(const Probe& probe, const ProbeInput& in) {
  Built built{{}, {}, probe.variant};
  const std::string_view tmpl = probe.gegevens;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '$') {
      built.gegevens += tmpl[i];
      continue;
    }
    std::size_t end = i + 1;
    while (end < tmpl.size() && tmpl[end] >= 'a' && tmpl[end] <= 'z') ++end;
    append_quoted(built.gegevens, in.value(tmpl.substr(i + 1, end - i - 1)));
    i = end - 1;
  }
  for (std::string_view rest = probe.placeholders; !rest.empty();) {
    const std::size_t space = rest.find(' ');
    std::string_view pointer = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (pointer.starts_with('?')) {
      if (!in.actor.empty()) continue;
      pointer.remove_prefix(1);
    }
    built.placeholders.push_back("/gegevens/" + std::string(pointer));
  }
  return built;
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

// Evaluates one probe and describes the verdict. `head` is the command's text up to its
// gegevens (opdracht, actor, tijdstip).
void write_verdict(JsonWriter& out, Ctx& c, const CommandEntry& entry, const Built& built, std::string_view head) {
  std::string text(head);
  text += built.gegevens;
  text += '}';
  Json command;
  const ReleaseOnExit release_command(command);
  if (parse_unique_keys(text, command)) return;  // not reached: the templates are valid JSON
  const Decision decision = evaluate(c.state, c.options, entry, command);
  std::vector<Melding> blocking;
  for (const Melding& melding : decision.meldingen)
    // A placeholder only excuses findings of the last stage: a shape problem would have stopped
    // evaluation before authority was judged, so it can never count as allowed.
    if (melding.severity() == Ernst::fout && !(melding.stage == Stage::rules && under(melding.pad, built.placeholders)))
      blocking.push_back(melding);
  out.open_object().text("opdracht", entry.name);
  if (!built.variant.empty()) out.key("met").raw(built.variant);
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
  const ProbeInput input{c.state, object ? std::string(object->text) : std::string(),
                         c.actor().organisatie.value_or(""), fresh_id(c.state, "~nieuw"), fresh_id(c.state, "~invullen")};
  // The probes' commands up to their gegevens, but for the opdracht: the actor and tijdstip of the query.
  JsonWriter rest;
  rest.key("actor").open_object();
  if (c.actor().organisatie) rest.text("organisatie", *c.actor().organisatie);
  rest.key("rollen").open_array();
  for (std::size_t i = 0; i < kRollen.names.size(); ++i)
    if (contains(c.actor().rollen, static_cast<Rol>(i))) rest.string(kRollen.names[i]);
  rest.close_array().close_object().text("tijdstip", c.command.tijdstip ? std::string_view(c.command.tijdstip_text) : kLatest);
  rest.key("gegevens");
  const auto head = [&](const CommandEntry& entry) {
    JsonWriter text;
    text.open_object().text("opdracht", entry.name).raw(rest.view());
    return text.str();
  };

  if (object) out.text("object", object->text).text("soort", kind_name(target->kind));
  out.key("opdrachten").open_array();
  for (const Probe& probe : kProbes) {
    if (target ? probe.target != target->kind : probe.target.has_value()) continue;
    if (probe.applies && !probe.applies(c.state, *target)) continue;
    const CommandEntry* entry = find_command(probe.opdracht);
    if (!entry) continue;  // a command this build does not know
    write_verdict(out, c, *entry, build(probe, input), head(*entry));
  }
  for (const VariantProbe& probe : variant_probes()) {
    const CommandEntry* entry = find_command(probe.opdracht);
    if (!target || target->kind != probe.target || !entry) continue;
    if (probe.applies && !probe.applies(c.state, *target)) continue;
    for (std::string_view value : probe.values) {
      JsonWriter variant;
      variant.open_object().text(probe.key, value).close_object();
      JsonWriter gegevens;
      gegevens.open_object().text("id", input.target).text(probe.key, value).close_object();
      write_verdict(out, c, *entry, Built{gegevens.str(), {}, variant.view()}, head(*entry));
    }
  }
  out.close_array();
}

}  // namespace samen::queries

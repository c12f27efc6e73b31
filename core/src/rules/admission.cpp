// Admission: aanvraag.indienen, aanvraag.beoordelen and the collective path of
// organisatie.registreren (spec §4.1, §7 "Admission").
#include "rules/admission.hpp"

#include <algorithm>
#include <array>

#include "eval/authority.hpp"
#include "model/indexes.hpp"
#include "model/text.hpp"
#include "rules/common.hpp"
#include "rules/organisations.hpp"

namespace samen::rules {
namespace {

// What the engine writes on an aanvraag: the submitter cannot bring them.
constexpr std::array<std::string_view, 5> kEngineFields = {"status", "ingediendOp", "beoordeeldOp", "motivering",
                                                           "organisatie"};

enum class Besluit : std::uint8_t { goedgekeurd, afgewezen };
inline constexpr Vocab<Besluit, 2> kBesluiten{{"goedgekeurd", "afgewezen"}};

bool open_answer(const Json* value) {
  if (!value || value->is_null()) return true;
  if (value->is_boolean()) return !value->get<bool>();
  if (value->is_string()) return value->get_ref<const std::string&>().empty();
  if (value->is_array()) return value->empty();
  return false;
}

const Json* member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}

// The type of an aanvraag: a Samenwerking or a Community (INVOER-002/waarde otherwise).
std::optional<OrgType> read_collective_type(Ctx& c, Fields& g) {
  const auto type = g.choice("type", kOrgTypes);
  if (!type || is_collective(*type)) return type;
  const std::string pad = g.pad("type");
  c.report("INVOER-002/waarde", pad, {pad, kOrgTypes.name(*type), "Samenwerking, Community"});
  return std::nullopt;
}

// Shape of the intake questions: each optional, each of its own type.
void read_intake(Fields& g) {
  g.ids("motieven");
  g.ids("beoogdeLeden");
  g.choice("vorm", kVormen, Need::optional);
  if (auto praktisch = g.object("praktisch", Need::optional)) {
    for (std::string_view key : {"tijd", "handen", "budget"}) praktisch->flag(key);
    praktisch->text("rolverdeling", Need::optional);
  }
  g.flag("draagvlak");
}

// AANV-001 for the aanvraag in the gegevens.
void aanv001_legal_basis(Ctx& c, std::optional<OrgType> type) {
  if (type != OrgType::Samenwerking) return;
  for (const std::string& missing : aanv001_missing(*c.command.gegevens)) c.report("AANV-001", "/gegevens" + missing);
}

// AANV-004 / AANV-005: the guide's questions the submitter left open, for the assessor.
void aanv004_intake(Ctx& c, const Json& aanvraag, std::optional<std::string_view> fixed_pad) {
  for (const IntakeGap& gap : intake_gaps(aanvraag))
    c.report(gap.code, fixed_pad.value_or("/gegevens" + gap.pad), {gap.question});
}

// ORG-001: the aanvraag is approved and unused, and of the collective's name and type.
void org001_from_approved_aanvraag(Ctx& c, const Aanvraag& aanvraag, const NewCollective& collective,
                                   const Fields& organisatie) {
  const std::string_view at = collective.aanvraag->pad;
  const std::string id(collective.aanvraag->text);
  if (aanvraag.status == AanvraagStatus::geregistreerd || c.state.get<Organisatie>(aanvraag.organisatie))
    c.report("ORG-001/gebruikt", at, {id});
  else if (aanvraag.status != AanvraagStatus::goedgekeurd)
    c.report("ORG-001/niet-goedgekeurd", at,
             {id, aanvraag.status ? kAanvraagStatuses.name(*aanvraag.status) : "?"});
  if (aanvraag.type != collective.type)
    c.report("ORG-001/type", organisatie.pad("type"),
             {id, aanvraag.type ? kOrgTypes.name(*aanvraag.type) : "?", kOrgTypes.name(collective.type)});
  const std::string naam(organisatie.raw("naam")->get_ref<const std::string&>());
  if (aanvraag_name_key(naam) != aanvraag_name_key(aanvraag.naam))
    c.report("ORG-001/naam", organisatie.pad("naam"), {naam, aanvraag.naam});
}

// The first beheerder: a contactpersoon of the new collective with a beheerder role.
void first_beheerder(Ctx& c, const NewContact& contact, const NewCollective& collective, const Fields& eerste) {
  c.require_new(contact.id);
  if (contact.id.text == collective.id.text) c.report("INVOER-004", contact.id.pad, {contact.id.text});
  const bool beheerder = std::any_of(contact.rollen.begin(), contact.rollen.end(),
                                     [](const RoleField& role) { return contains(kBeheerderRollen, role.rol); });
  if (!beheerder) c.report("INVOER-001/beheerder", eerste.pad("rollen"), {role_list(kBeheerderRollen)});
  if (const Json* organisatie = eerste.raw("organisatie"); organisatie && !is_text(*organisatie, collective.id.text))
    c.report("INVOER-002/eersteBeheerder", eerste.pad("organisatie"), {eerste.pad("organisatie"), collective.id.text});
}

}  // namespace

std::vector<IntakeGap> intake_gaps(const Json& aanvraag) {
  std::vector<IntakeGap> out;
  for (std::string_view key : {"motieven", "beoogdeLeden", "vorm"})
    if (open_answer(member(aanvraag, key))) out.push_back({"AANV-004", pointer_join("", key), std::string(key)});
  const Json* praktisch = member(aanvraag, "praktisch");
  if (!praktisch || praktisch->is_null() || praktisch->is_object()) {
    for (std::string_view key : {"tijd", "handen", "budget", "rolverdeling"}) {
      if (!open_answer(praktisch ? member(*praktisch, key) : nullptr)) continue;
      out.push_back({"AANV-004", pointer_join("/praktisch", key), "praktisch." + std::string(key)});
    }
  }
  if (open_answer(member(aanvraag, "draagvlak"))) out.push_back({"AANV-005", "/draagvlak", "draagvlak"});
  return out;
}

std::vector<std::string> aanv001_missing(const Json& aanvraag) {
  std::vector<std::string> out;
  for (std::string_view key : {"grondslag", "samenwerkingtype"}) {
    const Json* value = member(aanvraag, key);
    if (!value || value->is_null() || (value->is_string() && value->get_ref<const std::string&>().empty()))
      out.push_back(pointer_join("", key));
  }
  return out;
}

void aanvraag_indienen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  g.text("naam");
  const auto type = read_collective_type(c, g);
  g.text("doel");
  if (auto contact = g.object("contactpersoon")) {
    contact->text("naam");
    if (const auto email = contact->text("e-mailadres"); email && !looks_like_email(*email))
      c.report("INVOER-002/e-mailadres", contact->pad("e-mailadres"), {contact->pad("e-mailadres"), *email});
  }
  g.text("grondslag", Need::optional);
  read_intake(g);
  for (std::string_view key : kEngineFields)
    if (g.has(key)) c.report("INVOER-002/vast", g.pad(key), {g.pad(key)});
  if (c.blocked()) return;

  // Anyone may submit, a visitor too: there is no authority stage.
  c.stage(Stage::rules);
  c.require_new(*id);
  aanv001_legal_basis(c, type);
  if (const Json* value = g.raw("samenwerkingtype"); value && !is_text(*value, "")) org004_samenwerkingtype(c, type, g);  // "": AANV-001
  aanv004_intake(c, *c.command.gegevens, std::nullopt);
  require_actor_active(c);
  if (c.blocked()) return;

  Json& aanvraag = c.create(Kind::aanvraag, new_object(c));
  aanvraag["status"] = std::string(kAanvraagStatuses.name(AanvraagStatus::ingediend));
  aanvraag["ingediendOp"] = c.command.tijdstip_text;
}

void aanvraag_beoordelen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto besluit = g.choice("besluit", kBesluiten);
  const auto motivering = g.text("motivering", Need::optional);
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize_functioneel_beheerder(c)) return;

  c.stage(Stage::rules);
  const Aanvraag* aanvraag = c.resolve<Aanvraag>(*id);
  if (aanvraag && aanvraag->status != AanvraagStatus::ingediend)
    c.report("AANV-002", id->pad, {aanvraag->status ? kAanvraagStatuses.name(*aanvraag->status) : "?"});
  if (*besluit == Besluit::afgewezen && !motivering) c.report("AANV-003", g.pad("motivering"));
  // The assessor sees the questions the submitter left open.
  if (aanvraag && aanvraag->status == AanvraagStatus::ingediend) aanv004_intake(c, parse_stored(aanvraag->json), id->pad);
  require_actor_active(c);
  if (!aanvraag || c.blocked()) return;

  Json& decided = c.modify(*c.state.slot(aanvraag->id));
  decided["status"] = std::string(kBesluiten.name(*besluit));
  decided["beoordeeldOp"] = c.command.tijdstip_text;
  if (motivering) decided["motivering"] = std::string(*motivering);
}

void register_collective(Ctx& c, const NewCollective& collective, const Fields& organisatie) {
  // Shape: the first beheerder, where given (its absence is judged with the rules, after authority).
  Fields g(c, c.command.gegevens, "/gegevens");
  auto eerste = g.object("eersteBeheerder", Need::optional);
  const auto contact = eerste ? read_contact(c, *eerste) : std::nullopt;
  if (c.blocked()) return;

  // Authority (spec §7): a functioneel-beheerder, from an aanvraag; anyone else, or without one: ORG-001.
  c.stage(Stage::authority);
  if (!c.actor().functioneel_beheerder()) {
    c.report("ORG-001", organisatie.pad("type"));
    return;
  }
  if (!collective.aanvraag) {
    c.report("ORG-001/zonder", g.pad("aanvraag"));
    return;
  }

  c.stage(Stage::rules);
  c.require_new(collective.id);
  const Aanvraag* aanvraag = c.resolve<Aanvraag>(*collective.aanvraag);
  if (aanvraag) org001_from_approved_aanvraag(c, *aanvraag, collective, organisatie);
  org004_samenwerkingtype(c, collective.type, organisatie);
  if (!eerste) c.report("INVOER-001", g.pad("eersteBeheerder"), {g.pad("eersteBeheerder")});
  else if (contact) first_beheerder(c, *contact, collective, *eerste);
  require_actor_active(c);
  if (c.blocked()) return;

  Json object = *g.raw("organisatie");
  object["status"] = std::string(kOrgStatuses.name(OrgStatus::Actief));
  c.create(Kind::organisatie, std::move(object));
  Json person = *g.raw("eersteBeheerder");
  person["organisatie"] = std::string(collective.id.text);
  c.create(Kind::contactpersoon, std::move(person));
  Json& registered = c.modify(*c.state.slot(aanvraag->id));
  registered["status"] = std::string(kAanvraagStatuses.name(AanvraagStatus::geregistreerd));
  registered["organisatie"] = std::string(collective.id.text);
}

}  // namespace samen::rules

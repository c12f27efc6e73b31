// Organisations (journey phases 0 and 1; spec §4.1, §7): registering an organisation, changing
// its data, activating and deactivating it, adding contactpersonen. Rules ORG-002 ... ORG-004.
// Samenwerkingen and Communities are admitted through an aanvraag: their path of
// organisatie.registreren, with ORG-001, is in rules/admission.cpp.
#include "rules/organisations.hpp"

#include <algorithm>
#include <array>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/text.hpp"
#include "rules/admission.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"

namespace samen::rules {
namespace {

// Fields the engine keeps itself: `status` (organisatie.activeren/deactiveren) and the register's
// membership links (kept in step with the memberships by lidmaatschap.*).
constexpr std::array<std::string_view, 3> kEngineFields = {"status", "deelnemers", "deelnames"};

// Roles only VNG grants: otherwise any beheerder could make someone a functioneel-beheerder.
constexpr RolSet kVngRollen = bit(Rol::functioneel_beheerder) | bit(Rol::vng_raadpleger);

// A field of the gegevens as given, null included (Fields reads null as absent).
const Json* given(const Json* object, std::string_view key) {
  if (!object || !object->is_object()) return nullptr;
  const auto found = object->find(key);
  return found == object->end() ? nullptr : &*found;
}

// The roles of a contactpersoon: a non-empty list of known roles, each once. Compared
// case-insensitively: the register stores "Aanbod-beheerder".
std::optional<std::vector<RoleField>> read_roles(Ctx& c, const Fields& f, std::string_view key) {
  const std::string list_pad = f.pad(key);
  const Json* list = f.raw(key);
  if (!list || (list->is_array() && list->empty())) {
    c.report("INVOER-001", list_pad, {list_pad});
    return std::nullopt;
  }
  if (!list->is_array()) {
    c.report("INVOER-002/lijst", list_pad, {list_pad});
    return std::nullopt;
  }
  std::vector<RoleField> out;
  RolSet seen = 0;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string at = pointer_join(list_pad, i);
    const auto rol = item.is_string() ? parse_rol(item.get_ref<const std::string&>()) : std::nullopt;
    if (!rol) c.report("INVOER-002/rol", at, {at, item.is_string() ? item.get<std::string>() : dump(item)});
    else if (contains(seen, *rol)) c.report("INVOER-002/dubbel", at, {list_pad, item.get<std::string>()});
    else out.push_back(RoleField{*rol, at});
    if (rol) seen |= bit(*rol);
  }
  if (out.size() != list->size()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<NewContact> read_contact(Ctx& c, Fields& f) {
  const auto id = f.id("id");
  if (const auto email = f.text("e-mailadres"); email && !looks_like_email(*email))
    c.report("INVOER-002/e-mailadres", f.pad("e-mailadres"), {f.pad("e-mailadres"), *email});
  auto rollen = read_roles(c, f, "rollen");
  if (!id || !rollen) return std::nullopt;
  return NewContact{*id, std::move(*rollen)};
}

namespace {

// AUTH-003: only a functioneel-beheerder grants the roles of VNG.
bool auth003_vng_roles(Ctx& c, const std::vector<RoleField>& rollen) {
  if (c.actor().functioneel_beheerder()) return true;
  bool allowed = true;
  for (const RoleField& role : rollen) {
    if (!contains(kVngRollen, role.rol)) continue;
    c.report("AUTH-003/rol", role.pad, {kRollen.name(role.rol)});
    allowed = false;
  }
  return allowed;
}

// ORG-002: an organisation's type never changes (given again with its current value is no change).
void org002_type_unchanged(Ctx& c, const Json& current, const Fields& g) {
  const Json* type = given(c.command.gegevens, "type");
  if (!type) return;
  const auto found = current.find("type");
  if (found != current.end() && *found == *type) return;
  c.report("ORG-002", g.pad("type"));
}

// An organisation's name may be changed, not removed.
void naam_kept(Ctx& c, Fields& g) {
  const Json* naam = given(c.command.gegevens, "naam");
  if (naam && naam->is_null()) c.report("INVOER-001", g.pad("naam"), {g.pad("naam")});
  else if (naam) g.text("naam");
}

// A Leverancier registers itself: a visitor, or an actor already acting for the new id.
// Acting for another organisation is AUTH-002.
bool authorize_self_registration(Ctx& c, const IdField& id) {
  const Actor& actor = c.actor();
  if (actor.functioneel_beheerder() || !actor.organisatie || actor.acts_for(id.text)) return true;
  c.report("AUTH-002", "/actor/organisatie", {c.label(*actor.organisatie), id.text});
  return false;
}

// organisatie.activeren and organisatie.deactiveren: VNG's verdict on an organisation.
void set_status(Ctx& c, OrgStatus status) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize_functioneel_beheerder(c)) return;

  c.stage(Stage::rules);
  const Organisatie* organisation = c.resolve<Organisatie>(*id);
  require_actor_active(c);
  if (!organisation || c.blocked()) return;
  if (organisation->status == status) return;  // already so: allowed, nothing changes
  c.modify(*c.state.slot(organisation->id))["status"] = std::string(kOrgStatuses.name(status));
}

}  // namespace

// ORG-004: samenwerkingtype only for a Samenwerking, and one of the register's values.
void org004_samenwerkingtype(Ctx& c, std::optional<OrgType> type, const Fields& f) {
  const Json* value = f.raw("samenwerkingtype");
  if (!value) return;
  const std::string pad = f.pad("samenwerkingtype");
  if (type != OrgType::Samenwerking) {
    c.report("ORG-004/type", pad, {type ? kOrgTypes.name(*type) : "?"});
    return;
  }
  if (value->is_string() && kSamenwerkingtypen.parse(value->get_ref<const std::string&>()).has_value()) return;
  c.report("ORG-004", pad, {kSamenwerkingtypen.joined()});
}

void organisatie_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  auto organisatie = g.object("organisatie");
  const auto aanvraag = g.id("aanvraag", Need::optional);
  g.object("eersteBeheerder", Need::optional);
  if (!organisatie) return;
  const auto id = organisatie->id("id");
  organisatie->text("naam");
  const auto type = organisatie->choice("type", kOrgTypes);
  organisatie->flag("winstoogmerk");
  if (const Json* given_object = g.raw("organisatie"))
    refuse_fixed_changes(c, *given_object, organisatie->pad(), kEngineFields, Json::object());
  if (type && !is_collective(*type))
    for (std::string_view key : {"aanvraag", "eersteBeheerder"})
      if (g.has(key)) c.report("INVOER-002/collectief", g.pad(key), {g.pad(key), kOrgTypes.name(*type)});
  if (c.blocked()) return;
  if (is_collective(*type)) return register_collective(c, NewCollective{*id, *type, aanvraag}, *organisatie);

  c.stage(Stage::authority);
  if (*type == OrgType::Gemeente && !authorize_functioneel_beheerder(c)) return;
  if (*type == OrgType::Leverancier && !authorize_self_registration(c, *id)) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  org004_samenwerkingtype(c, *type, *organisatie);
  require_actor_active(c);
  if (c.blocked()) return;

  // A self-registered Leverancier waits for VNG's approval (organisatie.activeren).
  Json object = *g.raw("organisatie");
  object["status"] = std::string(kOrgStatuses.name(c.actor().functioneel_beheerder() ? OrgStatus::Actief : OrgStatus::Concept));
  c.create(Kind::organisatie, std::move(object));
}

void organisatie_wijzigen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  naam_kept(c, g);
  g.flag("winstoogmerk");
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {id->text}, {kOrganisatieBeheerRollen})) return;

  c.stage(Stage::rules);
  const Organisatie* organisation = c.resolve<Organisatie>(*id);
  require_actor_active(c);
  if (!organisation) return;
  const Slot slot = *c.state.slot(organisation->id);
  const Json current = c.current(slot);
  org002_type_unchanged(c, current, g);
  refuse_fixed_changes(c, kEngineFields, current);
  org004_samenwerkingtype(c, organisation->type, g);
  if (c.blocked()) return;

  apply_changes(c, slot);
}

void organisatie_activeren(Ctx& c) { set_status(c, OrgStatus::Actief); }

void organisatie_deactiveren(Ctx& c) { set_status(c, OrgStatus::Deactief); }

void contactpersoon_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto contact = read_contact(c, g);
  const auto organisatie = g.id("organisatie");
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {organisatie->text}, {kOrganisatieBeheerRollen})) return;
  if (!auth003_vng_roles(c, contact->rollen)) return;

  c.stage(Stage::rules);
  c.require_new(contact->id);
  c.resolve<Organisatie>(*organisatie);
  require_actor_active(c);
  if (c.blocked()) return;
  c.create(Kind::contactpersoon, new_object(c));
}

}  // namespace samen::rules

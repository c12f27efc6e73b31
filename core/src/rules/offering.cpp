// Offering (journey phase 3.1; spec §4.3, §7), the dual role: Leveranciers and collectives
// register modules and diensten, and remove them while nobody uses them. Rules AANB-001 ... AANB-003.
#include "rules/offering.hpp"

#include <algorithm>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/id_set.hpp"
#include "model/indexes.hpp"
#include "rules/common.hpp"

namespace samen::rules {
namespace {

// The aanbieder decides who may act (offering_roles), so it is resolved in the shape stage;
// then its beheerders are the ones who may. Null when evaluation stops.
const Organisatie* authorized_aanbieder(Ctx& c, const std::optional<IdField>& aanbieder) {
  if (c.blocked()) return nullptr;
  const Organisatie* organisation = c.resolve<Organisatie>(*aanbieder);
  if (!organisation) return nullptr;
  c.stage(Stage::authority);
  if (!authorize(c, {aanbieder->text}, {offering_roles(organisation->type)})) return nullptr;
  c.stage(Stage::rules);
  return organisation;
}

// The module or dienst named by gegevens.id: its aanbieder decides who may remove it. Null when
// evaluation stops.
template <class Offered>
const Offered* authorized_removal(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  if (c.blocked()) return nullptr;
  const Offered* offered = c.resolve<Offered>(*id);
  if (!offered) return nullptr;
  const Organisatie* aanbieder = c.state.get<Organisatie>(offered->aanbieder);
  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(offered->aanbieder)}, {offering_roles(aanbieder ? aanbieder->type : std::nullopt)}))
    return nullptr;
  c.stage(Stage::rules);
  return offered;
}

// AANB-001: only organisations of the policy's aanbiederTypen offer.
void aanb001_may_offer(Ctx& c, const Organisatie& aanbieder, std::string_view pad) {
  if (aanbieder.type && contains(c.beleid.aanbieder_typen, *aanbieder.type)) return;
  c.report("AANB-001", pad, {aanbieder.type ? kOrgTypes.name(*aanbieder.type) : "?"});
}

// AANB-003: one module per name (case-insensitive, trimmed) per aanbieder.
void aanb003_unique_module_name(Ctx& c, const Organisatie& aanbieder, std::string_view naam, std::string_view pad) {
  const auto same = first_module_named(c.state, aanbieder.id, naam);
  if (!same) return;
  const Module& existing = c.state.at<Module>(*same);
  c.report("AANB-003", pad, {c.label(aanbieder.id), existing.naam, c.state.name(existing.id)});
}

// "label, label, …", each once, in the order found (index order: export order).
std::string labels(const Ctx& c, const std::vector<Id>& ids) {
  IdSet seen;
  std::string out;
  for (Id id : ids) {
    if (!seen.insert(id)) continue;
    if (!out.empty()) out += ", ";
    out += c.label(id);
  }
  return out;
}

// AANB-002 for one kind of user: the offered object and who uses it.
void report_users(Ctx& c, std::string key, Id offered, const std::vector<Id>& users) {
  if (!users.empty()) c.report(std::move(key), "/gegevens/id", {c.label(offered), labels(c, users)});
}

// Who uses a usage: its afnemer (the usage itself when the afnemer is missing).
Id user_of(const Gebruik& usage) { return usage.afnemer ? usage.afnemer : usage.id; }

// AANB-002: a module is in use while a live usage, a koppeling that is not teruggetrokken, or a
// dienst refers to it.
void aanb002_module_unused(Ctx& c, const Module& module) {
  std::vector<Id> afnemers, koppelingen, diensten;
  for (std::uint32_t index : c.state.index.usage_by_module.get(module.id))
    if (const Gebruik& usage = c.state.at<Gebruik>(index); usage.live()) afnemers.push_back(user_of(usage));
  for (std::uint32_t index : c.state.index.koppelingen_by_module.get(module.id))
    if (const Koppeling& k = c.state.at<Koppeling>(index); k.status != KoppelingStatus::teruggetrokken)
      koppelingen.push_back(k.id);
  for (std::uint32_t index : c.state.index.diensten_by_module.get(module.id))
    diensten.push_back(c.state.at<Dienst>(index).id);
  report_users(c, "AANB-002", module.id, afnemers);
  report_users(c, "AANB-002/koppeling", module.id, koppelingen);
  report_users(c, "AANB-002/dienst", module.id, diensten);
}

// AANB-002: a dienst is in use while a live usage lists it.
void aanb002_dienst_unused(Ctx& c, const Dienst& dienst) {
  std::vector<Id> afnemers;
  for (std::uint32_t index : c.state.index.usage_by_dienst.get(dienst.id))
    if (const Gebruik& usage = c.state.at<Gebruik>(index); usage.live()) afnemers.push_back(user_of(usage));
  report_users(c, "AANB-002", dienst.id, afnemers);
}

// The modules a dienst covers: existing modules (of any aanbieder), each once.
void modules_exist(Ctx& c, const std::vector<IdField>& modules, const std::string& list_pad) {
  for (std::size_t i = 0; i < modules.size(); ++i) {
    const auto earlier = std::find_if(modules.begin(), modules.begin() + static_cast<std::ptrdiff_t>(i),
                                      [&](const IdField& m) { return m.text == modules[i].text; });
    if (earlier != modules.begin() + static_cast<std::ptrdiff_t>(i))
      c.report("INVOER-002/dubbel", modules[i].pad, {list_pad, modules[i].text});
    else
      c.resolve<Module>(modules[i]);
  }
}

// ORG-003 for an offering: the aanbieder and the actor's own organisation are Actief.
void offering_parties_active(Ctx& c, const Organisatie* aanbieder, std::string_view pad) {
  require_active(c, aanbieder, pad);
  require_actor_active(c, {aanbieder});
}

// A new module or dienst, after its own rules: the aanbieder may offer (AANB-001) and is Actief.
void create_offered(Ctx& c, Kind kind, const Organisatie& aanbieder, const IdField& aanbieder_field) {
  aanb001_may_offer(c, aanbieder, aanbieder_field.pad);
  offering_parties_active(c, &aanbieder, aanbieder_field.pad);
  if (c.blocked()) return;
  c.create(kind, new_object(c));
}

// Removal, once every rule passed: "actie": "verwijderen" in wijzigingen.
template <class Offered>
void remove_offered(Ctx& c, const Offered& offered) {
  offering_parties_active(c, c.state.get<Organisatie>(offered.aanbieder), "/gegevens/id");
  if (c.blocked()) return;
  c.remove(*c.state.slot(offered.id));
}

}  // namespace

void module_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto naam = g.text("naam");
  const auto aanbieder_id = g.id("aanbieder");
  const Organisatie* aanbieder = authorized_aanbieder(c, aanbieder_id);
  if (!aanbieder) return;

  c.require_new(*id);
  aanb003_unique_module_name(c, *aanbieder, *naam, g.pad("naam"));
  create_offered(c, Kind::module, *aanbieder, *aanbieder_id);
}

void module_verwijderen(Ctx& c) {
  const Module* module = authorized_removal<Module>(c);
  if (!module) return;
  aanb002_module_unused(c, *module);
  remove_offered(c, *module);
}

void dienst_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  g.text("naam");
  g.choice("type", kDienstTypen);
  const auto modules = g.ids("modules");
  const auto aanbieder_id = g.id("aanbieder");
  const Organisatie* aanbieder = authorized_aanbieder(c, aanbieder_id);
  if (!aanbieder) return;

  c.require_new(*id);
  if (modules) modules_exist(c, *modules, g.pad("modules"));
  create_offered(c, Kind::dienst, *aanbieder, *aanbieder_id);
}

void dienst_verwijderen(Ctx& c) {
  const Dienst* dienst = authorized_removal<Dienst>(c);
  if (!dienst) return;
  aanb002_dienst_unused(c, *dienst);
  remove_offered(c, *dienst);
}

}  // namespace samen::rules

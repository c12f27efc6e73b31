// Supplier-proposed usage (journey phase 3.2; spec §4.4, §7): the aanbieder of a module proposes
// usage of it to a customer (a gebruik with `voorstel: {door, status}`), the customer approves or
// rejects, and the proposal then moves along its transition table, each step taken by the side
// it belongs to. Rule GEBR-006, with GEBR-001 and GEBR-002 shared with registered usage.
#include "rules/proposals.hpp"

#include <array>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "json/object.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"
#include "rules/usage.hpp"

namespace samen::rules {
namespace {

using enum VoorstelStatus;

// The proposal's transition table (spec §4.4).
struct Transition {
  VoorstelStatus from;
  VoorstelStatus to;
};
constexpr std::array<Transition, 10> kTransitions = {{
    {aangevraagd, goedgekeurd}, {aangevraagd, afgewezen},
    {goedgekeurd, actief},      {goedgekeurd, ingetrokken},
    {actief, inactief},         {actief, ingetrokken},
    {inactief, actief},         {inactief, ingetrokken},
    {afgewezen, aangevraagd},   {ingetrokken, aangevraagd},
}};

bool allowed_transition(VoorstelStatus from, VoorstelStatus to) {
  for (const Transition& t : kTransitions)
    if (t.from == from && t.to == to) return true;
  return false;
}

// Who takes the step to a state (spec §7): the customer decides, the supplier proposes and
// withdraws, either (de)activates.
enum class Side : std::uint8_t { afnemer, aanbieder, beide };

Side side_for(VoorstelStatus to) {
  if (to == goedgekeurd || to == afgewezen) return Side::afnemer;
  if (to == aangevraagd || to == ingetrokken) return Side::aanbieder;
  return Side::beide;
}

// Rejecting and withdrawing end a proposal; like ending a membership, they stay possible when
// an organisation involved is no longer Actief (spec §7, ORG-003).
bool ends(VoorstelStatus to) { return to == afgewezen || to == ingetrokken; }

std::string status_name(std::optional<VoorstelStatus> status) {
  return status ? std::string(kVoorstelStatuses.name(*status)) : std::string("?");
}

// The proposing organisation: `voorstel.door`, or the module's aanbieder for a stored proposal
// that does not name it.
Id proposer(const State& state, const Gebruik& usage) {
  if (usage.voorstel && usage.voorstel->door) return usage.voorstel->door;
  const Module* module = state.get<Module>(usage.module);
  return module ? module->aanbieder : Id{};
}

// Stage 2 for a transition: a beheerder of the side it belongs to; the wrong side is GEBR-006/kant.
bool authorize_side(Ctx& c, const Gebruik& usage, VoorstelStatus to) {
  const std::string_view afnemer = c.state.name(usage.afnemer);
  const std::string_view aanbieder = c.state.name(proposer(c.state, usage));
  const Authority authority{kBeheerderRollen, "GEBR-006/kant", "/gegevens/status"};
  switch (side_for(to)) {
    case Side::afnemer: return authorize(c, {afnemer}, authority);
    case Side::aanbieder: return authorize(c, {aanbieder}, authority);
    case Side::beide: break;
  }
  return authorize(c, {afnemer, aanbieder}, authority);
}

// GEBR-006/overgang: only the steps of the transition table.
void gebr006_transition(Ctx& c, std::optional<VoorstelStatus> from, VoorstelStatus to) {
  if (from && allowed_transition(*from, to)) return;
  c.report("GEBR-006/overgang", "/gegevens/status", {status_name(from), status_name(to)});
}

}  // namespace

void gebruik_voorstellen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto afnemer_id = g.id("afnemer");
  const auto module_id = g.id("module");
  g.choice("status", kGebruikStatuses, Need::optional);
  const auto deelnemers = g.ids("deelnemers");
  const auto diensten = g.ids("diensten");
  // The engine writes `voorstel`; the members it is for are the customer's to list afterwards.
  if (c.command.gegevens) {
    constexpr std::array<std::string_view, 1> kEngineFields = {"voorstel"};
    refuse_fixed_changes(c, kEngineFields, Json::object());
  }
  if (deelnemers && !deelnemers->empty()) c.report("INVOER-002/vast", g.pad("deelnemers"), {g.pad("deelnemers")});
  // The module's aanbieder decides who may act, so the module must exist before authority.
  const Module* module = module_id ? c.resolve<Module>(*module_id) : nullptr;
  if (c.blocked() || !module) return;

  const Organisatie* aanbieder = c.state.get<Organisatie>(module->aanbieder);
  c.stage(Stage::authority);
  // Spec §7: the module aanbieder's aanbod-beheerder, whatever the aanbieder's type (a
  // Samenwerking's gebruik-beheerder registers its offering, but proposing usage to a customer
  // is the supplier's side of the catalogue).
  const Authority authority{bit(Rol::aanbod_beheerder), "GEBR-006", module_id->pad};
  if (!authorize(c, {c.state.name(module->aanbieder)}, authority)) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  const Organisatie* afnemer = c.resolve<Organisatie>(*afnemer_id);
  if (afnemer) {
    gebr001_afnemer_type(c, *afnemer, afnemer_id->pad);
    gebr002_one_live_usage(c, *afnemer, *module, module_id->pad);
  }
  if (diensten) check_diensten(c, *diensten, g.pad("diensten"));
  require_active(c, aanbieder, module_id->pad);
  require_active(c, afnemer, afnemer_id->pad);
  require_actor_active(c, {aanbieder, afnemer});
  if (c.blocked()) return;

  Json& usage = c.create(Kind::gebruik, new_object(c));
  if (!g.has("status")) usage["status"] = kGebruikStatuses.name(GebruikStatus::InProductie);
  usage["voorstel"] = json_object({{"door", c.state.name(module->aanbieder)}, {"status", kVoorstelStatuses.name(aangevraagd)}});
}

void gebruik_voorstel_beoordelen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto to = g.choice("status", kVoorstelStatuses);
  // The proposal names both sides, which decide who may act.
  const Gebruik* usage = id ? c.resolve<Gebruik>(*id) : nullptr;
  if (usage && !usage->voorstel) c.report("INVOER-002/soort", id->pad, {id->pad, id->text, "voorstel"});
  if (c.blocked() || !usage) return;

  c.stage(Stage::authority);
  if (!authorize_side(c, *usage, *to)) return;

  c.stage(Stage::rules);
  gebr006_transition(c, usage->voorstel->status, *to);
  const Organisatie* afnemer = c.state.get<Organisatie>(usage->afnemer);
  const Organisatie* aanbieder = c.state.get<Organisatie>(proposer(c.state, *usage));
  // Proposing again makes a rejected or withdrawn proposal live again: one live usage per
  // afnemer and module.
  const Module* module = c.state.get<Module>(usage->module);
  if (*to == aangevraagd && !usage->live() && afnemer && module) gebr002_one_live_usage(c, *afnemer, *module, id->pad);
  // A rejected or withdrawn proposal does not keep its module in use (AANB-002), so the module
  // may have been removed since: proposing again would make usage of nothing live.
  if (*to == aangevraagd && !usage->live() && !module)
    c.report("INVOER-003", id->pad, {id->pad, c.state.name(usage->module)});
  if (!ends(*to)) {
    require_active(c, afnemer, id->pad);
    require_active(c, aanbieder, id->pad);
    require_actor_active(c, {afnemer, aanbieder});
  }
  if (c.blocked()) return;

  Json& object = c.modify(*c.state.slot(usage->id));
  object["voorstel"]["status"] = kVoorstelStatuses.name(*to);
}

}  // namespace samen::rules

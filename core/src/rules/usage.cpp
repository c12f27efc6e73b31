// Usage (journey phase 3.2; spec §4.4, §7): an afnemer registers the modules it uses and moves
// their status forward; a collective registers usage on behalf of its active members
// (deelnemers). Rules GEBR-001 ... GEBR-005 and GEBR-007; supplier proposals (GEBR-006) are
// a family of their own.
#include "rules/usage.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/id_set.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"
#include "rules/landscape.hpp"

namespace samen::rules {
namespace {

// What only the engine sets (gebruik.voorstellen), and what identifies a usage besides: a
// registration cannot bring the first, gebruik.wijzigen changes neither.
constexpr std::array<std::string_view, 1> kEngineFields = {"voorstel"};
constexpr std::array<std::string_view, 3> kFixedFields = {"afnemer", "module", "voorstel"};

// A listed deelnemer that exists as an organisation, with where it was listed.
struct Deelnemer {
  const Organisatie* organisation;
  std::string_view pad;  // the IdField's
};

// The optional gegevens both commands read (status is required when registering).
struct UsageFields {
  std::optional<GebruikStatus> status;
  std::optional<std::vector<IdField>> deelnemers;
  std::optional<std::vector<IdField>> diensten;
};

UsageFields read_usage_fields(Fields& g, Need status) {
  UsageFields out;
  out.status = g.choice("status", kGebruikStatuses, status);
  out.deelnemers = g.ids("deelnemers");
  out.diensten = g.ids("diensten");
  return out;
}

// INVOER-001/verwijderen: a usage always has a status, so `status: null` cannot remove it.
void refuse_status_removal(Ctx& c) {
  const auto given = c.command.gegevens->find("status");
  if (given != c.command.gegevens->end() && given->is_null()) c.report("INVOER-001/verwijderen", "/gegevens/status", {"/gegevens/status"});
}

// GEBR-003: deelnemers only for usage a collective registers on behalf of its members.
bool gebr003_deelnemers_need_collective(Ctx& c, std::optional<OrgType> afnemer, std::string_view pad) {
  if (registers_for_members(c.beleid, afnemer)) return true;
  c.report("GEBR-003", pad);
  return false;
}

// GEBR-004: every deelnemer is an active member of the afnemer at tijdstip, listed once, and
// not the afnemer itself. Returns the deelnemers that pass.
std::vector<Deelnemer> gebr004_active_members(Ctx& c, Id afnemer, const std::vector<Deelnemer>& deelnemers) {
  std::vector<Deelnemer> passed;
  IdSet seen;
  for (const Deelnemer& d : deelnemers) {
    const Id member = d.organisation->id;
    if (member == afnemer) c.report("GEBR-004/zelf", d.pad);
    else if (!seen.insert(member)) c.report("GEBR-004/dubbel", d.pad, {c.label(member)});
    else if (!active_member_at(c.state, afnemer, member, *c.command.tijdstip))
      c.report("GEBR-004", d.pad, {c.label(member), c.label(afnemer)});
    else passed.push_back(d);
  }
  return passed;
}

// GEBR-005: the status only moves forward along Verwerving → … → Uitgefaseerd (steps may be skipped).
void gebr005_status_forward(Ctx& c, std::optional<GebruikStatus> from, GebruikStatus to, std::string_view pad) {
  if (!from || to >= *from) return;
  c.report("GEBR-005", pad, {kGebruikStatuses.name(*from), kGebruikStatuses.name(to)});
}

// GEBR-007 (warning): the deelnemer already registered its own live usage of the module.
void gebr007_deelnemer_own_usage(Ctx& c, const Deelnemer& d, Id module) {
  if (const Gebruik* own = own_live_usage(c.state, d.organisation->id, module))
    c.report("GEBR-007", d.pad, {c.label(d.organisation->id), c.state.name(own->id)});
}

// The deelnemers rules over a listed `deelnemers`. Those the usage already had (`before`) get
// no new GEBR-007: the warning is about whom this command adds.
void check_deelnemers(Ctx& c, Id afnemer, std::optional<OrgType> afnemer_type, Id module,
                      const std::vector<IdField>& listed, std::string_view pad, std::span<const Id> before) {
  if (listed.empty() || !gebr003_deelnemers_need_collective(c, afnemer_type, pad)) return;
  std::vector<Deelnemer> deelnemers;
  for (const IdField& id : listed)
    if (const Organisatie* organisation = c.resolve<Organisatie>(id)) deelnemers.push_back({organisation, id.pad});
  for (const Deelnemer& d : gebr004_active_members(c, afnemer, deelnemers))
    if (module && std::find(before.begin(), before.end(), d.organisation->id) == before.end())
      gebr007_deelnemer_own_usage(c, d, module);
}

}  // namespace

// The diensten used must exist and be diensten; each is listed once.
void check_diensten(Ctx& c, const std::vector<IdField>& diensten, std::string_view pad) {
  for (const IdField* dienst : distinct_ids(c, diensten, pad)) c.resolve<Dienst>(*dienst);
}

// GEBR-001: only the organisation types of policy `afnemerTypen` register usage.
void gebr001_afnemer_type(Ctx& c, const Organisatie& afnemer, std::string_view pad) {
  if (may_register_usage(c.beleid, afnemer.type)) return;
  c.report("GEBR-001", pad, {afnemer.type ? kOrgTypes.name(*afnemer.type) : "?"});
}

// GEBR-002: one live usage per afnemer and module; the existing one is named.
void gebr002_one_live_usage(Ctx& c, const Organisatie& afnemer, const Module& module, std::string_view pad) {
  if (const Gebruik* existing = own_live_usage(c.state, afnemer.id, module.id))
    c.report("GEBR-002", pad, {c.label(afnemer.id), c.state.name(existing->id)});
}

bool may_register_usage(const Beleid& beleid, std::optional<OrgType> afnemer) {
  return afnemer && contains(beleid.afnemer_typen(), *afnemer);
}

bool registers_for_members(const Beleid& beleid, std::optional<OrgType> afnemer) {
  return afnemer == OrgType::Samenwerking || (afnemer == OrgType::Community && beleid.community_gebruik_namens_leden);
}

void gebruik_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto afnemer_id = g.id("afnemer");
  const auto module_id = g.id("module");
  const UsageFields given = read_usage_fields(g, Need::required);
  if (c.command.gegevens) refuse_fixed_changes(c, kEngineFields, Json::object());
  // The afnemer decides who may act, so it must exist before authority is judged.
  const Organisatie* afnemer = afnemer_id ? c.resolve<Organisatie>(*afnemer_id) : nullptr;
  if (c.blocked() || !afnemer) return;

  c.stage(Stage::authority);
  if (!authorize(c, {afnemer_id->text}, {usage_roles(afnemer->type)})) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  const Module* module = c.resolve<Module>(*module_id);
  gebr001_afnemer_type(c, *afnemer, afnemer_id->pad);
  if (module) gebr002_one_live_usage(c, *afnemer, *module, module_id->pad);
  if (given.deelnemers)
    check_deelnemers(c, afnemer->id, afnemer->type, module ? module->id : Id{}, *given.deelnemers, g.pad("deelnemers"), {});
  if (given.diensten) check_diensten(c, *given.diensten, g.pad("diensten"));
  require_active(c, afnemer, afnemer_id->pad);
  require_actor_active(c, {afnemer});
  if (c.blocked()) return;

  c.create(Kind::gebruik, new_object(c));
}

void gebruik_wijzigen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const UsageFields given = read_usage_fields(g, Need::optional);
  // The usage names the afnemer, which decides who may act.
  const Gebruik* usage = id ? c.resolve<Gebruik>(*id) : nullptr;
  if (usage) {
    refuse_fixed_changes(c, kFixedFields, parse_stored(usage->json));
    refuse_status_removal(c);
  }
  if (c.blocked() || !usage) return;

  const Organisatie* afnemer = c.state.get<Organisatie>(usage->afnemer);
  const std::optional<OrgType> afnemer_type = afnemer ? afnemer->type : std::nullopt;
  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(usage->afnemer)}, {usage_roles(afnemer_type)})) return;

  c.stage(Stage::rules);
  if (given.status) gebr005_status_forward(c, usage->status, *given.status, g.pad("status"));
  if (given.deelnemers)
    check_deelnemers(c, usage->afnemer, afnemer_type, usage->module, *given.deelnemers, g.pad("deelnemers"), usage->deelnemers);
  if (given.diensten) check_diensten(c, *given.diensten, g.pad("diensten"));
  require_active(c, afnemer, id->pad);
  require_actor_active(c, {afnemer});
  if (c.blocked()) return;

  apply_changes(c, *c.state.slot(usage->id));
}

}  // namespace samen::rules

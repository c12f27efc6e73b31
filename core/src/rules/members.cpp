// Memberships (journey phases 2, 4.1, 4.2; spec §4.2): declared by the member, confirmed or
// rejected by the collective, ended by either side. Rules LID-001 ... LID-007.
#include "rules/members.hpp"


#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/id_set.hpp"
#include "rules/common.hpp"

namespace samen::rules {
namespace {

// LID-001: one can only become a member of a Samenwerking or Community.
void lid001_target_is_collective(Ctx& c, const Organisatie& collective, std::string_view pad) {
  if (collective.type && is_collective(*collective.type)) return;
  c.report("LID-001", pad, {c.label(collective.id), collective.type ? kOrgTypes.name(*collective.type) : "?"});
}

// Whether `from` reaches `target` by following open memberships upwards (from is a member of ...).
bool reaches(const State& state, Id from, Id target) {
  std::vector<Id> todo{from};
  IdSet seen{from};
  while (!todo.empty()) {
    const Id current = todo.back();
    todo.pop_back();
    for (std::uint32_t index : state.index.memberships_by_member.get(current)) {
      const Lidmaatschap& m = state.at<Lidmaatschap>(index);
      if (!m.open()) continue;
      if (m.samenwerking == target) return true;
      if (seen.insert(m.samenwerking)) todo.push_back(m.samenwerking);
    }
  }
  return false;
}

// LID-002: the member's type must be allowed by policy; not the collective itself; no cycles.
void lid002_member_allowed(Ctx& c, const Organisatie& collective, const Organisatie& member, std::string_view pad) {
  if (member.id == collective.id) {
    c.report("LID-002/zelf", pad);
    return;
  }
  if (!collective.type || !is_collective(*collective.type) || !member.type) return;
  const bool nested = is_collective(*member.type) && c.beleid.geneste_samenwerkingen;
  if (!nested && !contains(c.beleid.leden_typen(*collective.type), *member.type)) {
    c.report("LID-002", pad, {kOrgTypes.name(*member.type), kOrgTypes.name(*collective.type)});
    return;
  }
  if (nested && reaches(c.state, collective.id, member.id))
    c.report("LID-002/cyclus", pad, {c.label(collective.id) + " → " + c.label(member.id) + " → … → " + c.label(collective.id)});
}

// LID-004: no second open membership for the same pair.
void lid004_no_open_duplicate(Ctx& c, const Organisatie& collective, const Organisatie& member, std::string_view pad) {
  if (const Lidmaatschap* open = open_membership(c.state, collective.id, member.id))
    c.report("LID-004", pad, {c.state.name(open->id), kLidStatuses.name(*open->status)});
}

// Makes the membership active: timestamps and the register's links on both organisations.
void activate(Ctx& c, Json& membership, Id collective, Id member) {
  membership["status"] = "actief";
  membership["actiefSinds"] = c.command.tijdstip_text;
  add_link(c, collective, "deelnemers", member);
  add_link(c, member, "deelnames", collective);
}

// The membership named by gegevens.id; it decides who may act, so it is resolved in stage 1.
const Lidmaatschap* named_membership(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  g.text("reden", Need::optional);
  if (!id || c.blocked()) return nullptr;
  return c.resolve<Lidmaatschap>(*id);
}

// LID-005: confirming or rejecting is the collective's, and only for an aangevraagd membership.
// Returns the membership once authority holds (further meldingen may have been reported).
const Lidmaatschap* request_to_decide(Ctx& c) {
  const Lidmaatschap* m = named_membership(c);
  if (!m) return nullptr;

  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(m->samenwerking)}, {kBeheerderRollen, "LID-005", "/gegevens/id"})) return nullptr;

  c.stage(Stage::rules);
  if (m->status != LidStatus::aangevraagd)
    c.report("LID-005/status", "/gegevens/id", {m->status ? kLidStatuses.name(*m->status) : "?"});
  return m;
}

// Ending removes the member from the collective's usage registrations and koppelingen (LID-007).
void cascade_end(Ctx& c, const Lidmaatschap& m) {
  const std::string member(c.state.name(m.lid));
  const auto drop_member = [&](Slot slot) {
    Json& object = c.modify(slot);
    Json& deelnemers = object["deelnemers"];
    deelnemers.erase(std::remove_if(deelnemers.begin(), deelnemers.end(), [&](const Json& item) { return is_text(item, member); }),
                     deelnemers.end());
  };
  std::size_t usages = 0, koppelingen = 0;
  for (std::uint32_t index : c.state.index.usage_by_deelnemer.get(m.lid)) {
    if (c.state.at<Gebruik>(index).afnemer != m.samenwerking) continue;
    drop_member(Slot{Kind::gebruik, index});
    ++usages;
  }
  for (std::uint32_t index : c.state.index.koppelingen_by_deelnemer.get(m.lid)) {
    if (c.state.at<Koppeling>(index).eigenaar != m.samenwerking) continue;
    drop_member(Slot{Kind::koppeling, index});
    ++koppelingen;
  }
  if (usages + koppelingen > 0)
    c.effect("LID-007", "/gegevens/id", {c.label(m.lid), std::to_string(usages), std::to_string(koppelingen)});
}

}  // namespace

void lidmaatschap_aangeven(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto samenwerking = g.id("samenwerking");
  const auto lid = g.id("lid");
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {lid->text}, {kBeheerderRollen, "LID-003", lid->pad})) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  const Organisatie* collective = c.resolve<Organisatie>(*samenwerking);
  const Organisatie* member = c.resolve<Organisatie>(*lid);
  if (collective) lid001_target_is_collective(c, *collective, samenwerking->pad);
  if (collective && member) {
    lid002_member_allowed(c, *collective, *member, lid->pad);
    lid004_no_open_duplicate(c, *collective, *member, lid->pad);
  }
  require_active(c, collective, samenwerking->pad);
  require_active(c, member, lid->pad);
  require_actor_active(c, {collective, member});
  if (c.blocked()) return;

  Json& membership = c.create(Kind::lidmaatschap, new_object(c));
  membership["status"] = "aangevraagd";
  membership["aangegevenOp"] = c.command.tijdstip_text;
  if (!c.beleid.lidmaatschap_bevestiging) activate(c, membership, collective->id, member->id);
}

void lidmaatschap_bevestigen(Ctx& c) {
  const Lidmaatschap* m = request_to_decide(c);
  if (!m) return;
  const Organisatie* collective = c.state.get<Organisatie>(m->samenwerking);
  const Organisatie* member = c.state.get<Organisatie>(m->lid);
  require_active(c, collective, "/gegevens/id");
  require_active(c, member, "/gegevens/id");
  require_actor_active(c, {collective, member});
  if (c.blocked()) return;

  Json& membership = c.modify(*c.state.slot(m->id));
  if (const Json* reden = Fields(c, c.command.gegevens, "/gegevens").raw("reden")) membership["reden"] = *reden;
  activate(c, membership, m->samenwerking, m->lid);
}

void lidmaatschap_afwijzen(Ctx& c) {
  const Lidmaatschap* m = request_to_decide(c);
  if (!m || c.blocked()) return;

  // Rejecting never touches links: the membership never became active.
  Json& membership = c.modify(*c.state.slot(m->id));
  membership["status"] = "afgewezen";
  membership["afgewezenOp"] = c.command.tijdstip_text;
  if (const Json* reden = Fields(c, c.command.gegevens, "/gegevens").raw("reden")) membership["reden"] = *reden;
}

void lidmaatschap_beeindigen(Ctx& c) {
  const Lidmaatschap* m = named_membership(c);
  if (!m) return;

  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(m->lid), c.state.name(m->samenwerking)}, {kBeheerderRollen, "LID-006", "/gegevens/id"}))
    return;

  c.stage(Stage::rules);
  if (!m->open())
    c.report("LID-006/status", "/gegevens/id", {m->status ? kLidStatuses.name(*m->status) : "?"});
  if (c.blocked()) return;

  const bool was_active = m->status == LidStatus::actief;
  Json& membership = c.modify(*c.state.slot(m->id));
  membership["status"] = "beeindigd";
  membership["beeindigdOp"] = c.command.tijdstip_text;
  if (const Json* reden = Fields(c, c.command.gegevens, "/gegevens").raw("reden")) membership["reden"] = *reden;
  if (was_active) {
    remove_link(c, m->samenwerking, "deelnemers", m->lid);
    remove_link(c, m->lid, "deelnames", m->samenwerking);
  }
  cascade_end(c, *m);
}

}  // namespace samen::rules

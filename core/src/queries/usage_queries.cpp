#include "queries/usage_queries.hpp"

#include <algorithm>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/order.hpp"
#include "rules/common.hpp"
#include "rules/landscape.hpp"
#include "rules/usage.hpp"

namespace samen::queries {
namespace {

std::string status_text(const Gebruik& usage) {
  return usage.status ? std::string(kGebruikStatuses.name(*usage.status)) : std::string();
}

// A supplier's proposal shows as such: who proposed it and where it stands.
void add_proposal(const State& state, const Gebruik& usage, Json& item) {
  if (!usage.voorstel) return;
  Json voorstel = Json::object();
  voorstel["door"] = std::string(state.name(usage.voorstel->door));
  voorstel["status"] = usage.voorstel->status ? std::string(kVoorstelStatuses.name(*usage.voorstel->status)) : std::string();
  item["voorstel"] = std::move(voorstel);
}

std::string naam_of(const State& state, Id organisation) {
  const Organisatie* found = state.get<Organisatie>(organisation);
  return found ? std::string(found->naam) : std::string();
}

// One module of the landscape: what it is, where it comes from, and the usage behind it.
Json landscape_entry(const Ctx& c, const LandscapeEntry& entry) {
  const Module* module = c.state.get<Module>(entry.module);
  Json out = Json::object();
  out["module"] = std::string(c.state.name(entry.module));
  out["naam"] = module ? module->naam : std::string();
  out["aanbieder"] = module && module->aanbieder ? std::string(c.state.name(module->aanbieder)) : std::string();
  out["herkomst"] = entry.own.empty() ? "samenwerking" : entry.via.empty() ? "eigen" : "beide";
  Json own = Json::array();
  for (const Gebruik* usage : entry.own) {
    Json item = Json::object();
    item["gebruik"] = std::string(c.state.name(usage->id));
    item["status"] = status_text(*usage);
    add_proposal(c.state, *usage, item);
    own.push_back(std::move(item));
  }
  Json via = Json::array();
  for (const Gebruik* usage : entry.via) {
    Json item = Json::object();
    item["gebruik"] = std::string(c.state.name(usage->id));
    item["samenwerking"] = std::string(c.state.name(usage->afnemer));
    item["naam"] = naam_of(c.state, usage->afnemer);
    item["status"] = status_text(*usage);
    add_proposal(c.state, *usage, item);
    via.push_back(std::move(item));
  }
  out["eigen"] = std::move(own);
  out["via"] = std::move(via);
  return out;
}

// The organisation the query names in gegevens[key]; null after INVOER-001/002/003.
struct NamedOrganisation {
  IdField field;
  const Organisatie* organisation = nullptr;
};

NamedOrganisation named_organisation(Ctx& c, std::string_view key) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id(key);
  if (!id) return {};
  return {*id, c.resolve<Organisatie>(*id)};
}

}  // namespace

std::vector<const Lidmaatschap*> active_memberships(const Ctx& c, Id afnemer) {
  std::vector<const Lidmaatschap*> out;
  for (std::uint32_t index : c.state.index.memberships_by_collective.get(afnemer)) {
    const Lidmaatschap& m = c.state.at<Lidmaatschap>(index);
    const bool active = c.command.tijdstip ? active_member_at(c.state, afnemer, m.lid, *c.command.tijdstip)
                                           : m.status == LidStatus::actief;
    if (active && m.status == LidStatus::actief && m.lid != afnemer) out.push_back(&m);
  }
  const auto member = [&](const Lidmaatschap* m) { return c.state.name(m->lid); };
  stable_sort_items(out, [&](auto* a, auto* b) { return member(a) < member(b); });
  out.erase(std::unique(out.begin(), out.end(), [](auto* a, auto* b) { return a->lid == b->lid; }), out.end());
  return out;
}

Json landschap(Ctx& c) {
  const auto [id, organisation] = named_organisation(c, "organisatie");
  if (!organisation) return Json::object();
  Json modules = Json::array();
  for (const LandscapeEntry& entry : landscape(c.state, organisation->id)) modules.push_back(landscape_entry(c, entry));
  Json out = Json::object();
  out["organisatie"] = std::string(id.text);
  out["modules"] = std::move(modules);
  return out;
}

Json mogelijke_deelnemers(Ctx& c) {
  const auto [id, afnemer] = named_organisation(c, "afnemer");
  if (!afnemer) return Json::object();
  Json out = Json::object();
  out["afnemer"] = std::string(id.text);
  out["deelnemers"] = Json::array();

  // The same authority and checks as gebruik.registreren: whom the actor could really list.
  c.stage(Stage::authority);
  if (!authorize(c, {id.text}, {usage_roles(afnemer->type)})) return out;
  c.stage(Stage::rules);
  if (!rules::may_register_usage(c.beleid, afnemer->type))
    c.report("GEBR-001", id.pad, {afnemer->type ? kOrgTypes.name(*afnemer->type) : "?"});
  else if (!rules::registers_for_members(c.beleid, afnemer->type))
    c.report("GEBR-003", id.pad);
  require_active(c, afnemer, id.pad);
  require_actor_active(c, {afnemer});
  if (c.blocked()) return out;

  for (const Lidmaatschap* m : active_memberships(c, afnemer->id)) {
    const Organisatie* member = c.state.get<Organisatie>(m->lid);
    Json item = Json::object();
    item["organisatie"] = std::string(c.state.name(m->lid));
    item["naam"] = member ? member->naam : std::string();
    item["type"] = member && member->type ? std::string(kOrgTypes.name(*member->type)) : std::string();
    item["lidmaatschap"] = std::string(c.state.name(m->id));
    out["deelnemers"].push_back(std::move(item));
  }
  return out;
}

}  // namespace samen::queries

#include "queries/rapport_usage.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "json/object.hpp"
#include "model/order.hpp"

namespace samen::queries {
namespace {

std::string name_of(const Ctx& c, Id id) { return std::string(c.state.name(id)); }

std::string naam_of(const Ctx& c, Id organisation) {
  const Organisatie* found = c.state.get<Organisatie>(organisation);
  return found ? std::string(found->naam) : std::string();
}

std::string status_of(const Gebruik& usage) {
  return usage.status ? std::string(kGebruikStatuses.name(*usage.status)) : std::string();
}

Json usage_refs(const Ctx& c, const std::vector<const Gebruik*>& usages) {
  Json out = Json::array();
  for (const Gebruik* usage : usages)
    out.push_back(json_object({{"gebruik", name_of(c, usage->id)}, {"status", status_of(*usage)}}));
  return out;
}

// Ids compare by their text, so that every listing comes out in the same order on any platform.
struct ByName {
  const State* state;
  bool operator()(Id a, Id b) const { return state->name(a) < state->name(b); }
};

// How the collective and its active members use one module.
struct ModuleUse {
  explicit ModuleUse(const State* state) : own(ByName{state}), via(ByName{state}) {}
  std::vector<const Gebruik*> collective;                      // the collective's own live usage
  std::map<Id, std::vector<const Gebruik*>, ByName> own, via;  // per member
};

Json module_entry(const Ctx& c, Id module_id, const ModuleUse& use) {
  const Module* module = c.state.get<Module>(module_id);
  Json samenwerking = Json::array();
  for (const Gebruik* usage : use.collective) {
    Json deelnemers = Json::array();
    for (Id d : usage->deelnemers) deelnemers.push_back(name_of(c, d));
    samenwerking.push_back(
        json_object({{"gebruik", name_of(c, usage->id)}, {"status", status_of(*usage)}, {"deelnemers", deelnemers}}));
  }
  std::set<Id, ByName> members(ByName{&c.state});
  for (const auto& [member, usages] : use.own) members.insert(member);
  for (const auto& [member, usages] : use.via) members.insert(member);
  Json leden = Json::array();
  for (Id member : members) {
    const auto own = use.own.find(member);
    const auto via = use.via.find(member);
    const std::vector<const Gebruik*> none;
    const auto& eigen = own == use.own.end() ? none : own->second;
    const auto& samen = via == use.via.end() ? none : via->second;
    leden.push_back(json_object({{"organisatie", name_of(c, member)}, {"naam", naam_of(c, member)},
                                 {"herkomst", eigen.empty() ? "samenwerking" : samen.empty() ? "eigen" : "beide"},
                                 {"eigen", usage_refs(c, eigen)}, {"via", usage_refs(c, samen)}}));
  }
  return json_object({{"module", name_of(c, module_id)}, {"naam", module ? module->naam : std::string()},
                      {"aanbieder", module ? name_of(c, module->aanbieder) : std::string()},
                      {"samenwerking", samenwerking}, {"leden", leden}});
}

// A module two or more members registered separately, each its own usage: a candidate for
// buying it together.
Json joint_purchase_entry(const Ctx& c, Id module_id, const ModuleUse& use) {
  Json leden = Json::array();
  for (const auto& [member, usages] : use.own)
    for (const Gebruik* usage : usages)
      leden.push_back(json_object({{"organisatie", name_of(c, member)}, {"naam", naam_of(c, member)},
                                   {"gebruik", name_of(c, usage->id)}, {"status", status_of(*usage)}}));
  const Module* module = c.state.get<Module>(module_id);
  return json_object({{"module", name_of(c, module_id)}, {"naam", module ? module->naam : std::string()},
                      {"aanbieder", module ? name_of(c, module->aanbieder) : std::string()},
                      {"viaSamenwerking", !use.collective.empty()}, {"leden", leden}});
}

// The objects of an index entry, ordered by their ids.
template <class T>
std::vector<const T*> by_id(const Ctx& c, std::span<const std::uint32_t> indexes) {
  std::vector<const T*> out;
  for (std::uint32_t index : indexes) out.push_back(&c.state.at<T>(index));
  sort_by_id(c.state, out);
  return out;
}

// Live usage of an offered module or dienst, split into inside (the collective, its active
// members) and outside the collective, with the number of organisations on each side.
Json uptake(const Ctx& c, const ReportScope& scope, std::span<const std::uint32_t> usage_indexes) {
  Json binnen = Json::array(), buiten = Json::array();
  std::set<Id, ByName> inside(ByName{&c.state}), outside(ByName{&c.state});
  for (const Gebruik* listed : by_id<Gebruik>(c, usage_indexes)) {
    const Gebruik& usage = *listed;
    if (!usage.live()) continue;
    Json item = json_object({{"gebruik", name_of(c, usage.id)}, {"afnemer", name_of(c, usage.afnemer)},
                             {"naam", naam_of(c, usage.afnemer)}, {"status", status_of(usage)}});
    if (usage.afnemer == scope.collective.id) {
      Json deelnemers = Json::array();
      for (Id d : usage.deelnemers) {
        deelnemers.push_back(name_of(c, d));
        if (scope.member(d)) inside.insert(d);
      }
      item["deelnemers"] = deelnemers;
      binnen.push_back(std::move(item));
    } else if (scope.member(usage.afnemer)) {
      inside.insert(usage.afnemer);
      binnen.push_back(std::move(item));
    } else {
      outside.insert(usage.afnemer);
      buiten.push_back(std::move(item));
    }
  }
  return json_object({{"binnen", binnen}, {"buiten", buiten}, {"aantalBinnen", inside.size()}, {"aantalBuiten", outside.size()}});
}

}  // namespace

void module_use(const Ctx& c, const ReportScope& scope, Json& out) {
  std::map<Id, ModuleUse, ByName> modules(ByName{&c.state});
  for (std::uint32_t index : c.state.index.usage_by_afnemer.get(scope.collective.id)) {
    const Gebruik& usage = c.state.at<Gebruik>(index);
    if (!usage.live() || !usage.module) continue;
    ModuleUse& use = modules.try_emplace(usage.module, &c.state).first->second;
    use.collective.push_back(&usage);
    for (Id d : usage.deelnemers) {
      if (!scope.member(d)) continue;  // a former member still listed is controle's to report
      auto& via = use.via[d];
      if (via.empty() || via.back() != &usage) via.push_back(&usage);
    }
  }
  for (Id member : scope.members)
    for (std::uint32_t index : c.state.index.usage_by_afnemer.get(member)) {
      const Gebruik& usage = c.state.at<Gebruik>(index);
      if (usage.live() && usage.module) modules.try_emplace(usage.module, &c.state).first->second.own[member].push_back(&usage);
    }
  Json list = Json::array(), joint = Json::array();
  for (auto& [module, use] : modules) {
    sort_by_id(c.state, use.collective);
    for (auto* per_member : {&use.own, &use.via})
      for (auto& [member, usages] : *per_member) sort_by_id(c.state, usages);
    list.push_back(module_entry(c, module, use));
    if (use.own.size() >= 2) joint.push_back(joint_purchase_entry(c, module, use));
  }
  out["modules"] = std::move(list);
  out["gezamenlijkeInkoop"] = std::move(joint);
}

Json offering_uptake(const Ctx& c, const ReportScope& scope) {
  Json modules = Json::array(), diensten = Json::array();
  for (const Module* module : by_id<Module>(c, c.state.index.modules_by_aanbieder.get(scope.collective.id))) {
    Json entry = json_object({{"module", name_of(c, module->id)}, {"naam", module->naam}});
    entry.update(uptake(c, scope, c.state.index.usage_by_module.get(module->id)));
    modules.push_back(std::move(entry));
  }
  for (const Dienst* dienst : by_id<Dienst>(c, c.state.index.diensten_by_aanbieder.get(scope.collective.id))) {
    const Json stored = parse_stored(dienst->json);
    Json entry = json_object(
        {{"dienst", name_of(c, dienst->id)}, {"naam", dienst->naam}, {"type", stored.value("type", Json(""))}});
    entry.update(uptake(c, scope, c.state.index.usage_by_dienst.get(dienst->id)));
    diensten.push_back(std::move(entry));
  }
  return json_object({{"modules", modules}, {"diensten", diensten}});
}

}  // namespace samen::queries

#include "queries/rapport_usage.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "json/stored_view.hpp"
#include "model/order.hpp"

namespace samen::queries {
namespace {

std::string_view name_of(const Ctx& c, Id id) { return c.state.name(id); }

std::string_view naam_of(const Ctx& c, Id organisation) {
  const Organisatie* found = c.state.get<Organisatie>(organisation);
  return found ? std::string_view(found->naam) : std::string_view();
}

std::string_view status_of(const Gebruik& usage) {
  return usage.status ? kGebruikStatuses.name(*usage.status) : std::string_view();
}

void write_usage_refs(JsonWriter& out, const Ctx& c, const std::vector<const Gebruik*>& usages) {
  out.open_array();
  for (const Gebruik* usage : usages)
    out.open_object().text("gebruik", name_of(c, usage->id)).text("status", status_of(*usage)).close_object();
  out.close_array();
}

void write_names(JsonWriter& out, const Ctx& c, std::span<const Id> ids) {
  out.open_array();
  for (Id id : ids) out.string(name_of(c, id));
  out.close_array();
}

// "module", "naam" and "aanbieder" of a module the report lists.
void write_module_head(JsonWriter& out, const Ctx& c, Id module_id) {
  const Module* module = c.state.get<Module>(module_id);
  out.text("module", name_of(c, module_id))
      .text("naam", module ? std::string_view(module->naam) : std::string_view())
      .text("aanbieder", module ? name_of(c, module->aanbieder) : std::string_view());
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

void write_module_entry(JsonWriter& out, const Ctx& c, Id module_id, const ModuleUse& use) {
  out.open_object();
  write_module_head(out, c, module_id);
  out.key("samenwerking").open_array();
  for (const Gebruik* usage : use.collective) {
    out.open_object().text("gebruik", name_of(c, usage->id)).text("status", status_of(*usage)).key("deelnemers");
    write_names(out, c, usage->deelnemers.span());
    out.close_object();
  }
  std::set<Id, ByName> members(ByName{&c.state});
  for (const auto& [member, usages] : use.own) members.insert(member);
  for (const auto& [member, usages] : use.via) members.insert(member);
  out.close_array().key("leden").open_array();
  for (Id member : members) {
    const auto own = use.own.find(member);
    const auto via = use.via.find(member);
    const std::vector<const Gebruik*> none;
    const auto& eigen = own == use.own.end() ? none : own->second;
    const auto& samen = via == use.via.end() ? none : via->second;
    out.open_object()
        .text("organisatie", name_of(c, member))
        .text("naam", naam_of(c, member))
        .text("herkomst", eigen.empty() ? "samenwerking" : samen.empty() ? "eigen" : "beide")
        .key("eigen");
    write_usage_refs(out, c, eigen);
    out.key("via");
    write_usage_refs(out, c, samen);
    out.close_object();
  }
  out.close_array().close_object();
}

// A module two or more members registered separately, each its own usage: a candidate for
// buying it together.
void write_joint_purchase_entry(JsonWriter& out, const Ctx& c, Id module_id, const ModuleUse& use) {
  out.open_object();
  write_module_head(out, c, module_id);
  out.flag("viaSamenwerking", !use.collective.empty()).key("leden").open_array();
  for (const auto& [member, usages] : use.own)
    for (const Gebruik* usage : usages)
      out.open_object()
          .text("organisatie", name_of(c, member))
          .text("naam", naam_of(c, member))
          .text("gebruik", name_of(c, usage->id))
          .text("status", status_of(*usage))
          .close_object();
  out.close_array().close_object();
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
// members) and outside the collective, with the number of organisations on each side: the
// members "binnen", "buiten", "aantalBinnen", "aantalBuiten".
void write_uptake(JsonWriter& out, const Ctx& c, const ReportScope& scope, std::span<const std::uint32_t> usage_indexes) {
  std::vector<const Gebruik*> binnen, buiten;
  IdSet inside, outside;
  for (const Gebruik* usage : by_id<Gebruik>(c, usage_indexes)) {
    if (!usage->live()) continue;
    if (usage->afnemer == scope.collective.id) {
      for (Id d : usage->deelnemers)
        if (scope.member(d)) inside.insert(d);
      binnen.push_back(usage);
    } else if (scope.member(usage->afnemer)) {
      inside.insert(usage->afnemer);
      binnen.push_back(usage);
    } else {
      outside.insert(usage->afnemer);
      buiten.push_back(usage);
    }
  }
  for (const auto* side : {&binnen, &buiten}) {
    out.key(side == &binnen ? "binnen" : "buiten").open_array();
    for (const Gebruik* usage : *side) {
      out.open_object()
          .text("gebruik", name_of(c, usage->id))
          .text("afnemer", name_of(c, usage->afnemer))
          .text("naam", naam_of(c, usage->afnemer))
          .text("status", status_of(*usage));
      if (usage->afnemer == scope.collective.id) write_names(out.key("deelnemers"), c, usage->deelnemers.span());
      out.close_object();
    }
    out.close_array();
  }
  out.number("aantalBinnen", static_cast<std::int64_t>(inside.size()))
      .number("aantalBuiten", static_cast<std::int64_t>(outside.size()));
}

}  // namespace

void write_module_use(JsonWriter& out, const Ctx& c, const ReportScope& scope) {
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
  for (auto& [module, use] : modules) {
    sort_by_id(c.state, use.collective);
    for (auto* per_member : {&use.own, &use.via})
      for (auto& [member, usages] : *per_member) sort_by_id(c.state, usages);
  }
  out.key("modules").open_array();
  for (const auto& [module, use] : modules) write_module_entry(out, c, module, use);
  out.close_array().key("gezamenlijkeInkoop").open_array();
  for (const auto& [module, use] : modules)
    if (use.own.size() >= 2) write_joint_purchase_entry(out, c, module, use);
  out.close_array();
}

void write_offering_uptake(JsonWriter& out, const Ctx& c, const ReportScope& scope) {
  out.open_object().key("modules").open_array();
  for (const Module* module : by_id<Module>(c, c.state.index.modules_by_aanbieder.get(scope.collective.id))) {
    out.open_object().text("module", name_of(c, module->id)).text("naam", module->naam);
    write_uptake(out, c, scope, c.state.index.usage_by_module.get(module->id));
    out.close_object();
  }
  out.close_array().key("diensten").open_array();
  for (const Dienst* dienst : by_id<Dienst>(c, c.state.index.diensten_by_aanbieder.get(scope.collective.id))) {
    out.open_object().text("dienst", name_of(c, dienst->id)).text("naam", dienst->naam).key("type");
    if (const auto type = StoredValue(dienst->json).find("type")) out.raw(type->text());
    else out.string("");
    write_uptake(out, c, scope, c.state.index.usage_by_dienst.get(dienst->id));
    out.close_object();
  }
  out.close_array().close_object();
}

}  // namespace samen::queries

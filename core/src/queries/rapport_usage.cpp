#include "queries/rapport_usage.hpp"

#include <algorithm>
#include <cstdint>
#include <span>

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

// One live usage of a module as the report sees it: the collective's own (no member), one of
// the collective's usages through which a member takes part (via), or a member's own.
enum class Way : std::uint8_t { collective, via, own };
struct Use {
  Id module;
  Id member;
  Way way;
  const Gebruik* usage;
};

// A run of uses with one module or one member in common (the uses are sorted by both).
using Uses = std::span<const Use>;

// The first run of `uses` that shares `key` (Use::module or Use::member).
Uses run_of(Uses uses, Id Use::*key) {
  std::size_t end = 1;
  while (end < uses.size() && uses[end].*key == uses[0].*key) ++end;
  return uses.first(end);
}

bool has_way(Uses uses, Way way) {
  return std::any_of(uses.begin(), uses.end(), [&](const Use& use) { return use.way == way; });
}

void write_usage_refs(JsonWriter& out, const Ctx& c, Uses uses, Way way) {
  out.open_array();
  for (const Use& use : uses)
    if (use.way == way)
      out.open_object().text("gebruik", name_of(c, use.usage->id)).text("status", status_of(*use.usage)).close_object();
  out.close_array();
}

// How the collective and its active members use one module (`uses`: that module's run).
void write_module_entry(JsonWriter& out, const Ctx& c, Uses uses) {
  out.open_object();
  write_module_head(out, c, uses[0].module);
  out.key("samenwerking").open_array();
  for (const Use& use : uses) {
    if (use.way != Way::collective) continue;
    out.open_object().text("gebruik", name_of(c, use.usage->id)).text("status", status_of(*use.usage)).key("deelnemers");
    write_names(out, c, use.usage->deelnemers.span());
    out.close_object();
  }
  out.close_array().key("leden").open_array();
  for (Uses rest = uses; !rest.empty();) {
    const Uses member = run_of(rest, &Use::member);
    rest = rest.subspan(member.size());
    if (!member[0].member) continue;  // the collective's own
    const bool eigen = has_way(member, Way::own), via = has_way(member, Way::via);
    out.open_object()
        .text("organisatie", name_of(c, member[0].member))
        .text("naam", naam_of(c, member[0].member))
        .text("herkomst", !eigen ? "samenwerking" : !via ? "eigen" : "beide")
        .key("eigen");
    write_usage_refs(out, c, member, Way::own);
    write_usage_refs(out.key("via"), c, member, Way::via);
    out.close_object();
  }
  out.close_array().close_object();
}

// Members with usage of their own among the uses of one module.
std::size_t members_with_own_usage(Uses uses) {
  std::size_t count = 0;
  for (Uses rest = uses; !rest.empty();) {
    const Uses member = run_of(rest, &Use::member);
    rest = rest.subspan(member.size());
    if (has_way(member, Way::own)) ++count;
  }
  return count;
}

// A module two or more members registered separately, each its own usage: a candidate for
// buying it together.
void write_joint_purchase_entry(JsonWriter& out, const Ctx& c, Uses uses) {
  out.open_object();
  write_module_head(out, c, uses[0].module);
  out.flag("viaSamenwerking", has_way(uses, Way::collective)).key("leden").open_array();
  for (const Use& use : uses)
    if (use.way == Way::own)
      out.open_object()
          .text("organisatie", name_of(c, use.member))
          .text("naam", naam_of(c, use.member))
          .text("gebruik", name_of(c, use.usage->id))
          .text("status", status_of(*use.usage))
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
  std::vector<Use> uses;
  for (std::uint32_t index : c.state.index.usage_by_afnemer.get(scope.collective.id)) {
    const Gebruik& usage = c.state.at<Gebruik>(index);
    if (!usage.live() || !usage.module) continue;
    uses.push_back(Use{usage.module, Id{}, Way::collective, &usage});
    for (Id d : usage.deelnemers)
      if (scope.member(d)) uses.push_back(Use{usage.module, d, Way::via, &usage});  // a former member is controle's to report
  }
  for (Id member : scope.members)
    for (std::uint32_t index : c.state.index.usage_by_afnemer.get(member)) {
      const Gebruik& usage = c.state.at<Gebruik>(index);
      if (usage.live() && usage.module) uses.push_back(Use{usage.module, member, Way::own, &usage});
    }
  // By module, member (the collective first), way and usage, each id by its text: the same
  // order on any platform.
  const auto name = [&](Id id) { return id ? c.state.name(id) : std::string_view(); };
  stable_sort_items(uses, [&](const Use& a, const Use& b) {
    if (a.module != b.module) return name(a.module) < name(b.module);
    if (a.member != b.member) return name(a.member) < name(b.member);
    if (a.way != b.way) return a.way < b.way;
    return name(a.usage->id) < name(b.usage->id);
  });
  // A member named twice in one usage's deelnemers takes part through it once.
  uses.erase(std::unique(uses.begin(), uses.end(),
                         [](const Use& a, const Use& b) { return a.member == b.member && a.way == b.way && a.usage == b.usage; }),
             uses.end());

  out.key("modules").open_array();
  for (Uses rest = uses; !rest.empty(); rest = rest.subspan(run_of(rest, &Use::module).size()))
    write_module_entry(out, c, run_of(rest, &Use::module));
  out.close_array().key("gezamenlijkeInkoop").open_array();
  for (Uses rest = uses; !rest.empty(); rest = rest.subspan(run_of(rest, &Use::module).size())) {
    const Uses module = run_of(rest, &Use::module);
    if (members_with_own_usage(module) >= 2) write_joint_purchase_entry(out, c, module);
  }
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

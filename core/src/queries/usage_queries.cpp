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

std::string_view status_text(const Gebruik& usage) {
  return usage.status ? kGebruikStatuses.name(*usage.status) : std::string_view();
}

// A supplier's proposal shows as such: who proposed it and where it stands.
void write_proposal(JsonWriter& out, const State& state, const Gebruik& usage) {
  if (!usage.voorstel) return;
  out.key("voorstel").open_object().text("door", state.name(usage.voorstel->door));
  out.text("status", usage.voorstel->status ? kVoorstelStatuses.name(*usage.voorstel->status) : std::string_view());
  out.close_object();
}

std::string_view naam_of(const State& state, Id organisation) {
  const Organisatie* found = state.get<Organisatie>(organisation);
  return found ? std::string_view(found->naam) : std::string_view();
}

// One module of the landscape: what it is, where it comes from, and the usage behind it.
void write_landscape_entry(JsonWriter& out, const Ctx& c, const LandscapeEntry& entry) {
  const Module* module = c.state.get<Module>(entry.module);
  out.open_object()
      .text("module", c.state.name(entry.module))
      .text("naam", module ? std::string_view(module->naam) : std::string_view())
      .text("aanbieder", module && module->aanbieder ? c.state.name(module->aanbieder) : std::string_view())
      .text("herkomst", entry.own.empty() ? "samenwerking" : entry.via.empty() ? "eigen" : "beide");
  out.key("eigen").open_array();
  for (const Gebruik* usage : entry.own) {
    out.open_object().text("gebruik", c.state.name(usage->id)).text("status", status_text(*usage));
    write_proposal(out, c.state, *usage);
    out.close_object();
  }
  out.close_array().key("via").open_array();
  for (const Gebruik* usage : entry.via) {
    out.open_object()
        .text("gebruik", c.state.name(usage->id))
        .text("samenwerking", c.state.name(usage->afnemer))
        .text("naam", naam_of(c.state, usage->afnemer))
        .text("status", status_text(*usage));
    write_proposal(out, c.state, *usage);
    out.close_object();
  }
  out.close_array().close_object();
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

void landschap(Ctx& c, JsonWriter& out) {
  const auto [id, organisation] = named_organisation(c, "organisatie");
  if (!organisation) return;
  out.text("organisatie", id.text).key("modules").open_array();
  for (const LandscapeEntry& entry : landscape(c.state, organisation->id)) write_landscape_entry(out, c, entry);
  out.close_array();
}

void mogelijke_deelnemers(Ctx& c, JsonWriter& out) {
  const auto [id, afnemer] = named_organisation(c, "afnemer");
  if (!afnemer) return;
  out.text("afnemer", id.text).key("deelnemers").open_array();

  // The same authority and checks as gebruik.registreren: whom the actor could really list.
  c.stage(Stage::authority);
  if (!authorize(c, {id.text}, {usage_roles(afnemer->type)})) return void(out.close_array());
  c.stage(Stage::rules);
  if (!rules::may_register_usage(c.beleid, afnemer->type))
    c.report("GEBR-001", id.pad, {afnemer->type ? kOrgTypes.name(*afnemer->type) : "?"});
  else if (!rules::registers_for_members(c.beleid, afnemer->type))
    c.report("GEBR-003", id.pad);
  require_active(c, afnemer, id.pad);
  require_actor_active(c, {afnemer});
  if (c.blocked()) return void(out.close_array());

  for (const Lidmaatschap* m : active_memberships(c, afnemer->id)) {
    const Organisatie* member = c.state.get<Organisatie>(m->lid);
    out.open_object()
        .text("organisatie", c.state.name(m->lid))
        .text("naam", member ? std::string_view(member->naam) : std::string_view())
        .text("type", member && member->type ? kOrgTypes.name(*member->type) : std::string_view())
        .text("lidmaatschap", c.state.name(m->id))
        .close_object();
  }
  out.close_array();
}

}  // namespace samen::queries

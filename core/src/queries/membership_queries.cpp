#include "queries/membership_queries.hpp"

#include <algorithm>
#include <array>

#include "eval/fields.hpp"
#include "json/stored_view.hpp"
#include "model/order.hpp"

namespace samen::queries {
namespace {

// One membership as the queries show it; `other` is the organisation on the far side.
void write_membership(JsonWriter& out, const Ctx& c, const Lidmaatschap& m, std::string_view other_key, Id other) {
  const Organisatie* org = c.state.get<Organisatie>(other);
  out.open_object()
      .text("lidmaatschap", c.state.name(m.id))
      .text(other_key, c.state.name(other))
      .text("naam", org ? std::string_view(org->naam) : std::string_view())
      .text("type", org && org->type ? kOrgTypes.name(*org->type) : std::string_view())
      .text("status", m.status ? kLidStatuses.name(*m.status) : std::string_view());
  const StoredValue stored(m.json);
  for (const char* key : {"aangegevenOp", "actiefSinds", "afgewezenOp", "beeindigdOp"})
    if (const auto found = stored.find(key)) out.key(key).raw(found->text());
  out.close_object();
}

}  // namespace

std::vector<const Lidmaatschap*> listing(const Ctx& c, std::span<const std::uint32_t> indexes, bool by_member) {
  std::vector<const Lidmaatschap*> list;
  for (std::uint32_t index : indexes) list.push_back(&c.state.at<Lidmaatschap>(index));
  const auto rank = [](const Lidmaatschap* m) { return m->status ? static_cast<int>(*m->status) : 99; };
  const auto other = [&](const Lidmaatschap* m) { return c.state.name(by_member ? m->lid : m->samenwerking); };
  stable_sort_items(list, [&](const Lidmaatschap* a, const Lidmaatschap* b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return other(a) < other(b);
  });
  return list;
}

void write_listing(JsonWriter& out, const Ctx& c, std::span<const Lidmaatschap* const> list, bool by_member) {
  out.open_array();
  for (const Lidmaatschap* m : list) {
    if (by_member) write_membership(out, c, *m, "lid", m->lid);
    else write_membership(out, c, *m, "samenwerking", m->samenwerking);
  }
  out.close_array();
}

void write_counts(JsonWriter& out, std::span<const Lidmaatschap* const> list) {
  std::array<std::int64_t, kLidStatuses.names.size()> per_status{};
  for (const Lidmaatschap* m : list)
    if (m->status) ++per_status[static_cast<std::size_t>(*m->status)];
  out.open_object();
  for (std::size_t i = 0; i < per_status.size(); ++i) out.number(kLidStatuses.names[i], per_status[i]);
  out.close_object();
}

namespace {

// `leden` and `deelnames`: the organisation the query names, and its memberships from one side.
void memberships_of(Ctx& c, JsonWriter& out, std::string_view key, std::string_view list_key, bool by_member) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id(key);
  const Organisatie* organisation = id ? c.resolve<Organisatie>(*id) : nullptr;
  if (!organisation) return;
  const auto& index = by_member ? c.state.index.memberships_by_collective : c.state.index.memberships_by_member;
  const std::vector<const Lidmaatschap*> list = listing(c, index.get(organisation->id), by_member);
  out.text(key, id->text).key(list_key);
  write_listing(out, c, list, by_member);
  out.key("aantallen");
  write_counts(out, list);
}

}  // namespace

void leden(Ctx& c, JsonWriter& out) { memberships_of(c, out, "samenwerking", "leden", true); }

void deelnames(Ctx& c, JsonWriter& out) { memberships_of(c, out, "organisatie", "deelnames", false); }

}  // namespace samen::queries

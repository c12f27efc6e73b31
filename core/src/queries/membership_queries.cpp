#include "queries/membership_queries.hpp"

#include <algorithm>

#include "eval/fields.hpp"
#include "model/order.hpp"

namespace samen::queries {
namespace {

// One membership as the queries show it; `other` is the organisation on the far side.
Json membership_entry(const Ctx& c, const Lidmaatschap& m, std::string_view other_key, Id other) {
  Json entry = Json::object();
  entry["lidmaatschap"] = std::string(c.state.name(m.id));
  entry[std::string(other_key)] = std::string(c.state.name(other));
  const Organisatie* org = c.state.get<Organisatie>(other);
  entry["naam"] = org ? org->naam : std::string();
  entry["type"] = org && org->type ? std::string(kOrgTypes.name(*org->type)) : std::string();
  entry["status"] = m.status ? std::string(kLidStatuses.name(*m.status)) : std::string();
  const Json stored = parse_stored(m.json);
  for (const char* key : {"aangegevenOp", "actiefSinds", "afgewezenOp", "beeindigdOp"})
    if (const auto found = stored.find(key); found != stored.end()) entry[key] = *found;
  return entry;
}

}  // namespace

Json listing(const Ctx& c, std::span<const std::uint32_t> indexes, bool by_member) {
  std::vector<const Lidmaatschap*> list;
  for (std::uint32_t index : indexes) list.push_back(&c.state.at<Lidmaatschap>(index));
  const auto rank = [](const Lidmaatschap* m) { return m->status ? static_cast<int>(*m->status) : 99; };
  const auto other = [&](const Lidmaatschap* m) { return c.state.name(by_member ? m->lid : m->samenwerking); };
  stable_sort_items(list, [&](const Lidmaatschap* a, const Lidmaatschap* b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return other(a) < other(b);
  });
  Json out = Json::array();
  for (const Lidmaatschap* m : list)
    out.push_back(by_member ? membership_entry(c, *m, "lid", m->lid) : membership_entry(c, *m, "samenwerking", m->samenwerking));
  return out;
}

Json counts(const Json& entries) {
  Json out = Json::object();
  for (std::string_view status : kLidStatuses.names) out[std::string(status)] = 0;
  for (const Json& entry : entries)
    if (const auto found = out.find(entry["status"].get<std::string>()); found != out.end()) *found = found->get<int>() + 1;
  return out;
}

Json leden(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("samenwerking");
  const Organisatie* collective = id ? c.resolve<Organisatie>(*id) : nullptr;
  if (!collective) return Json::object();
  Json out = Json::object();
  out["samenwerking"] = std::string(id->text);
  out["leden"] = listing(c, c.state.index.memberships_by_collective.get(collective->id), true);
  out["aantallen"] = counts(out["leden"]);
  return out;
}

Json deelnames(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("organisatie");
  const Organisatie* member = id ? c.resolve<Organisatie>(*id) : nullptr;
  if (!member) return Json::object();
  Json out = Json::object();
  out["organisatie"] = std::string(id->text);
  out["deelnames"] = listing(c, c.state.index.memberships_by_member.get(member->id), false);
  out["aantallen"] = counts(out["deelnames"]);
  return out;
}

}  // namespace samen::queries

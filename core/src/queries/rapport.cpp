// rapport (spec §4.8): a collective's report to its members — members by status, which modules
// they use and how, joint-purchasing candidates, koppelingen between members, the collective's
// own offering and its uptake, and the evaluation status. Shape: docs/queries/report.md.
#include "queries/rapport.hpp"

#include <algorithm>

#include "checks/findings.hpp"
#include "eval/fields.hpp"
#include "json/object.hpp"
#include "model/order.hpp"
#include "queries/controle.hpp"
#include "queries/membership_queries.hpp"
#include "queries/rapport_usage.hpp"
#include "queries/usage_queries.hpp"
#include "rules/common.hpp"
#include "rules/evaluations.hpp"

namespace samen::queries {
namespace {

constexpr const char* kKoppelingFields[] = {"naam", "moduleA", "moduleB", "buitengemeentelijkVoorziening",
                                            "gegevensuitwisselingRichting", "type", "status", "deelnemers"};

// The collective's koppelingen: what links the applications of its members (spec §4.5).
Json koppelingen(const Ctx& c, const Organisatie& collective) {
  std::vector<const Koppeling*> list;
  for (std::uint32_t index : c.state.index.koppelingen_by_eigenaar.get(collective.id)) list.push_back(&c.state.at<Koppeling>(index));
  sort_by_id(c.state, list);
  Json out = Json::array();
  for (const Koppeling* k : list) {
    const Json stored = parse_stored(k->json);
    Json item = json_object({{"koppeling", c.state.name(k->id)}});
    for (const char* key : kKoppelingFields)
      if (const auto found = stored.find(key); found != stored.end()) item[key] = *found;
    out.push_back(std::move(item));
  }
  return out;
}

// The latest evaluation of a subject, or null.
Json latest_json(const Ctx& c, Id subject) {
  const Evaluatie* latest = rules::latest_evaluation(c.state, subject);
  if (!latest) return nullptr;
  const Json stored = parse_stored(latest->json);
  return json_object({{"evaluatie", std::string(c.state.name(latest->id))},
                      {"vastgelegdOp", stored.value("vastgelegdOp", Json(""))},
                      {"stopzetten", latest->stopzetten}});
}

// Evaluation status (spec §4.7, §4.8): the latest evaluation of the collective and of each of
// its afspraken that has not ended; EVAL-003 at the query's tijdstip.
Json evaluation_status(const Ctx& c, const Organisatie& collective) {
  Json bevindingen = Json::array();
  const auto overdue = [&](Id subject, Kind kind) {
    if (!c.command.tijdstip) return;
    const Slot slot = *c.state.slot(subject);
    if (auto melding = rules::eval003_overdue(c.state, c.beleid, subject, *c.command.tijdstip,
                                              checks::pointer_to(c.state, kind, slot.index)))
      bevindingen.push_back(bevinding_json(c, *melding, kind, c.state.name(subject)));
  };
  overdue(collective.id, Kind::organisatie);
  std::vector<const Afspraak*> afspraken;
  for (std::uint32_t index : c.state.index.afspraken_by_samenwerking.get(collective.id)) {
    const Afspraak& a = c.state.at<Afspraak>(index);
    if (!a.ended()) afspraken.push_back(&a);
  }
  sort_by_id(c.state, afspraken);
  Json list = Json::array();
  for (const Afspraak* a : afspraken) {
    list.push_back(json_object({{"afspraak", std::string(c.state.name(a->id))},
                                {"fase", a->fase ? std::string(kFasen.name(*a->fase)) : std::string()},
                                {"laatste", latest_json(c, a->id)}}));
    overdue(a->id, Kind::afspraak);
  }
  return json_object({{"laatste", latest_json(c, collective.id)}, {"afspraken", list}, {"bevindingen", bevindingen}});
}

}  // namespace

Json rapport(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("samenwerking");
  const Organisatie* collective = id ? c.resolve<Organisatie>(*id) : nullptr;
  if (!collective || !require_collective(c, *collective, *id)) return Json::object();

  ReportScope scope{*collective, {}, {}};
  for (const Lidmaatschap* m : active_memberships(c, collective->id)) {
    scope.members.push_back(m->lid);
    scope.member_ids.insert(m->lid);
  }
  Json out = Json::object();
  out["samenwerking"] = std::string(id->text);
  out["naam"] = collective->naam;
  out["type"] = std::string(kOrgTypes.name(*collective->type));
  out["status"] = std::string(kOrgStatuses.name(collective->status));
  if (c.command.tijdstip) out["tijdstip"] = c.command.tijdstip_text;
  out["leden"] = listing(c, c.state.index.memberships_by_collective.get(collective->id), true);
  out["aantallen"] = counts(out["leden"]);
  module_use(c, scope, out);
  out["koppelingen"] = koppelingen(c, *collective);
  out["aanbod"] = offering_uptake(c, scope);
  out["evaluatie"] = evaluation_status(c, *collective);
  return out;
}

}  // namespace samen::queries

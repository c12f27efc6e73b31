// rapport (spec §4.8): a collective's report to its members — members by status, which modules
// they use and how, joint-purchasing candidates, koppelingen between members, the collective's
// own offering and its uptake, and the evaluation status. Shape: docs/queries/report.md.
#include "queries/rapport.hpp"

#include <algorithm>

#include "checks/findings.hpp"
#include "eval/fields.hpp"
#include "json/stored_view.hpp"
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
void write_koppelingen(JsonWriter& out, const Ctx& c, const Organisatie& collective) {
  std::vector<const Koppeling*> list;
  for (std::uint32_t index : c.state.index.koppelingen_by_eigenaar.get(collective.id)) list.push_back(&c.state.at<Koppeling>(index));
  sort_by_id(c.state, list);
  out.open_array();
  for (const Koppeling* k : list) {
    const StoredValue stored(k->json);
    out.open_object().text("koppeling", c.state.name(k->id));
    for (const char* key : kKoppelingFields)
      if (const auto found = stored.find(key)) out.key(key).raw(found->text());
    out.close_object();
  }
  out.close_array();
}

// The latest evaluation of a subject, or null.
void write_latest(JsonWriter& out, const Ctx& c, Id subject) {
  const Evaluatie* latest = rules::latest_evaluation(c.state, subject);
  if (!latest) return void(out.null());
  out.open_object().text("evaluatie", c.state.name(latest->id)).key("vastgelegdOp");
  if (const auto at = StoredValue(latest->json).find("vastgelegdOp")) out.raw(at->text());
  else out.string("");
  out.flag("stopzetten", latest->stopzetten).close_object();
}

// Evaluation status (spec §4.7, §4.8): the latest evaluation of the collective and of each of
// its afspraken that has not ended; EVAL-003 at the query's tijdstip.
void write_evaluation_status(JsonWriter& out, const Ctx& c, const Organisatie& collective) {
  struct Overdue {
    Melding melding;
    Kind kind;
    Id subject;
  };
  std::vector<Overdue> bevindingen;
  const auto overdue = [&](Id subject, Kind kind) {
    if (!c.command.tijdstip) return;
    const Slot slot = *c.state.slot(subject);
    if (auto melding = rules::eval003_overdue(c.state, c.beleid, subject, *c.command.tijdstip,
                                              checks::pointer_to(c.state, kind, slot.index)))
      bevindingen.push_back(Overdue{std::move(*melding), kind, subject});
  };
  overdue(collective.id, Kind::organisatie);
  std::vector<const Afspraak*> afspraken;
  for (std::uint32_t index : c.state.index.afspraken_by_samenwerking.get(collective.id)) {
    const Afspraak& a = c.state.at<Afspraak>(index);
    if (!a.ended()) afspraken.push_back(&a);
  }
  sort_by_id(c.state, afspraken);
  for (const Afspraak* a : afspraken) overdue(a->id, Kind::afspraak);

  out.open_object().key("laatste");
  write_latest(out, c, collective.id);
  out.key("afspraken").open_array();
  for (const Afspraak* a : afspraken) {
    out.open_object().text("afspraak", c.state.name(a->id)).text("fase", a->fase ? kFasen.name(*a->fase) : std::string_view()).key("laatste");
    write_latest(out, c, a->id);
    out.close_object();
  }
  out.close_array().key("bevindingen").open_array();
  for (const Overdue& found : bevindingen) write_bevinding(out, c, found.melding, found.kind, c.state.name(found.subject));
  out.close_array().close_object();
}

}  // namespace

void rapport(Ctx& c, JsonWriter& out) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("samenwerking");
  const Organisatie* collective = id ? c.resolve<Organisatie>(*id) : nullptr;
  if (!collective || !require_collective(c, *collective, *id)) return;

  ReportScope scope{*collective, {}, {}};
  for (const Lidmaatschap* m : active_memberships(c, collective->id)) {
    scope.members.push_back(m->lid);
    scope.member_ids.insert(m->lid);
  }
  out.text("samenwerking", id->text)
      .text("naam", collective->naam)
      .text("type", kOrgTypes.name(*collective->type))
      .text("status", kOrgStatuses.name(collective->status));
  if (c.command.tijdstip) out.text("tijdstip", c.command.tijdstip_text);
  const std::vector<const Lidmaatschap*> leden = listing(c, c.state.index.memberships_by_collective.get(collective->id), true);
  write_listing(out.key("leden"), c, leden, true);
  write_counts(out.key("aantallen"), leden);
  write_module_use(out, c, scope);
  write_koppelingen(out.key("koppelingen"), c, *collective);
  write_offering_uptake(out.key("aanbod"), c, scope);
  write_evaluation_status(out.key("evaluatie"), c, *collective);
}

}  // namespace samen::queries

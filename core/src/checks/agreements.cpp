// Agreements and evaluations as stored: the shape of the terms and AFS-001 ... AFS-006 on each
// afspraak (the same reader and rule functions as afspraak.*), EVAL-001 on each evaluatie, EVAL-003 at the query's tijdstip, and
// EVAL-004 where the latest evaluation of an active subject says stopzetten. AFS-007 and AFS-008
// are about changes and EVAL-002 about authority: not judged on stored data.
#include "checks/families.hpp"
#include "model/time.hpp"
#include "rules/agreement_rules.hpp"
#include "rules/evaluations.hpp"

namespace samen::checks {
namespace {

void afspraak_terms(Findings& f, const Afspraak& a) {
  const Json stored = parse_stored(a.json);
  const Organisatie* partner = f.state.get<Organisatie>(a.partner);
  if (partner && a.partner == a.samenwerking) f.report(a, "/partner", "INVOER-002/partner", {f.pointer(a, "/partner")});
  f.judge_stored(Kind::afspraak, f.index_of(a), stored, [&](Ctx& scratch) {
    rules::read_afspraak_fields(scratch, Need::required);  // the shape of the terms
    const rules::Pads pads{scratch, std::nullopt};
    rules::check_terms(scratch, a.terms, partner, pads);
    if (a.fase && rules::agreed(*a.fase)) {
      rules::afs004_goals_and_roles(scratch, a.terms, pads);
      rules::afs005_conditions_met(scratch, a.terms, pads);
    }
  });
}

// AFS-006: two dated events of one collective share a day. Each overlapping pair is reported
// once, on the later afspraak, naming the earlier one.
void afs006_overlap(Findings& f, const Afspraak& a) {
  if (!a.holds_date()) return;
  const std::uint32_t self = f.index_of(a);
  for (std::uint32_t position : f.state.index.events_by_samenwerking.overlapping(a.samenwerking, *a.terms.evenement)) {
    if (position >= self) continue;
    const Afspraak& other = f.state.at<Afspraak>(position);
    f.report(a, "/evenement", "AFS-006",
             {f.label(other.id), format_date(other.terms.evenement->van), format_date(other.terms.evenement->tot)});
  }
}

// EVAL-004: the latest evaluation of a collective that is Actief, or of an afspraak that did
// not end, says stopzetten.
void eval004_latest_says_stop(Findings& f, Id subject) {
  const Evaluatie* latest = rules::latest_evaluation(f.state, subject);
  if (latest && latest->stopzetten) f.report(*latest, "/stopzetten", "EVAL-004");
}

// EVAL-003 at the query's tijdstip (without one it is not judged, spec §7).
template <class T>
void eval003_overdue(Findings& f) {
  each<T>(f.state, [&](const T& subject) {
    if (auto melding = rules::eval003_overdue(f.state, f.beleid, subject.id, *f.tijdstip()))
      f.record(T::kKind, f.index_of(subject), "", std::move(melding->key), std::move(melding->args));
  });
}

}  // namespace

void check_agreements(Findings& f) {
  each<Afspraak>(f.state, [&](const Afspraak& a) {
    afspraak_terms(f, a);
    afs006_overlap(f, a);
  });
}

void check_evaluations(Findings& f) {
  each<Evaluatie>(f.state, [&](const Evaluatie& e) {
    const Organisatie* organisation = f.state.get<Organisatie>(e.onderwerp);
    if (organisation && organisation->type && !is_collective(*organisation->type))
      f.report(e, "/onderwerp", "INVOER-002/soort",
               {f.pointer(e, "/onderwerp"), f.name(e.onderwerp), "Samenwerking/Community/afspraak"});
    f.judge_stored(Kind::evaluatie, f.index_of(e), parse_stored(e.json), rules::eval001_pdca_complete);
  });
  each<Organisatie>(f.state, [&](const Organisatie& o) {
    if (o.type && is_collective(*o.type) && o.status == OrgStatus::Actief) eval004_latest_says_stop(f, o.id);
  });
  each<Afspraak>(f.state, [&](const Afspraak& a) {
    if (!a.ended()) eval004_latest_says_stop(f, a.id);
  });
  if (!f.tijdstip()) return;
  eval003_overdue<Organisatie>(f);
  eval003_overdue<Afspraak>(f);
}

}  // namespace samen::checks

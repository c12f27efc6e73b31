// Admission as stored (spec §4.1, §7 "Admission"): the rules of each aanvraag, and the trail
// from an aanvraag to every Samenwerking and Community (ORG-001).

#include "checks/families.hpp"
#include "model/id_set.hpp"
#include "rules/admission.hpp"

namespace samen::checks {
namespace {

void aanvraag_rules(Findings& f, const Aanvraag& a) {
  const Json stored = parse_stored(a.json);
  // ORG-004 (samenwerkingtype) and AANV-001 (grondslag, samenwerkingtype for a Samenwerking).
  if (filled(stored, "samenwerkingtype")) org004_samenwerkingtype(f, Kind::aanvraag, f.index_of(a), stored, a.type);  // "": AANV-001
  if (a.type == OrgType::Samenwerking)
    for (const std::string& missing : rules::aanv001_missing(stored)) f.report(a, missing, "AANV-001");
  // AANV-003: a rejection is motivated.
  if (a.status == AanvraagStatus::afgewezen && !filled(stored, "motivering")) f.report(a, "/motivering", "AANV-003");
  // AANV-004/-005: open intake questions, while the aanvraag still waits for its assessor.
  if (a.status == AanvraagStatus::ingediend)
    for (const rules::IntakeGap& gap : rules::intake_gaps(stored)) f.report(a, gap.pad, gap.code, {gap.question});
  // A registered aanvraag names the organisation registered from it (spec §7 "New objects").
  if (a.status == AanvraagStatus::geregistreerd && !f.given(a.organisatie))
    f.report(a, "/organisatie", "INVOER-001", {f.pointer(a, "/organisatie")});
}

// ORG-001 on the aanvraag side: the organisation it names was registered from it, so it is of
// the aanvraag's type, and the aanvraag says so (geregistreerd).
void org001_registered_from(Findings& f, const Aanvraag& a, const Organisatie& o) {
  if (a.type && o.type && a.type != o.type)
    f.report(a, "/organisatie", "ORG-001/spoor-type",
             {f.label(o.id), kOrgTypes.name(*o.type), kOrgTypes.name(*a.type)});
  if (a.status && a.status != AanvraagStatus::geregistreerd)
    f.report(a, "/status", "ORG-001/spoor-status", {f.label(o.id), kAanvraagStatuses.name(*a.status)});
}

}  // namespace

void check_admission(Findings& f) {
  IdSet admitted;  // the organisations an aanvraag names
  each<Aanvraag>(f.state, [&](const Aanvraag& a) {
    aanvraag_rules(f, a);
    const Organisatie* registered = f.state.get<Organisatie>(a.organisatie);
    if (!registered) return;  // none, or a dangling reference (a shape finding)
    admitted.insert(registered->id);
    org001_registered_from(f, a, *registered);
  });
  // A collective that no aanvraag names was not admitted through the engine: for data migrated
  // from the catalogue that is expected, so it is a warning (ORG-001 is a fout for commands).
  each<Organisatie>(f.state, [&](const Organisatie& o) {
    if (o.type && is_collective(*o.type) && !admitted.contains(o.id))
      f.report(o, "", "ORG-001/spoor", {f.label(o.id)}, Ernst::waarschuwing);
  });
}

}  // namespace samen::checks

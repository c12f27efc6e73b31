// Admission (journey phases 0 and 1; spec §4.1, §7 "Admission"): anyone submits an aanvraag
// for a new Samenwerking or Community, a functioneel-beheerder decides on it once, and only an
// approved, unused aanvraag lets a functioneel-beheerder register the collective.
// Rules AANV-001 ... AANV-005, ORG-001 (the collective path), ORG-004 on the aanvraag.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/context.hpp"
#include "eval/fields.hpp"
#include "json/json.hpp"

namespace samen::rules {

void aanvraag_indienen(Ctx& ctx);
void aanvraag_beoordelen(Ctx& ctx);

// An intake question of the seed guide left open: absent, null, false, "" or [] (spec §7).
// A value of another type is a shape problem, not an open question.
struct IntakeGap {
  std::string_view code;  // AANV-004, or AANV-005 for draagvlak
  std::string pad;        // relative to the aanvraag: "/motieven", "/praktisch/tijd"
  std::string question;   // as the message names it: "motieven", "praktisch.tijd"
};
// Every open intake question of an aanvraag (as given or as stored), in the guide's order.
std::vector<IntakeGap> intake_gaps(const Json& aanvraag);

// AANV-001: a Samenwerking's aanvraag needs `grondslag` and `samenwerkingtype`. Answers the
// JSON Pointers, relative to the aanvraag, of those missing ("/grondslag", "/samenwerkingtype").
std::vector<std::string> aanv001_missing(const Json& aanvraag);

// The collective path of organisatie.registreren (spec §4.1, §7), called by it after the shape
// of `organisatie` was read: only a functioneel-beheerder registers a Samenwerking or Community,
// only from an approved, unused aanvraag of the same name (case-insensitive, trimmed) and type
// (ORG-001), with an `eersteBeheerder` who becomes its first contactpersoon. The collective
// starts Actief and the aanvraag becomes `geregistreerd`, naming it.
struct NewCollective {
  IdField id;  // organisatie.id
  OrgType type;
  std::optional<IdField> aanvraag;
};
void register_collective(Ctx& ctx, const NewCollective& collective, const Fields& organisatie);

}  // namespace samen::rules

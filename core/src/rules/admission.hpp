// Admission (journey phases 0 and 1; spec §4.1, §7 "Admission"): anyone submits an aanvraag
// for a new Samenwerking or Community, a functioneel-beheerder decides on it once, and only an
// approved, unused aanvraag lets a functioneel-beheerder register the collective.
// Rules AANV-001 ... AANV-005, ORG-001 (the collective path), ORG-004 (samenwerkingtype).
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

// AANV-001: a Samenwerking's aanvraag needs `grondslag` and `samenwerkingtype`; `pads` are the
// missing fields relative to the aanvraag ("/grondslag", "/samenwerkingtype").
std::vector<std::string> aanv001_missing(const Json& aanvraag);

// ORG-004: `samenwerkingtype`, where `fields` has it, only for a Samenwerking and from its list.
void org004_samenwerkingtype(Ctx& ctx, std::optional<OrgType> type, const Fields& fields);

}  // namespace samen::rules

// The families of stored-data checks that make up `controle`, one file each. A family walks the
// tables it is about once (and looks up the rest through the state's indexes), so the whole
// report stays linear in the size of the state. A family that lands later adds one line to
// kFamilies in controle.cpp.
#pragma once

#include "checks/findings.hpp"

namespace samen::checks {

// Fields, their JSON types and closed lists, and references (INVOER-001/002/003), per kind.
void check_shape(Findings& findings);
// ORG-004 on organisations; register links (deelnemers/deelnames) without an active membership.
void check_organisations(Findings& findings);
// ORG-004 on a stored organisation or aanvraag of `type`: samenwerkingtype, where present and
// not null, only for a Samenwerking, and from the register's list.
void org004_samenwerkingtype(Findings& findings, Kind kind, std::uint32_t index, const Json& stored,
                             std::optional<OrgType> type);
// AANV-001, -003, -004, -005 and ORG-004 on aanvragen; ORG-001: the aanvraag trail of collectives.
void check_admission(Findings& findings);
// LID-001, LID-002 (policy, itself, cycles), LID-004.
void check_memberships(Findings& findings);
// AANB-001, AANB-003.
void check_offering(Findings& findings);
// GEBR-001 ... GEBR-004, GEBR-006 (who proposed), GEBR-007.
void check_usage(Findings& findings);
// KOP-001, -002, -003, KOP-004 (deelnemers are active members), KOP-005.
void check_koppelingen(Findings& findings);
// AFS-001 ... AFS-006 on afspraken.
void check_agreements(Findings& findings);
// EVAL-001, EVAL-003 (at the query's tijdstip), EVAL-004 (the latest evaluation says stopzetten).
void check_evaluations(Findings& findings);

}  // namespace samen::checks

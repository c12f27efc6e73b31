// Command handlers of the organisation family (spec §4.1, §7).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "eval/context.hpp"
#include "eval/fields.hpp"

namespace samen::rules {

void organisatie_registreren(Ctx& ctx);
void organisatie_wijzigen(Ctx& ctx);
void organisatie_activeren(Ctx& ctx);
void organisatie_deactiveren(Ctx& ctx);
void contactpersoon_registreren(Ctx& ctx);

struct RoleField {
  Rol rol;
  std::string pad;
};

// A contactpersoon as given (contactpersoon.registreren; the eersteBeheerder of a collective):
// `id`, `e-mailadres` (a plausible address), `rollen` (a non-empty list of known roles, each
// once). Null after INVOER-001/002.
struct NewContact {
  IdField id;
  std::vector<RoleField> rollen;
};
std::optional<NewContact> read_contact(Ctx& ctx, Fields& fields);

// ORG-004: `samenwerkingtype`, where `fields` has it, only for a Samenwerking and from its list.
void org004_samenwerkingtype(Ctx& ctx, std::optional<OrgType> type, const Fields& fields);

}  // namespace samen::rules

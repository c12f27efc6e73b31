// Who may give which command (spec §7): the role table turned into small checks. Each check
// records AUTH-001 (a role is missing), AUTH-002 or the rule's own code (acting for another
// organisation), or AUTH-003 (only a functioneel-beheerder), and returns whether the actor may
// go on. A functioneel-beheerder may always act.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "eval/context.hpp"
#include "model/vocab.hpp"

namespace samen {

// The roles that make an actor "a beheerder" of an organisation for a kind of command.
RolSet offering_roles(std::optional<OrgType> aanbieder);  // module.*, dienst.*
RolSet usage_roles(std::optional<OrgType> afnemer);       // gebruik.registreren, gebruik.wijzigen
RolSet koppeling_roles(std::optional<OrgType> eigenaar);  // koppeling.*
inline constexpr RolSet kOrganisatieBeheerRollen = kBeheerderRollen | bit(Rol::organisatie_beheerder);

struct Authority {
  RolSet roles = kBeheerderRollen;
  std::string_view wrong_organisation_key = "AUTH-002";  // or the rule's own code (LID-003, ...)
  std::string_view wrong_organisation_pad = "/actor/organisatie";  // outlives the evaluation
};

// The actor must hold one of `authority.roles` and act for one of `organisations`.
bool authorize(Ctx& ctx, std::initializer_list<std::string_view> organisations, const Authority& authority = {});
// Only a functioneel-beheerder (AUTH-003).
bool authorize_functioneel_beheerder(Ctx& ctx);

std::string role_list(RolSet roles);  // "aanbod-beheerder of gebruik-beheerder"

}  // namespace samen

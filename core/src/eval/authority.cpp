#include "eval/authority.hpp"

namespace samen {

RolSet offering_roles(std::optional<OrgType> aanbieder) {
  return aanbieder == OrgType::Samenwerking ? kBeheerderRollen : bit(Rol::aanbod_beheerder);
}

RolSet usage_roles(std::optional<OrgType> afnemer) {
  return afnemer == OrgType::Samenwerking ? kBeheerderRollen : bit(Rol::gebruik_beheerder);
}

RolSet koppeling_roles(std::optional<OrgType> eigenaar) {
  if (eigenaar == OrgType::Gemeente) return bit(Rol::gebruik_beheerder);
  if (eigenaar == OrgType::Leverancier) return bit(Rol::aanbod_beheerder);
  return kBeheerderRollen;
}

std::string role_list(RolSet roles) {
  std::string out;
  for (std::size_t i = 0; i < kRollen.names.size(); ++i) {
    if (!contains(roles, static_cast<Rol>(i))) continue;
    if (!out.empty()) out += " / ";
    out += kRollen.names[i];
  }
  return out;
}

bool authorize(Ctx& ctx, std::initializer_list<std::string_view> organisations, const Authority& authority) {
  const Actor& actor = ctx.actor();
  if (actor.functioneel_beheerder()) return true;
  if ((actor.rollen & authority.roles) == 0) {
    ctx.report("AUTH-001", "/actor/rollen", {role_list(authority.roles)});
    return false;
  }
  for (std::string_view organisation : organisations)
    if (actor.acts_for(organisation)) return true;
  std::string concerned;
  for (std::string_view organisation : organisations) {
    if (!concerned.empty()) concerned += " / ";
    concerned += ctx.label(organisation);
  }
  ctx.report(authority.wrong_organisation_key, authority.wrong_organisation_pad,
             {actor.organisatie ? ctx.label(*actor.organisatie) : std::string("-"), concerned});
  return false;
}

bool authorize_functioneel_beheerder(Ctx& ctx) {
  if (ctx.actor().functioneel_beheerder()) return true;
  ctx.report("AUTH-003", "/actor/rollen");
  return false;
}

}  // namespace samen

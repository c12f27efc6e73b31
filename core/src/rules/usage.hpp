// Command handlers of the usage family (spec §4.4): an afnemer registers which modules it uses,
// a collective also on behalf of its members (deelnemers).
#pragma once

#include <optional>

#include "eval/context.hpp"

namespace samen::rules {

void gebruik_registreren(Ctx& ctx);
void gebruik_wijzigen(Ctx& ctx);

// Whether an organisation of this type may register usage at all (policy `afnemerTypen`).
bool may_register_usage(const Beleid& beleid, std::optional<OrgType> afnemer);
// Whether an afnemer of this type registers usage on behalf of members (lists deelnemers):
// a Samenwerking, or a Community under `communityGebruikNamensLeden`.
bool registers_for_members(const Beleid& beleid, std::optional<OrgType> afnemer);

}  // namespace samen::rules

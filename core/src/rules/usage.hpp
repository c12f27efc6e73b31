// Command handlers of the usage family (spec §4.4): an afnemer registers which modules it uses,
// a collective also on behalf of its members (deelnemers).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "eval/context.hpp"

namespace samen::rules {

void gebruik_registreren(Ctx& ctx);
void gebruik_wijzigen(Ctx& ctx);

// GEBR-001 and GEBR-002, judged for registered and for proposed usage alike.
void gebr001_afnemer_type(Ctx& ctx, const Organisatie& afnemer, std::string_view pad);
void gebr002_one_live_usage(Ctx& ctx, const Organisatie& afnemer, const Module& module, std::string_view pad);
// The diensten a usage lists must exist and be diensten; each is listed once.
void check_diensten(Ctx& ctx, const std::vector<IdField>& diensten, std::string_view pad);

// Whether an organisation of this type may register usage at all (policy `afnemerTypen`).
bool may_register_usage(const Beleid& beleid, std::optional<OrgType> afnemer);
// Whether an afnemer of this type registers usage on behalf of members (lists deelnemers):
// a Samenwerking, or a Community under `communityGebruikNamensLeden`.
bool registers_for_members(const Beleid& beleid, std::optional<OrgType> afnemer);

}  // namespace samen::rules

// The query `controle` (spec §2.4, §6 `samen check`): the consistency report of the whole state.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen::queries {

Json controle(Ctx& ctx);

}  // namespace samen::queries

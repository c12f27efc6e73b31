// The query `controle` (spec §2.4, §6 `samen check`): the consistency report of the whole state.
#pragma once

#include "eval/context.hpp"
#include "json/json.hpp"
#include "model/objects.hpp"

namespace samen::queries {

Json controle(Ctx& ctx);

// One finding about a stored object: the melding (code, ernst, melding, pad into the state)
// and the object it is about (soort, id).
Json bevinding_json(const Ctx& ctx, const Melding& melding, Kind kind, std::string_view id);

}  // namespace samen::queries

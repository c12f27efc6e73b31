// The query `controle` (spec §2.4, §6 `samen check`): the consistency report of the whole state.
#pragma once

#include "eval/context.hpp"
#include "json/json_writer.hpp"
#include "model/objects.hpp"

namespace samen::queries {

void controle(Ctx& ctx, JsonWriter& answer);

// One finding about a stored object: the melding (code, ernst, melding, pad into the state)
// and the object it is about (soort, id).
void write_bevinding(JsonWriter& out, const Ctx& ctx, const Melding& melding, Kind kind, std::string_view id);

}  // namespace samen::queries

// The envelope of a command or query: actor, tijdstip and gegevens (spec §2.2).
#pragma once

#include <vector>

#include "eval/command.hpp"
#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen {

enum class TimeNeed : bool { required, optional };

// Reads the envelope of `root` (an object). Problems become INVOER meldingen in `problems`.
Command read_envelope(const Json& root, std::string name, TimeNeed time, std::vector<Melding>& problems);

}  // namespace samen

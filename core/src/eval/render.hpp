// Turning decisions and meldingen into the result JSON of spec §2.3.
#pragma once

#include <string>

#include "eval/context.hpp"
#include "json/json.hpp"
#include "messages/messages.hpp"

namespace samen {

Json melding_json(const Melding& melding, Taal taal);
Json meldingen_json(const std::vector<Melding>& meldingen, Taal taal);
std::string render_decision(const Decision& decision, Taal taal);

}  // namespace samen

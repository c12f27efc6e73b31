// Turning decisions and meldingen into the result JSON of spec §2.3.
#pragma once

#include <string>
#include <vector>

#include "eval/context.hpp"
#include "json/json_writer.hpp"
#include "messages/messages.hpp"

namespace samen {

// A melding as an object (code, ernst, melding, pad), left open so that a caller can add members.
void write_melding_open(JsonWriter& out, const Melding& melding, Taal taal);
// The meldingen as an array of closed melding objects.
void write_meldingen(JsonWriter& out, const std::vector<Melding>& meldingen, Taal taal);
std::string render_decision(const Decision& decision, Taal taal);

}  // namespace samen

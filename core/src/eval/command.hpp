// A command (opdracht) or query (vraag) after its envelope was read: who acts, when, and
// the gegevens the rules read. Problems with the envelope are meldingen (INVOER-*), not
// call failures, so that a form can show them next to the others (spec §2.3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json/json.hpp"
#include "model/vocab.hpp"

namespace samen {

struct Actor {
  std::optional<std::string> organisatie;  // as given; may name no existing organisation
  RolSet rollen = 0;

  bool functioneel_beheerder() const { return contains(rollen, Rol::functioneel_beheerder); }
  bool acts_for(std::string_view organisation) const { return organisatie && *organisatie == organisation; }
};

struct Command {
  std::string opdracht;               // or the vraag, for a query
  const Json* gegevens = nullptr;     // null when absent or not an object
  std::optional<std::int64_t> tijdstip;  // ms since the epoch; null when absent or invalid
  std::string tijdstip_text;          // as given, written into timestamps the engine sets
  Actor actor;
};

}  // namespace samen

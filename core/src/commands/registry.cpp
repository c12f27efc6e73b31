#include "commands/registry.hpp"

#include <array>

#include "rules/agreements.hpp"
#include "rules/evaluations.hpp"
#include "rules/members.hpp"

namespace samen {
namespace {

constexpr std::array kCommands = {
    CommandEntry{"lidmaatschap.aangeven", rules::lidmaatschap_aangeven},
    CommandEntry{"lidmaatschap.bevestigen", rules::lidmaatschap_bevestigen},
    CommandEntry{"lidmaatschap.afwijzen", rules::lidmaatschap_afwijzen},
    CommandEntry{"lidmaatschap.beeindigen", rules::lidmaatschap_beeindigen},
    CommandEntry{"afspraak.vastleggen", rules::afspraak_vastleggen},
    CommandEntry{"afspraak.wijzigen", rules::afspraak_wijzigen},
    CommandEntry{"afspraak.fase-wijzigen", rules::afspraak_fase_wijzigen},
    CommandEntry{"afspraak.beeindigen", rules::afspraak_beeindigen},
    CommandEntry{"evaluatie.vastleggen", rules::evaluatie_vastleggen},
};

}  // namespace

const CommandEntry* find_command(std::string_view name) {
  for (const CommandEntry& entry : kCommands)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::span<const CommandEntry> all_commands() { return kCommands; }

}  // namespace samen

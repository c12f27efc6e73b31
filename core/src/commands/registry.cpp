#include "commands/registry.hpp"

#include <array>

#include "rules/koppelingen.hpp"
#include "rules/members.hpp"
#include "rules/proposals.hpp"
#include "rules/usage.hpp"

namespace samen {
namespace {

constexpr std::array kCommands = {
    CommandEntry{"lidmaatschap.aangeven", rules::lidmaatschap_aangeven},
    CommandEntry{"lidmaatschap.bevestigen", rules::lidmaatschap_bevestigen},
    CommandEntry{"lidmaatschap.afwijzen", rules::lidmaatschap_afwijzen},
    CommandEntry{"lidmaatschap.beeindigen", rules::lidmaatschap_beeindigen},
    CommandEntry{"gebruik.registreren", rules::gebruik_registreren},
    CommandEntry{"gebruik.wijzigen", rules::gebruik_wijzigen},
    CommandEntry{"gebruik.voorstellen", rules::gebruik_voorstellen},
    CommandEntry{"gebruik.voorstel-beoordelen", rules::gebruik_voorstel_beoordelen},
    CommandEntry{"koppeling.registreren", rules::koppeling_registreren},
    CommandEntry{"koppeling.wijzigen", rules::koppeling_wijzigen},
};

}  // namespace

const CommandEntry* find_command(std::string_view name) {
  for (const CommandEntry& entry : kCommands)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::span<const CommandEntry> all_commands() { return kCommands; }

}  // namespace samen

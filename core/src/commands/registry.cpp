#include "commands/registry.hpp"

#include <array>

#include "rules/admission.hpp"
#include "rules/members.hpp"
#include "rules/usage.hpp"

namespace samen {
namespace {

constexpr std::array kCommands = {
    CommandEntry{"aanvraag.indienen", rules::aanvraag_indienen},
    CommandEntry{"aanvraag.beoordelen", rules::aanvraag_beoordelen},
    CommandEntry{"lidmaatschap.aangeven", rules::lidmaatschap_aangeven},
    CommandEntry{"lidmaatschap.bevestigen", rules::lidmaatschap_bevestigen},
    CommandEntry{"lidmaatschap.afwijzen", rules::lidmaatschap_afwijzen},
    CommandEntry{"lidmaatschap.beeindigen", rules::lidmaatschap_beeindigen},
    CommandEntry{"gebruik.registreren", rules::gebruik_registreren},
    CommandEntry{"gebruik.wijzigen", rules::gebruik_wijzigen},
};

}  // namespace

const CommandEntry* find_command(std::string_view name) {
  for (const CommandEntry& entry : kCommands)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::span<const CommandEntry> all_commands() { return kCommands; }

}  // namespace samen

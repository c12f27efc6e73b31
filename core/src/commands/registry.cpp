#include "commands/registry.hpp"

#include <array>

#include "rules/members.hpp"
#include "rules/offering.hpp"
#include "rules/organisations.hpp"

namespace samen {
namespace {

constexpr std::array kCommands = {
    CommandEntry{"lidmaatschap.aangeven", rules::lidmaatschap_aangeven},
    CommandEntry{"lidmaatschap.bevestigen", rules::lidmaatschap_bevestigen},
    CommandEntry{"lidmaatschap.afwijzen", rules::lidmaatschap_afwijzen},
    CommandEntry{"lidmaatschap.beeindigen", rules::lidmaatschap_beeindigen},
    CommandEntry{"organisatie.registreren", rules::organisatie_registreren},
    CommandEntry{"organisatie.wijzigen", rules::organisatie_wijzigen},
    CommandEntry{"organisatie.activeren", rules::organisatie_activeren},
    CommandEntry{"organisatie.deactiveren", rules::organisatie_deactiveren},
    CommandEntry{"contactpersoon.registreren", rules::contactpersoon_registreren},
    CommandEntry{"module.registreren", rules::module_registreren},
    CommandEntry{"module.verwijderen", rules::module_verwijderen},
    CommandEntry{"dienst.registreren", rules::dienst_registreren},
    CommandEntry{"dienst.verwijderen", rules::dienst_verwijderen},
};

}  // namespace

const CommandEntry* find_command(std::string_view name) {
  for (const CommandEntry& entry : kCommands)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::span<const CommandEntry> all_commands() { return kCommands; }

}  // namespace samen

#include "commands/registry.hpp"

#include <array>

#include "rules/admission.hpp"
#include "rules/agreements.hpp"
#include "rules/evaluations.hpp"
#include "rules/koppelingen.hpp"
#include "rules/members.hpp"
#include "rules/offering.hpp"
#include "rules/organisations.hpp"
#include "rules/proposals.hpp"
#include "rules/usage.hpp"

namespace samen {
namespace {

// In the order of spec §2.2; toegestaneOpdrachten and the docs list commands in this order.
constexpr std::array kCommands = {
    // Admission (aanvraag.*).
    CommandEntry{"aanvraag.indienen", rules::aanvraag_indienen},
    CommandEntry{"aanvraag.beoordelen", rules::aanvraag_beoordelen},

    // Organisations.
    CommandEntry{"organisatie.registreren", rules::organisatie_registreren},
    CommandEntry{"organisatie.wijzigen", rules::organisatie_wijzigen},
    CommandEntry{"organisatie.activeren", rules::organisatie_activeren},
    CommandEntry{"organisatie.deactiveren", rules::organisatie_deactiveren},
    CommandEntry{"contactpersoon.registreren", rules::contactpersoon_registreren},

    // Memberships.
    CommandEntry{"lidmaatschap.aangeven", rules::lidmaatschap_aangeven},
    CommandEntry{"lidmaatschap.bevestigen", rules::lidmaatschap_bevestigen},
    CommandEntry{"lidmaatschap.afwijzen", rules::lidmaatschap_afwijzen},
    CommandEntry{"lidmaatschap.beeindigen", rules::lidmaatschap_beeindigen},

    // Offering.
    CommandEntry{"module.registreren", rules::module_registreren},
    CommandEntry{"dienst.registreren", rules::dienst_registreren},
    CommandEntry{"module.verwijderen", rules::module_verwijderen},
    CommandEntry{"dienst.verwijderen", rules::dienst_verwijderen},

    // Usage.
    CommandEntry{"gebruik.registreren", rules::gebruik_registreren},
    CommandEntry{"gebruik.wijzigen", rules::gebruik_wijzigen},

    // Supplier proposals.
    CommandEntry{"gebruik.voorstellen", rules::gebruik_voorstellen},
    CommandEntry{"gebruik.voorstel-beoordelen", rules::gebruik_voorstel_beoordelen},

    // Koppelingen.
    CommandEntry{"koppeling.registreren", rules::koppeling_registreren},
    CommandEntry{"koppeling.wijzigen", rules::koppeling_wijzigen},

    // Agreements and evaluations.
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

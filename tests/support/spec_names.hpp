// The names of spec §2.2 (commands) and §2.4 (queries), written out from the spec rather than
// taken from the engine, so that tests cover every command whether this build knows it or not.
#pragma once

#include <array>
#include <string_view>

#include "capi_session.hpp"

namespace samen_support {

inline constexpr std::array<std::string_view, 26> kSpecCommands = {
    "aanvraag.indienen",       "aanvraag.beoordelen",      "organisatie.registreren", "organisatie.wijzigen",
    "organisatie.activeren",   "organisatie.deactiveren",  "contactpersoon.registreren", "lidmaatschap.aangeven",
    "lidmaatschap.bevestigen", "lidmaatschap.afwijzen",    "lidmaatschap.beeindigen", "module.registreren",
    "dienst.registreren",      "module.verwijderen",       "dienst.verwijderen",      "gebruik.registreren",
    "gebruik.wijzigen",        "gebruik.voorstellen",      "gebruik.voorstel-beoordelen", "koppeling.registreren",
    "koppeling.wijzigen",      "afspraak.vastleggen",      "afspraak.wijzigen",       "afspraak.fase-wijzigen",
    "afspraak.beeindigen",     "evaluatie.vastleggen"};

inline constexpr std::array<std::string_view, 7> kSpecQueries = {
    "leden", "deelnames", "landschap", "mogelijkeDeelnemers", "toegestaneOpdrachten", "rapport", "controle"};

// Whether this build knows the command (answers anything but OPDRACHT-ONBEKEND for it).
bool knows_command(const Session& session, std::string_view opdracht);
// Whether this build knows the query (answers anything but VRAAG-ONBEKEND for it).
bool knows_query(const Session& session, std::string_view vraag);

}  // namespace samen_support

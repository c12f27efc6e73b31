// English messages (options: "taal": "en").
#include "messages/messages.hpp"

namespace samen {

const MessageEntry kMessagesEn[] = {
    // Call level (fouten).
    {"JSON-SYNTAX", "Invalid JSON: {1}"},
    {"JSON-SYNTAX/leeg", "Empty input: expected a JSON object."},
    {"JSON-SYNTAX/dubbel", "Invalid JSON: the key \"{1}\" occurs twice in one object ({2}); each key may occur only once."},
    {"JSON-SYNTAX/nul", "Invalid JSON: the input contains the character U+0000 (\\u0000) at byte {1}; it is not allowed in text."},
    {"JSON-DIEPTE", "The input is nested deeper than the limit of {1} levels."},
    {"JSON-GROOTTE", "The input is {1} bytes; the limit is {2} bytes."},
    {"JSON-UTF8", "The input is not valid UTF-8 (at byte {1})."},
    {"OPDRACHT-ONTBREEKT", "The command is missing: expected a JSON object with the field \"opdracht\"."},
    {"OPDRACHT-ONBEKEND", "Unknown command: {1}."},
    {"VRAAG-ONTBREEKT", "The query is missing: expected a JSON object with the field \"vraag\"."},
    {"VRAAG-ONBEKEND", "Unknown query: {1}."},
    {"OPTIES", "Invalid options at {1}."},
    {"OPTIES/bool", "Invalid options at {1}: expected true or false."},
    {"OPTIES/getal", "Invalid options at {1}: expected a whole number from 1 to {2}."},
    {"OPTIES/typen", "Invalid options at {1}: expected a list of values from: {2}."},
    {"OPTIES/object", "Invalid options at {1}: expected a JSON object."},
    {"OPTIES/sleutel", "Invalid options at {1}: unknown key."},
    {"OPTIES/taal", "Invalid options at {1}: expected \"nl\" or \"en\"."},
    {"TOESTAND", "Invalid state at {1}."},
    {"TOESTAND/object", "Invalid state: expected a JSON object with a list per kind."},
    {"TOESTAND/soort", "Invalid state at {1}: unknown kind {2}."},
    {"TOESTAND/lijst", "Invalid state at {1}: expected a list."},
    {"TOESTAND/element", "Invalid state at {1}: expected an object."},
    {"TOESTAND/id", "Invalid state at {1}: every object needs a non-empty string id."},
    {"TOESTAND/dubbel", "Invalid state at {1}: the id {2} is used more than once."},
    {"TOESTAND/afgeleid", "Invalid state at {1}: the id {2} for a membership derived from the links is already taken."},
    {"ARGUMENT", "Invalid argument: {1}"},
    {"GEHEUGEN", "Not enough memory to complete this call."},
    {"GEHEUGEN/verloren", "The state was lost to an out-of-memory condition; load the state again."},
    {"INTERN", "Internal error: {1}"},

    // Input.
    {"INVOER-001", "The field {1} is missing or empty."},
    {"INVOER-001/verwijderen", "The field {1} is required and cannot be removed."},
    {"INVOER-002", "The field {1} has the wrong type."},
    {"INVOER-002/tekst", "The field {1} has the wrong type: expected a string."},
    {"INVOER-002/lijst", "The field {1} has the wrong type: expected a list."},
    {"INVOER-002/bool", "The field {1} has the wrong type: expected true or false."},
    {"INVOER-002/object", "The field {1} has the wrong type: expected an object."},
    {"INVOER-002/datum", "The field {1} is not an existing date (YYYY-MM-DD)."},
    {"INVOER-002/rol", "The field {1} holds an unknown role: {2}."},
    {"INVOER-002/waarde", "The field {1} has the value {2}, which is not in its list ({3})."},
    {"INVOER-002/soort", "The field {1} refers to {2}, which is not a {3}."},
    {"INVOER-002/vast", "The field {1} cannot be changed with this command."},
    {"INVOER-002/dubbel", "The value {2} appears twice in {1}."},
    {"INVOER-002/e-mailadres", "The field {1} is not an e-mail address: {2}."},
    {"INVOER-002/collectief", "The field {1} belongs only to registering a Samenwerking or Community, not a {2}."},
    {"INVOER-002/sleutel", "The field {1} is unknown; known fields are: {2}."},
    {"INVOER-002/volgorde", "The field {1}: the end date {3} lies before the start date {2}."},
    {"INVOER-002/partner", "The field {1}: the partner cannot be the collective itself."},
    {"INVOER-003", "The field {1} refers to {2}, but that object does not exist."},
    {"INVOER-004", "The id {1} is already taken."},
    {"INVOER-005", "The tijdstip is missing or not an RFC 3339 date-time with a time zone."},

    // Authority.
    {"AUTH-001", "This command needs the role {1}; the actor does not have it."},
    {"AUTH-002", "The actor acts for {1}, but this command concerns {2}."},
    {"AUTH-003", "Only a functioneel beheerder may do this."},
    {"AUTH-003/rol", "Only a functioneel beheerder may grant the role {1}."},

    // Organisations.
    {"ORG-001", "A Samenwerking or Community cannot register itself: it needs a functioneel beheerder and an approved, unused aanvraag of the same name and type."},
    {"ORG-002", "The type of an organisation cannot change."},
    {"ORG-003", "The organisation {1} is not active (status: {2})."},
    {"ORG-004", "samenwerkingtype is only for a Samenwerking and must be one of: {1}."},
    {"ORG-004/type", "samenwerkingtype is only for a Samenwerking; this organisation is a {1}."},

    // Admission requests.
    {"AANV-001", "A Samenwerking's aanvraag needs a grondslag and a samenwerkingtype."},
    {"AANV-002", "This aanvraag was already decided (status: {1})."},
    {"AANV-003", "A rejection needs a motivering."},
    {"AANV-004", "An intake question is unanswered: {1}."},
    {"AANV-005", "No draagvlak: board and volunteers are not on one line. Is the collaboration worth the risk?"},

    // Memberships.
    {"LID-001", "One can only become a member of a Samenwerking or Community; {1} is a {2}."},
    {"LID-002", "By policy, a {1} cannot be a member of a {2}."},
    {"LID-002/zelf", "A collective cannot be a member of itself."},
    {"LID-002/cyclus", "This membership would make a cycle of collectives: {1}."},
    {"LID-003", "A collective cannot add members itself; only the member's own beheerder (or a functioneel beheerder) declares membership."},
    {"LID-004", "An open membership for this pair already exists: {1} (status: {2})."},
    {"LID-005", "Only a beheerder of the collective (or a functioneel beheerder) confirms or rejects a membership."},
    {"LID-005/status", "Only a requested membership can be confirmed or rejected; this one is {1}."},
    {"LID-006", "Only the member, the collective or a functioneel beheerder ends a membership."},
    {"LID-006/status", "Only an open membership can be ended; this one is {1}."},
    {"LID-007", "Ending this membership removes {1} from {2} usage registration(s) and {3} koppeling(en); see the changes."},

    // Offering.
    {"AANB-001", "An organisation of type {1} cannot offer anything (policy aanbiederTypen)."},
    {"AANB-002", "{1} is in use and cannot be removed. In use by: {2}."},
    {"AANB-002/koppeling", "{1} is part of a koppeling and cannot be removed. Koppelingen: {2}."},
    {"AANB-002/dienst", "{1} belongs to a dienst and cannot be removed. Diensten: {2}."},
    {"AANB-003", "{1} already offers a module named {2} ({3})."},

    // Usage.
    {"GEBR-001", "An organisation of type {1} cannot register usage (policy afnemerTypen)."},
    {"GEBR-002", "{1} already has live usage of this module: {2}."},
    {"GEBR-003", "Deelnemers are only for usage registered by a collective."},
    {"GEBR-004", "{1} is not an active member of {2} at this tijdstip."},
    {"GEBR-004/dubbel", "{1} is listed twice among the deelnemers."},
    {"GEBR-004/zelf", "The afnemer cannot be a deelnemer itself."},
    {"GEBR-005", "The status cannot go backwards: from {1} to {2}."},
    {"GEBR-006", "Only the module's own aanbieder proposes usage."},
    {"GEBR-006/overgang", "A proposal cannot move from {1} to {2}."},
    {"GEBR-006/kant", "{1} cannot take this transition of the proposal: it belongs to {2}."},
    {"GEBR-007", "{1} already registered its own usage of this module: {2}."},

    // Koppelingen.
    {"KOP-001", "Exactly one of moduleB and buitengemeentelijkVoorziening must be set."},
    {"KOP-002", "The gegevensuitwisselingRichting is missing."},
    {"KOP-003", "A Leverancier only registers koppelingen from its own module A."},
    {"KOP-004", "{1} is not in the application landscape of {2}."},
    {"KOP-004/samenwerking", "{1} is not in the application landscape of {2} or of any of its active members."},
    {"KOP-004/lid", "{1} is not an active member of {2}."},
    {"KOP-005", "A koppeling between these modules already exists for this owner: {1}."},
    {"KOP-006", "The naam was missing and has been derived as \"{1}\"."},

    // Agreements.
    {"AFS-001", "Co-branding has no financial obligations (no sponsoring, garantstelling or reiskostenvergoeding)."},
    {"AFS-002", "A partner with a profit motive can only be in co-branding; samen sterk is for non-profit partners."},
    {"AFS-003", "Financial or buro support under samen sterk needs the board's approval (goedkeuringBestuur)."},
    {"AFS-003/inhuur", "Under co-branding, buro capacity can only be hired (ingehuurd)."},
    {"AFS-004", "Phases go in order (verkennen, delen, overeenkomen, uitvoeren, afgerond); {1} to {2} is not allowed."},
    {"AFS-004/inhoud", "overeenkomen needs doelstellingen and a rolverdeling: {1} is missing."},
    {"AFS-004/beeindigen", "Ending goes through afspraak.beeindigen, not through a phase change."},
    {"AFS-005", "overeenkomen needs every condition met: {1} is not."},
    {"AFS-006", "The evenement overlaps another event of the same collective: {1} ({2} to {3})."},
    {"AFS-007", "Only a beheerder of the collective or of the partner (or a functioneel beheerder) ends an afspraak."},
    {"AFS-007/definitief", "This afspraak is already {1}, and that is final."},
    {"AFS-008", "The afspraak moves past verkennen without draagvlak."},

    // Evaluations.
    {"EVAL-001", "An evaluation needs plan, do, check and act: {1} is missing."},
    {"EVAL-002", "Only a beheerder of the collective (or a functioneel beheerder) records an evaluation."},
    {"EVAL-003", "{1} is active but has no evaluation within {2} months."},
    {"EVAL-003/nooit", "{1} is active but has never been evaluated (term: {2} months)."},
    {"EVAL-004", "The evaluation says stopzetten: consider ending the collaboration."},
    {nullptr, nullptr},
};

}  // namespace samen

// Dutch messages: the default language of the catalogue.
#include "messages/messages.hpp"

namespace samen {

const MessageEntry kMessagesNl[] = {
    // Call level (fouten).
    {"JSON-SYNTAX", "Ongeldige JSON: {1}"},
    {"JSON-SYNTAX/leeg", "Lege invoer: verwacht een JSON-object."},
    {"JSON-SYNTAX/dubbel", "Ongeldige JSON: de sleutel \"{1}\" komt twee keer voor in hetzelfde object ({2}); elke sleutel mag maar één keer voorkomen."},
    {"JSON-SYNTAX/nul", "Ongeldige JSON: de invoer bevat het teken U+0000 (\\u0000) bij byte {1}; dat teken is in tekst niet toegestaan."},
    {"JSON-DIEPTE", "De invoer is dieper genest dan de grens van {1} niveaus."},
    {"JSON-GROOTTE", "De invoer is {1} bytes groot; de grens is {2} bytes."},
    {"JSON-UTF8", "De invoer is geen geldige UTF-8 (bij byte {1})."},
    {"OPDRACHT-ONTBREEKT", "De opdracht ontbreekt: verwacht een JSON-object met het veld \"opdracht\"."},
    {"OPDRACHT-ONBEKEND", "Onbekende opdracht: {1}."},
    {"VRAAG-ONTBREEKT", "De vraag ontbreekt: verwacht een JSON-object met het veld \"vraag\"."},
    {"VRAAG-ONBEKEND", "Onbekende vraag: {1}."},
    {"OPTIES", "Ongeldige opties bij {1}."},
    {"OPTIES/bool", "Ongeldige opties bij {1}: verwacht true of false."},
    {"OPTIES/getal", "Ongeldige opties bij {1}: verwacht een geheel getal van 1 tot en met {2}."},
    {"OPTIES/typen", "Ongeldige opties bij {1}: verwacht een lijst met waarden uit: {2}."},
    {"OPTIES/object", "Ongeldige opties bij {1}: verwacht een JSON-object."},
    {"OPTIES/sleutel", "Ongeldige opties bij {1}: onbekende sleutel."},
    {"OPTIES/taal", "Ongeldige opties bij {1}: verwacht \"nl\" of \"en\"."},
    {"TOESTAND", "Ongeldige toestand bij {1}."},
    {"TOESTAND/object", "Ongeldige toestand: verwacht een JSON-object met lijsten per soort."},
    {"TOESTAND/soort", "Ongeldige toestand bij {1}: onbekende soort {2}."},
    {"TOESTAND/lijst", "Ongeldige toestand bij {1}: verwacht een lijst."},
    {"TOESTAND/element", "Ongeldige toestand bij {1}: verwacht een object."},
    {"TOESTAND/id", "Ongeldige toestand bij {1}: elk object heeft een niet-lege tekst als id."},
    {"TOESTAND/dubbel", "Ongeldige toestand bij {1}: het id {2} komt meer dan eens voor."},
    {"TOESTAND/afgeleid", "Ongeldige toestand bij {1}: het id {2} voor een lidmaatschap uit de koppelingen is al in gebruik."},
    {"ARGUMENT", "Ongeldig argument: {1}"},
    {"GEHEUGEN", "Onvoldoende geheugen om deze aanroep uit te voeren."},
    {"GEHEUGEN/verloren", "De toestand is verloren gegaan door geheugengebrek; laad de toestand opnieuw."},
    {"INTERN", "Interne fout: {1}"},

    // Invoer.
    {"INVOER-001", "Het veld {1} ontbreekt of is leeg."},
    {"INVOER-001/verwijderen", "Het veld {1} is verplicht en kan niet worden verwijderd."},
    {"INVOER-002", "Het veld {1} heeft het verkeerde type."},
    {"INVOER-002/tekst", "Het veld {1} heeft het verkeerde type: verwacht een tekst."},
    {"INVOER-002/lijst", "Het veld {1} heeft het verkeerde type: verwacht een lijst."},
    {"INVOER-002/bool", "Het veld {1} heeft het verkeerde type: verwacht true of false."},
    {"INVOER-002/object", "Het veld {1} heeft het verkeerde type: verwacht een object."},
    {"INVOER-002/datum", "Het veld {1} is geen bestaande datum (JJJJ-MM-DD)."},
    {"INVOER-002/rol", "Het veld {1} bevat een onbekende rol: {2}."},
    {"INVOER-002/waarde", "Het veld {1} heeft de waarde {2}, die niet in de lijst staat ({3})."},
    {"INVOER-002/soort", "Het veld {1} verwijst naar {2}, maar dat is geen {3}."},
    {"INVOER-002/vast", "Het veld {1} kan met deze opdracht niet worden gewijzigd."},
    {"INVOER-002/dubbel", "De waarde {2} staat dubbel in {1}."},
    {"INVOER-002/e-mailadres", "Het veld {1} is geen e-mailadres: {2}."},
    {"INVOER-002/collectief", "Het veld {1} hoort alleen bij de registratie van een Samenwerking of Community, niet van een {2}."},
    {"INVOER-002/sleutel", "Het veld {1} is onbekend; bekend zijn: {2}."},
    {"INVOER-002/volgorde", "Het veld {1}: de einddatum {3} ligt voor de begindatum {2}."},
    {"INVOER-002/partner", "Het veld {1}: de partner kan niet de samenwerking zelf zijn."},
    {"INVOER-003", "Het veld {1} verwijst naar {2}, maar dat object bestaat niet."},
    {"INVOER-004", "Het id {1} is al in gebruik."},
    {"INVOER-005", "Het tijdstip ontbreekt of is geen RFC 3339-datum-tijd met tijdzone."},

    // Autorisatie.
    {"AUTH-001", "Voor deze opdracht is de rol {1} nodig; de actor heeft die rol niet."},
    {"AUTH-002", "De actor handelt voor {1}, maar deze opdracht gaat over {2}."},
    {"AUTH-003", "Alleen een functioneel beheerder mag dit doen."},
    {"AUTH-003/rol", "Alleen een functioneel beheerder mag de rol {1} toekennen."},

    // Organisaties.
    {"ORG-001", "Een samenwerking of community kan zich niet zelf registreren: daarvoor zijn een functioneel beheerder en een goedgekeurde, nog niet gebruikte aanvraag met dezelfde naam en hetzelfde type nodig."},
    {"ORG-002", "Het type van een organisatie kan niet veranderen."},
    {"ORG-003", "De organisatie {1} is niet actief (status: {2})."},
    {"ORG-004", "samenwerkingtype is alleen voor een Samenwerking en moet een van deze waarden zijn: {1}."},
    {"ORG-004/type", "samenwerkingtype is alleen voor een Samenwerking; deze organisatie is een {1}."},

    // Aanvragen.
    {"AANV-001", "De aanvraag van een samenwerking heeft een grondslag en een samenwerkingtype nodig."},
    {"AANV-002", "Over deze aanvraag is al besloten (status: {1})."},
    {"AANV-003", "Een afwijzing heeft een motivering nodig."},
    {"AANV-004", "Een intakevraag is niet beantwoord: {1}."},
    {"AANV-005", "Er is geen draagvlak: bestuur en vrijwilligers zitten niet op één lijn. Is de samenwerking het risico waard?"},

    // Lidmaatschappen.
    {"LID-001", "Je kunt alleen lid worden van een Samenwerking of Community; {1} is een {2}."},
    {"LID-002", "Een {1} kan volgens het beleid geen lid zijn van een {2}."},
    {"LID-002/zelf", "Een samenwerking kan geen lid van zichzelf zijn."},
    {"LID-002/cyclus", "Dit lidmaatschap zou een kring van samenwerkingen maken: {1}."},
    {"LID-003", "Een samenwerking kan zelf geen leden toevoegen; alleen een beheerder van het lid zelf (of een functioneel beheerder) geeft het lidmaatschap aan."},
    {"LID-004", "Er bestaat al een open lidmaatschap voor dit paar: {1} (status: {2})."},
    {"LID-005", "Alleen een beheerder van de samenwerking (of een functioneel beheerder) bevestigt of wijst een lidmaatschap af."},
    {"LID-005/status", "Alleen een aangevraagd lidmaatschap kan worden bevestigd of afgewezen; dit lidmaatschap is {1}."},
    {"LID-006", "Alleen het lid, de samenwerking of een functioneel beheerder beëindigt een lidmaatschap."},
    {"LID-006/status", "Alleen een open lidmaatschap kan worden beëindigd; dit lidmaatschap is {1}."},
    {"LID-007", "Door het beëindigen wordt {1} verwijderd uit {2} gebruiksregistratie(s) en {3} koppeling(en); zie de wijzigingen."},

    // Aanbod.
    {"AANB-001", "Een organisatie van het type {1} kan niets aanbieden (beleid aanbiederTypen)."},
    {"AANB-002", "{1} is in gebruik en kan niet worden verwijderd. In gebruik bij: {2}."},
    {"AANB-002/koppeling", "{1} zit in een koppeling en kan niet worden verwijderd. Koppelingen: {2}."},
    {"AANB-002/dienst", "{1} hoort bij een dienst en kan niet worden verwijderd. Diensten: {2}."},
    {"AANB-003", "{1} biedt al een module aan met de naam {2} ({3})."},

    // Gebruik.
    {"GEBR-001", "Een organisatie van het type {1} kan geen gebruik registreren (beleid afnemerTypen)."},
    {"GEBR-002", "{1} heeft al een lopende gebruiksregistratie van deze module: {2}."},
    {"GEBR-003", "Deelnemers zijn alleen voor gebruik dat een samenwerking registreert."},
    {"GEBR-004", "{1} is op dit tijdstip geen actief lid van {2}."},
    {"GEBR-004/dubbel", "{1} staat dubbel in de deelnemers."},
    {"GEBR-004/zelf", "De afnemer kan niet zelf deelnemer zijn."},
    {"GEBR-005", "De status kan niet terug: van {1} naar {2}."},
    {"GEBR-006", "Alleen de eigen aanbieder van de module stelt gebruik voor."},
    {"GEBR-006/overgang", "Een voorstel kan niet van {1} naar {2}."},
    {"GEBR-006/kant", "{1} kan deze overgang van het voorstel niet maken: die is aan {2}."},
    {"GEBR-007", "{1} heeft dit gebruik al zelf geregistreerd: {2}."},

    // Koppelingen.
    {"KOP-001", "Precies één van moduleB en buitengemeentelijkVoorziening moet zijn ingevuld."},
    {"KOP-002", "De gegevensuitwisselingRichting ontbreekt."},
    {"KOP-003", "Een leverancier registreert alleen koppelingen vanuit een eigen module A."},
    {"KOP-004", "{1} staat niet in het applicatielandschap van {2}."},
    {"KOP-004/samenwerking", "{1} staat niet in het applicatielandschap van {2} of van een van haar actieve leden."},
    {"KOP-004/lid", "{1} is geen actief lid van {2}."},
    {"KOP-005", "Er bestaat al een koppeling tussen deze modules voor deze eigenaar: {1}."},
    {"KOP-006", "De naam ontbrak en is afgeleid als \"{1}\"."},

    // Afspraken.
    {"AFS-001", "Bij co-branding zijn er geen financiële verplichtingen (geen sponsoring, garantstelling of reiskostenvergoeding)."},
    {"AFS-002", "Een partner met winstoogmerk kan alleen co-branding afspreken; samen sterk is voor partners zonder winstoogmerk."},
    {"AFS-003", "Financiële steun of ondersteuning door het buro bij samen sterk vraagt goedkeuring van het bestuur."},
    {"AFS-003/inhuur", "Bij co-branding kan capaciteit van het buro alleen worden ingehuurd."},
    {"AFS-004", "Fasen gaan op volgorde (verkennen, delen, overeenkomen, uitvoeren, afgerond); van {1} naar {2} kan niet."},
    {"AFS-004/inhoud", "Voor overeenkomen zijn doelstellingen en een rolverdeling nodig: {1} ontbreekt."},
    {"AFS-004/beeindigen", "Beëindigen gaat met afspraak.beeindigen, niet met een fasewijziging."},
    {"AFS-005", "Voor overeenkomen moet aan elke voorwaarde zijn voldaan: {1} niet."},
    {"AFS-006", "Het evenement overlapt met een ander evenement van dezelfde samenwerking: {1} ({2} t/m {3})."},
    {"AFS-007", "Alleen een beheerder van de samenwerking of van de partner (of een functioneel beheerder) beëindigt een afspraak."},
    {"AFS-007/definitief", "Deze afspraak is al {1} en dat is definitief."},
    {"AFS-008", "De afspraak gaat verder dan verkennen zonder draagvlak."},

    // Evaluaties.
    {"EVAL-001", "Een evaluatie heeft plan, do, check en act nodig: {1} ontbreekt."},
    {"EVAL-002", "Alleen een beheerder van de samenwerking (of een functioneel beheerder) legt een evaluatie vast."},
    {"EVAL-003", "{1} is actief maar heeft geen evaluatie binnen {2} maanden."},
    {"EVAL-003/nooit", "{1} is actief maar is nog nooit geëvalueerd (termijn: {2} maanden)."},
    {"EVAL-004", "De evaluatie zegt: stopzetten. Overweeg de samenwerking te beëindigen."},
    {nullptr, nullptr},
};

}  // namespace samen

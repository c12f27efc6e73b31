// Agreements: afspraak.vastleggen, .wijzigen, .fase-wijzigen, .beeindigen and AFS-001 ... AFS-008.
#include "harness.hpp"

using namespace samen_test;

namespace {

const Json kAlleVoorwaarden = {{"logoZichtbaar", true},  {"toegankelijkVoorLeden", true}, {"technischeFocus", true},
                               {"geenAcquisitie", true}, {"openStandaarden", true},       {"datumAfgestemd", true}};

// The fixture plus partners of both kinds and afspraken in several phases.
Json agreements_state() {
  Json state = fixture_state();
  Json& orgs = state["organisaties"];
  orgs.push_back({{"id", "st-open"}, {"naam", "Stichting Open"}, {"type", "Leverancier"}, {"status", "Actief"}, {"winstoogmerk", false}});
  orgs.push_back({{"id", "l-weg"}, {"naam", "Weg BV"}, {"type", "Leverancier"}, {"status", "Deactief"}});
  const auto afspraak = [](const std::string& id, const std::string& fase, Json extra) {
    Json a = {{"id", id}, {"samenwerking", "sw-noord"}, {"partner", "st-open"}, {"partnermodel", "samen-sterk"}};
    for (auto& [key, value] : extra.items()) a[key] = value;
    a["fase"] = fase;
    a["vastgelegdOp"] = "2026-01-01T00:00:00Z";
    return a;
  };
  const Json complete = {{"doelstellingen", {"Een open conferentie"}}, {"rolverdeling", "gelijkwaardig"},
                         {"voorwaarden", kAlleVoorwaarden},           {"draagvlak", true}};
  Json klaar = complete;
  klaar["evenement"] = {{"van", "2027-03-10"}, {"tot", "2027-03-12"}};
  Json uitvoeren = complete;
  uitvoeren["evenement"] = {{"van", "2027-05-01"}, {"tot", "2027-05-01"}};
  state["afspraken"] = Json::array({
      afspraak("a-verkennen", "verkennen", Json::object()),
      afspraak("a-klaar", "delen", klaar),
      afspraak("a-uitvoeren", "uitvoeren", uitvoeren),
      afspraak("a-afgerond", "afgerond", {{"evenement", {{"van", "2026-09-01"}, {"tot", "2026-09-02"}}}}),
      afspraak("a-beeindigd", "beeindigd", {{"evenement", {{"van", "2027-06-01"}, {"tot", "2027-06-30"}}}}),
  });
  return state;
}

Json vastleggen(Json gegevens, const Json& actor = beheerder("sw-noord")) {
  if (!gegevens.contains("id")) gegevens["id"] = "a-nieuw";
  if (!gegevens.contains("samenwerking")) gegevens["samenwerking"] = "sw-noord";
  if (!gegevens.contains("partnermodel")) gegevens["partnermodel"] = "samen-sterk";
  return command("afspraak.vastleggen", actor, gegevens);
}

Json event(const std::string& van, const std::string& tot) { return {{"van", van}, {"tot", tot}}; }

Json fase(const std::string& id, const std::string& to, const Json& actor = beheerder("sw-noord")) {
  return command("afspraak.fase-wijzigen", actor, {{"id", id}, {"fase", to}});
}

Json wijzigen(const std::string& id, Json changes, const Json& actor = beheerder("sw-noord")) {
  changes["id"] = id;
  return command("afspraak.wijzigen", actor, changes);
}

Json beeindigen(const std::string& id, const Json& actor, const Json& extra = Json::object()) {
  Json gegevens = extra;
  gegevens["id"] = id;
  return command("afspraak.beeindigen", actor, gegevens);
}

using Codes = std::vector<std::string>;

std::string pad_of(const Json& result, std::size_t i = 0) { return result.at("meldingen").at(i).at("pad").get<std::string>(); }

}  // namespace

TEST_CASE("afspraak.vastleggen records an afspraak in verkennen, shown by export", "[agreements]") {
  Harness h(agreements_state());
  const Json r = h.apply(vastleggen({{"partner", "com-open"}, {"vorm", "kort-eenmalig"}, {"website", "https://x.nl"}}));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  const Json a = changed(r, "afspraak", "a-nieuw");
  CHECK(a["fase"] == "verkennen");
  CHECK(a["vastgelegdOp"] == kTijdstip);
  CHECK(a["website"] == "https://x.nl");  // the host's own fields are kept
  const Json exported = Json::parse(h.exported());
  REQUIRE(exported["afspraken"].size() == 6);
  CHECK(exported["afspraken"][5] == a);
}

TEST_CASE("afspraak.vastleggen reads its gegevens strictly and changes nothing on bad input", "[agreements][INVOER]") {
  Harness h(agreements_state());
  SECTION("partnermodel is required") {
    Json c = vastleggen(Json::object());
    c["gegevens"].erase("partnermodel");
    const Json r = h.apply(c);
    CHECK(codes(r) == Codes{"INVOER-001"});
    CHECK(pad_of(r) == "/gegevens/partnermodel");
    CHECK(r["wijzigingen"].empty());
  }
  SECTION("values outside their lists") {
    const Json r = h.apply(vastleggen({{"partnermodel", "sponsor"}, {"buroOndersteuning", "soms"}, {"vorm", "kort"}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-002", "INVOER-002"});
  }
  SECTION("evenement needs two existing dates, van not after tot") {
    CHECK(pad_of(h.apply(vastleggen({{"evenement", event("2027-02-30", "2027-03-01")}}))) == "/gegevens/evenement/van");
    const Json reversed = h.apply(vastleggen({{"evenement", event("2027-03-02", "2027-03-01")}}));
    CHECK(codes(reversed) == Codes{"INVOER-002"});
    CHECK(pad_of(reversed) == "/gegevens/evenement/tot");
    CHECK(codes(h.apply(vastleggen({{"evenement", {{"van", "2027-03-02"}}}}))) == Codes{"INVOER-001"});
  }
  SECTION("voorwaarden are the six conditions, each true or false") {
    const Json r = h.apply(vastleggen({{"voorwaarden", {{"logoZichtbaar", "ja"}, {"gratisBier", true}}}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-002"});
    CHECK(pad_of(r, 0) == "/gegevens/voorwaarden/gratisBier");
    CHECK(pad_of(r, 1) == "/gegevens/voorwaarden/logoZichtbaar");
  }
  SECTION("fase and the timestamps are the engine's") {
    const Json r = h.apply(vastleggen({{"fase", "uitvoeren"}, {"vastgelegdOp", kTijdstip}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-002"});
  }
  SECTION("the id must be new") {
    CHECK(codes(h.apply(vastleggen({{"id", "a-klaar"}}))) == Codes{"INVOER-004"});
  }
}

TEST_CASE("afspraak.vastleggen is for a beheerder of the collective", "[agreements][AUTH]") {
  Harness h(agreements_state());
  CHECK(codes(h.apply(vastleggen(Json::object(), visitor()))) == Codes{"AUTH-001"});
  CHECK(codes(h.apply(vastleggen(Json::object(), beheerder("g-utrecht")))) == Codes{"AUTH-002"});
  CHECK(codes(h.apply(vastleggen({{"samenwerking", "sw-nergens"}}))) == Codes{"INVOER-003"});
  // A Gemeente is no collective, even for its own beheerder.
  const Json gemeente = h.apply(vastleggen({{"samenwerking", "g-utrecht"}}, beheerder("g-utrecht")));
  CHECK(codes(gemeente) == Codes{"INVOER-002"});
  CHECK(pad_of(gemeente) == "/gegevens/samenwerking");
  CHECK(h.apply(vastleggen(Json::object(), fb()))["toegestaan"] == true);
  CHECK(h.apply(vastleggen({{"id", "a-2"}}, beheerder("sw-noord", "aanbod-beheerder")))["toegestaan"] == true);
}

TEST_CASE("the partner exists, is not the collective itself, and is Actief (ORG-003)", "[agreements][ORG-003]") {
  Harness h(agreements_state());
  CHECK(codes(h.apply(vastleggen({{"partner", "st-nergens"}}))) == Codes{"INVOER-003"});
  CHECK(codes(h.apply(vastleggen({{"partner", "sw-noord"}}))) == Codes{"INVOER-002"});
  const Json inactive = h.apply(vastleggen({{"partner", "l-weg"}, {"partnermodel", "co-branding"}}));
  CHECK(codes(inactive) == Codes{"ORG-003"});
  CHECK(pad_of(inactive) == "/gegevens/partner");
  CHECK(codes(h.apply(vastleggen({{"samenwerking", "sw-slapend"}}, fb()))) == Codes{"ORG-003"});
  // neighbour: without a partner, an afspraak among the collective's members
  CHECK(h.apply(vastleggen(Json::object()))["toegestaan"] == true);
}

TEST_CASE("AFS-001: co-branding has no financial obligations", "[agreements][AFS-001]") {
  Harness h(agreements_state());
  const Json r = h.apply(vastleggen({{"partner", "l-acme"}, {"partnermodel", "co-branding"},
                                     {"financieleVerplichtingen", {"reiskostenvergoeding"}}}));
  CHECK(codes(r) == Codes{"AFS-001"});
  CHECK(pad_of(r) == "/gegevens/financieleVerplichtingen");
  // neighbours: co-branding without obligations, and an empty list
  CHECK(h.apply(vastleggen({{"partner", "l-acme"}, {"partnermodel", "co-branding"}, {"financieleVerplichtingen", Json::array()}}))["toegestaan"] == true);
  // samen-sterk may have them (with the board's approval)
  CHECK(h.apply(vastleggen({{"id", "a-2"}, {"financieleVerplichtingen", {"sponsoring", "garantstelling"}}, {"goedkeuringBestuur", true}}))["toegestaan"] == true);
}

TEST_CASE("AFS-002: a partner with a profit motive only in co-branding", "[agreements][AFS-002]") {
  Harness h(agreements_state());
  const Json r = h.apply(vastleggen({{"partner", "l-acme"}}));
  CHECK(codes(r) == Codes{"AFS-002"});
  CHECK(pad_of(r) == "/gegevens/partnermodel");
  // neighbours: a Leverancier without profit motive, and a community, may be samen-sterk
  CHECK(h.apply(vastleggen({{"partner", "st-open"}}))["toegestaan"] == true);
  CHECK(h.apply(vastleggen({{"id", "a-2"}, {"partner", "com-open"}}))["toegestaan"] == true);
  // and a profit partner may be co-branding
  CHECK(h.apply(vastleggen({{"id", "a-3"}, {"partner", "l-acme"}, {"partnermodel", "co-branding"}}))["toegestaan"] == true);
}

TEST_CASE("AFS-003: board approval under samen-sterk, only hired buro under co-branding", "[agreements][AFS-003]") {
  Harness h(agreements_state());
  SECTION("samen-sterk: financial support needs goedkeuringBestuur") {
    const Json r = h.apply(vastleggen({{"financieleVerplichtingen", {"sponsoring"}}}));
    CHECK(codes(r) == Codes{"AFS-003"});
    CHECK(pad_of(r) == "/gegevens/financieleVerplichtingen");
    CHECK(codes(h.apply(vastleggen({{"financieleVerplichtingen", {"sponsoring"}}, {"goedkeuringBestuur", false}}))) == Codes{"AFS-003"});
    CHECK(h.apply(vastleggen({{"financieleVerplichtingen", {"sponsoring"}}, {"goedkeuringBestuur", true}}))["toegestaan"] == true);
  }
  SECTION("samen-sterk: any buro support other than geen needs it") {
    CHECK(codes(h.apply(vastleggen({{"buroOndersteuning", "toegekend"}}))) == Codes{"AFS-003"});
    CHECK(codes(h.apply(vastleggen({{"buroOndersteuning", "ingehuurd"}}))) == Codes{"AFS-003"});
    CHECK(h.apply(vastleggen({{"buroOndersteuning", "geen"}}))["toegestaan"] == true);
    CHECK(h.apply(vastleggen({{"id", "a-2"}, {"buroOndersteuning", "toegekend"}, {"goedkeuringBestuur", true}}))["toegestaan"] == true);
  }
  SECTION("co-branding: buro capacity only ingehuurd") {
    const Json r = h.apply(vastleggen({{"partner", "l-acme"}, {"partnermodel", "co-branding"}, {"buroOndersteuning", "toegekend"}, {"goedkeuringBestuur", true}}));
    CHECK(codes(r) == Codes{"AFS-003"});
    CHECK(pad_of(r) == "/gegevens/buroOndersteuning");
    CHECK(h.apply(vastleggen({{"partner", "l-acme"}, {"partnermodel", "co-branding"}, {"buroOndersteuning", "ingehuurd"}}))["toegestaan"] == true);
  }
}

TEST_CASE("AFS-004: phases in order, one step at a time", "[agreements][AFS-004]") {
  Harness h(agreements_state());
  const Json skip = h.apply(fase("a-verkennen", "overeenkomen"));
  CHECK(has_code(skip, "AFS-004"));
  CHECK(skip["toegestaan"] == false);
  CHECK(codes(h.apply(fase("a-uitvoeren", "delen"))) == Codes{"AFS-004"});
  CHECK(codes(h.apply(fase("a-verkennen", "verkennen"))) == Codes{"AFS-004"});
  // Ending is afspraak.beeindigen, not a phase change.
  CHECK(codes(h.apply(fase("a-uitvoeren", "beeindigd"))) == Codes{"AFS-004"});
  // neighbour: the next phase
  const Json next = h.apply(fase("a-uitvoeren", "afgerond"));
  REQUIRE(next["toegestaan"] == true);
  CHECK(changed(next, "afspraak", "a-uitvoeren")["fase"] == "afgerond");
}

TEST_CASE("AFS-004: overeenkomen needs doelstellingen and a rolverdeling, also afterwards", "[agreements][AFS-004]") {
  Harness h(agreements_state());
  REQUIRE(h.apply(fase("a-verkennen", "delen"))["toegestaan"] == true);
  REQUIRE(h.apply(wijzigen("a-verkennen", {{"voorwaarden", kAlleVoorwaarden}}))["toegestaan"] == true);
  const Json r = h.apply(fase("a-verkennen", "overeenkomen"));
  CHECK(codes(r) == Codes{"AFS-004", "AFS-004"});
  CHECK(pad_of(r) == "/gegevens/fase");
  REQUIRE(h.apply(wijzigen("a-verkennen", {{"doelstellingen", {"Kennis delen"}}, {"rolverdeling", "trekker-ondersteuner"}}))["toegestaan"] == true);
  CHECK(h.apply(fase("a-verkennen", "overeenkomen"))["toegestaan"] == true);
  // Once agreed, removing a doelstelling list or the rolverdeling is refused with AFS-004.
  const Json undo = h.apply(wijzigen("a-verkennen", {{"rolverdeling", nullptr}}));
  CHECK(codes(undo) == Codes{"AFS-004"});
  CHECK(pad_of(undo) == "/gegevens/rolverdeling");
  CHECK(codes(h.apply(wijzigen("a-uitvoeren", {{"doelstellingen", Json::array()}}))) == Codes{"AFS-004"});
  // neighbour: before overeenkomen they may be removed
  CHECK(h.apply(wijzigen("a-klaar", {{"rolverdeling", nullptr}}))["toegestaan"] == true);
}

TEST_CASE("AFS-005: overeenkomen needs every condition of voorwaarden met", "[agreements][AFS-005]") {
  Harness h(agreements_state());
  REQUIRE(h.apply(wijzigen("a-klaar", {{"voorwaarden", {{"logoZichtbaar", true}, {"toegankelijkVoorLeden", true},
                                                         {"technischeFocus", true}, {"geenAcquisitie", false},
                                                         {"openStandaarden", true}}}}))["toegestaan"] == true);
  const Json r = h.apply(fase("a-klaar", "overeenkomen"));
  CHECK(codes(r) == Codes{"AFS-005", "AFS-005"});
  CHECK(r.at("meldingen").at(0).at("melding").get<std::string>().find("geenAcquisitie") != std::string::npos);
  CHECK(r.at("meldingen").at(1).at("melding").get<std::string>().find("datumAfgestemd") != std::string::npos);
  REQUIRE(h.apply(wijzigen("a-klaar", {{"voorwaarden", kAlleVoorwaarden}}))["toegestaan"] == true);
  CHECK(h.apply(fase("a-klaar", "overeenkomen"))["toegestaan"] == true);
  // After overeenkomen a change may not leave a condition unmet.
  Json broken = kAlleVoorwaarden;
  broken["technischeFocus"] = false;
  const Json undo = h.apply(wijzigen("a-klaar", {{"voorwaarden", broken}}));
  CHECK(codes(undo) == Codes{"AFS-005"});
  CHECK(pad_of(undo) == "/gegevens/voorwaarden/technischeFocus");
  // neighbour: other fields still change
  CHECK(h.apply(wijzigen("a-klaar", {{"vorm", "meervoudig"}}))["toegestaan"] == true);
}

TEST_CASE("AFS-006: no two events of one collective on overlapping dates", "[agreements][AFS-006]") {
  Harness h(agreements_state());
  SECTION("on creation, both ends included") {
    const Json r = h.apply(vastleggen({{"evenement", event("2027-03-12", "2027-03-14")}}));
    CHECK(codes(r) == Codes{"AFS-006"});
    CHECK(pad_of(r) == "/gegevens/evenement");
    CHECK(r.at("meldingen").at(0).at("melding").get<std::string>().find("a-klaar (2027-03-10 t/m 2027-03-12)") != std::string::npos);
    // one melding per overlapping event
    CHECK(codes(h.apply(vastleggen({{"evenement", event("2027-03-01", "2027-05-31")}}))) == Codes{"AFS-006", "AFS-006"});
    // neighbours: the next day, and the same dates for another collective
    CHECK(h.apply(vastleggen({{"evenement", event("2027-03-13", "2027-03-14")}}))["toegestaan"] == true);
    CHECK(h.apply(vastleggen({{"id", "a-zuid"}, {"samenwerking", "sw-zuid"}, {"evenement", event("2027-03-10", "2027-03-12")}},
                             beheerder("sw-zuid")))["toegestaan"] == true);
  }
  SECTION("ended afspraken do not count, finished ones do") {
    CHECK(h.apply(vastleggen({{"evenement", event("2027-06-10", "2027-06-11")}}))["toegestaan"] == true);
    CHECK(codes(h.apply(vastleggen({{"id", "a-2"}, {"evenement", event("2026-09-02", "2026-09-02")}}))) == Codes{"AFS-006"});
  }
  SECTION("on every change of evenement, not counting the afspraak itself") {
    CHECK(codes(h.apply(wijzigen("a-verkennen", {{"evenement", event("2027-05-01", "2027-05-02")}}))) == Codes{"AFS-006"});
    CHECK(h.apply(wijzigen("a-klaar", {{"evenement", event("2027-03-11", "2027-03-13")}}))["toegestaan"] == true);
    // The index follows the change: the old days are free, the new ones taken.
    CHECK(h.apply(vastleggen({{"evenement", event("2027-03-10", "2027-03-10")}}))["toegestaan"] == true);
    CHECK(codes(h.apply(vastleggen({{"id", "a-2"}, {"evenement", event("2027-03-13", "2027-03-13")}}))) == Codes{"AFS-006"});
  }
  SECTION("ending an afspraak frees its dates") {
    REQUIRE(h.apply(beeindigen("a-klaar", beheerder("sw-noord")))["toegestaan"] == true);
    CHECK(h.apply(vastleggen({{"evenement", event("2027-03-10", "2027-03-12")}}))["toegestaan"] == true);
  }
  SECTION("a change that leaves evenement alone is not checked") {
    Json state = agreements_state();
    state["afspraken"][0]["evenement"] = event("2027-03-11", "2027-03-11");  // overlapping, as loaded
    Harness loaded(state);
    CHECK(loaded.apply(wijzigen("a-verkennen", {{"vorm", "meervoudig"}}))["toegestaan"] == true);
    CHECK(codes(loaded.apply(wijzigen("a-verkennen", {{"evenement", event("2027-03-11", "2027-03-11")}}))) == Codes{"AFS-006"});
  }
}

TEST_CASE("AFS-007: either party ends an afspraak, and ending is final", "[agreements][AFS-007]") {
  Harness h(agreements_state());
  SECTION("a third organisation cannot end it") {
    const Json r = h.apply(beeindigen("a-klaar", beheerder("l-acme", "aanbod-beheerder")));
    CHECK(codes(r) == Codes{"AFS-007"});
    CHECK(pad_of(r) == "/gegevens/id");
    CHECK(codes(h.apply(beeindigen("a-klaar", visitor()))) == Codes{"AUTH-001"});
  }
  SECTION("the partner may, at any time, with a reason") {
    const Json r = h.apply(beeindigen("a-klaar", beheerder("st-open", "aanbod-beheerder"), {{"reden", "andere prioriteiten"}}));
    REQUIRE(r["toegestaan"] == true);
    const Json a = changed(r, "afspraak", "a-klaar");
    CHECK(a["fase"] == "beeindigd");
    CHECK(a["beeindigdOp"] == kTijdstip);
    CHECK(a["reden"] == "andere prioriteiten");
    const Json again = h.apply(beeindigen("a-klaar", beheerder("sw-noord")));
    CHECK(codes(again) == Codes{"AFS-007"});
  }
  SECTION("a finished afspraak is final for every command") {
    CHECK(codes(h.apply(beeindigen("a-afgerond", beheerder("sw-noord")))) == Codes{"AFS-007"});
    CHECK(codes(h.apply(wijzigen("a-afgerond", {{"vorm", "meervoudig"}}))) == Codes{"AFS-007"});
    CHECK(codes(h.apply(fase("a-beeindigd", "delen"))) == Codes{"AFS-007"});
  }
  SECTION("ending needs no Actief party") {
    Json state = agreements_state();
    state["afspraken"].push_back({{"id", "a-weg"}, {"samenwerking", "sw-noord"}, {"partner", "l-weg"},
                                  {"partnermodel", "co-branding"}, {"fase", "uitvoeren"}});
    Harness loaded(state);
    CHECK(loaded.apply(beeindigen("a-weg", beheerder("sw-noord")))["toegestaan"] == true);
  }
}

TEST_CASE("AFS-008: moving past verkennen without draagvlak is a warning", "[agreements][AFS-008]") {
  Harness h(agreements_state());
  const Json r = h.apply(fase("a-verkennen", "delen"));
  CHECK(r["toegestaan"] == true);
  CHECK(codes(r) == Codes{"AFS-008"});
  CHECK(r.at("meldingen").at(0).at("ernst") == "waarschuwing");
  CHECK(changed(r, "afspraak", "a-verkennen")["fase"] == "delen");
  // Only when leaving verkennen: not on the next step, draagvlak or not.
  REQUIRE(h.apply(wijzigen("a-verkennen", {{"doelstellingen", {"x"}}, {"rolverdeling", "gelijkwaardig"}, {"voorwaarden", kAlleVoorwaarden}}))["toegestaan"] == true);
  CHECK(h.apply(fase("a-verkennen", "overeenkomen"))["meldingen"].empty());
  // neighbour: with draagvlak, no warning
  REQUIRE(h.apply(vastleggen({{"draagvlak", true}}))["toegestaan"] == true);
  CHECK(h.apply(fase("a-nieuw", "delen"))["meldingen"].empty());
}

TEST_CASE("a whole agreement, from verkennen to afgerond", "[agreements][journey]") {
  Harness h(agreements_state());
  const Json partner = beheerder("st-open", "aanbod-beheerder");
  REQUIRE(h.apply(vastleggen({{"id", "a-conf"}, {"partner", "st-open"}, {"vorm", "lang-eenmalig"}, {"draagvlak", true},
                              {"evenement", event("2027-10-05", "2027-10-06")}}))["toegestaan"] == true);
  REQUIRE(h.apply(fase("a-conf", "delen"))["meldingen"].empty());
  REQUIRE(h.apply(wijzigen("a-conf", {{"doelstellingen", {"Open standaarden onder de aandacht"}}, {"rolverdeling", "trekker-ondersteuner"},
                                      {"financieleVerplichtingen", {"garantstelling"}}, {"buroOndersteuning", "toegekend"},
                                      {"goedkeuringBestuur", true}, {"voorwaarden", kAlleVoorwaarden}}))["toegestaan"] == true);
  for (const char* next : {"overeenkomen", "uitvoeren", "afgerond"}) {
    const Json r = h.apply(fase("a-conf", next));
    INFO(next);
    REQUIRE(r["toegestaan"] == true);
    CHECK(r["meldingen"].empty());
  }
  CHECK(codes(h.apply(beeindigen("a-conf", partner))) == Codes{"AFS-007"});
  const Json exported = Json::parse(h.exported());
  const Json& stored = exported["afspraken"].back();
  CHECK(stored["id"] == "a-conf");
  CHECK(stored["fase"] == "afgerond");
  CHECK_FALSE(stored.contains("beeindigdOp"));
}

TEST_CASE("an agreement ended half-way", "[agreements][journey]") {
  Harness h(agreements_state());
  REQUIRE(h.apply(vastleggen({{"id", "a-half"}, {"partner", "com-open"}, {"draagvlak", true}}))["toegestaan"] == true);
  REQUIRE(h.apply(fase("a-half", "delen"))["toegestaan"] == true);
  const Json ended = h.apply(beeindigen("a-half", beheerder("com-open"), {{"reden", "doelen lopen uiteen"}}));
  REQUIRE(ended["toegestaan"] == true);
  CHECK(changed(ended, "afspraak", "a-half")["fase"] == "beeindigd");
  CHECK(codes(h.apply(fase("a-half", "overeenkomen"))) == Codes{"AFS-007"});
  CHECK(codes(h.apply(wijzigen("a-half", {{"vorm", "meervoudig"}}))) == Codes{"AFS-007"});
  // Evaluating after the end is what the guide asks.
  CHECK(h.apply(command("evaluatie.vastleggen", beheerder("sw-noord"),
                        {{"id", "e-half"}, {"onderwerp", "a-half"}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"}}))["toegestaan"] == true);
}

TEST_CASE("afspraak.wijzigen changes the given fields only", "[agreements][wijzigen]") {
  Harness h(agreements_state());
  SECTION("fields the command may not change") {
    const Json r = h.apply(wijzigen("a-klaar", {{"samenwerking", "sw-zuid"}, {"fase", "uitvoeren"}, {"vastgelegdOp", nullptr}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-002", "INVOER-002"});
    CHECK(r["wijzigingen"].empty());
    CHECK(codes(h.apply(wijzigen("a-klaar", {{"partnermodel", nullptr}}))) == Codes{"INVOER-001"});
    CHECK(codes(h.apply(wijzigen("a-nergens", {{"vorm", "meervoudig"}}))) == Codes{"INVOER-003"});
  }
  SECTION("a new field is appended, null removes, the rest stays in place") {
    const Json r = h.apply(wijzigen("a-klaar", {{"draagvlak", nullptr}, {"vorm", "meervoudig"}}));
    REQUIRE(r["toegestaan"] == true);
    const Json a = changed(r, "afspraak", "a-klaar");
    CHECK_FALSE(a.contains("draagvlak"));
    CHECK(a["vorm"] == "meervoudig");
    std::vector<std::string> keys;
    for (const auto& item : a.items()) keys.push_back(item.key());
    CHECK(keys.front() == "id");
    CHECK(keys.back() == "vorm");
    CHECK(a["fase"] == "delen");
  }
  SECTION("only the collective's beheerder, and the rules apply to the result") {
    CHECK(codes(h.apply(wijzigen("a-klaar", {{"vorm", "meervoudig"}}, beheerder("st-open")))) == Codes{"AUTH-002"});
    const Json r = h.apply(wijzigen("a-klaar", {{"partner", "l-acme"}}));
    CHECK(codes(r) == Codes{"AFS-002"});
    CHECK(pad_of(r) == "/gegevens/partner");
    CHECK(codes(h.apply(wijzigen("a-klaar", {{"partnermodel", "co-branding"}, {"financieleVerplichtingen", {"sponsoring"}}}))) ==
          Codes{"AFS-001"});
  }
  SECTION("a change that changes nothing lists no wijziging") {
    const Json r = h.apply(wijzigen("a-klaar", {{"vorm", nullptr}}));
    CHECK(r["toegestaan"] == true);
    CHECK(r["wijzigingen"].empty());
  }
}

TEST_CASE("agreement messages exist in English too", "[agreements][messages]") {
  Harness h(agreements_state(), R"({"taal":"en"})");
  const Json r = h.apply(vastleggen({{"partner", "l-acme"}, {"evenement", event("2027-03-12", "2027-03-12")}}));
  REQUIRE(codes(r) == Codes{"AFS-006", "AFS-002"});
  CHECK(r.at("meldingen").at(0).at("melding").get<std::string>().find("overlaps") != std::string::npos);
  CHECK(r.at("meldingen").at(1).at("melding").get<std::string>().find("profit motive") != std::string::npos);
}

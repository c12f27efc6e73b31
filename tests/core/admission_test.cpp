// Admission: aanvraag.indienen and aanvraag.beoordelen (AANV-001 ... AANV-005, ORG-004), and the
// collective path of organisatie.registreren (ORG-001).
#include "harness.hpp"

using namespace samen_test;

namespace {

// A complete aanvraag for a Samenwerking: every intake question answered.
Json full_aanvraag(const std::string& id = "av-new", const std::string& naam = "Regio West") {
  return {{"id", id},
          {"naam", naam},
          {"type", "Samenwerking"},
          {"doel", "Samen zaakgericht werken"},
          {"contactpersoon", {{"naam", "Fenna"}, {"e-mailadres", "fenna@west.example"}}},
          {"grondslag", "Gemeenschappelijke Regeling West"},
          {"samenwerkingtype", "Gemeenschappelijke Regeling"},
          {"motieven", {"Kosten drukken/delen"}},
          {"beoogdeLeden", {"g-utrecht", "g-zeist"}},
          {"vorm", "meervoudig"},
          {"praktisch", {{"tijd", true}, {"handen", true}, {"budget", true}, {"rolverdeling", "trekker-ondersteuner"}}},
          {"draagvlak", true}};
}

// A Community aanvraag with only what is required: every intake question open.
Json bare_community(const std::string& id = "av-com") {
  return {{"id", id},
          {"naam", "Open Data Community"},
          {"type", "Community"},
          {"doel", "Kennis delen"},
          {"contactpersoon", {{"naam", "Sam"}, {"e-mailadres", "sam@example.org"}}}};
}

Json submit(const Json& gegevens, const Json& actor = visitor()) { return command("aanvraag.indienen", actor, gegevens); }

Json decide(const std::string& id, const std::string& besluit, const Json& actor = fb(), const Json& extra = Json::object()) {
  Json gegevens = {{"id", id}, {"besluit", besluit}};
  for (const auto& [key, value] : extra.items()) gegevens[key] = value;
  return command("aanvraag.beoordelen", actor, gegevens);
}

// The fixture with aanvragen in every status.
Json admission_state() {
  Json state = fixture_state();
  Json ingediend = full_aanvraag("av-ingediend", "Regio Oost");
  ingediend["status"] = "ingediend";
  Json goedgekeurd = full_aanvraag("av-goed", "Regio West");
  goedgekeurd["status"] = "goedgekeurd";
  Json community = bare_community("av-com");
  community["status"] = "goedgekeurd";
  Json afgewezen = full_aanvraag("av-af", "Regio Af");
  afgewezen["status"] = "afgewezen";
  afgewezen["motivering"] = "Geen grondslag";
  Json geregistreerd = full_aanvraag("av-noord", "Regio Noord");
  geregistreerd["status"] = "geregistreerd";
  geregistreerd["organisatie"] = "sw-noord";
  state["aanvragen"] = {ingediend, goedgekeurd, community, afgewezen, geregistreerd};
  return state;
}

std::vector<std::string> pads(const Json& result) {
  std::vector<std::string> out;
  for (const Json& melding : result.at("meldingen")) out.push_back(melding.at("pad").get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a visitor submits a complete aanvraag: ingediend, no warnings", "[admission][aanvraag.indienen]") {
  Harness h;
  const Json r = h.apply(submit(full_aanvraag()));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  const Json a = changed(r, "aanvraag", "av-new");
  CHECK(a["status"] == "ingediend");
  CHECK(a["ingediendOp"] == kTijdstip);
  CHECK(a["grondslag"] == "Gemeenschappelijke Regeling West");
  CHECK(a["praktisch"]["rolverdeling"] == "trekker-ondersteuner");
  CHECK_FALSE(a.contains("beoordeeldOp"));
  CHECK_FALSE(a.contains("organisatie"));
}

TEST_CASE("any actor may submit, but its own organisation must be Actief", "[admission][aanvraag.indienen][ORG-003]") {
  Harness h;
  CHECK(h.apply(submit(full_aanvraag("av-1"), beheerder("g-utrecht", "gebruik-raadpleger")))["toegestaan"] == true);
  const Json r = h.apply(submit(full_aanvraag("av-2"), beheerder("g-concept")));
  CHECK(codes(r) == std::vector<std::string>{"ORG-003"});
  CHECK(r["meldingen"][0]["pad"] == "/actor/organisatie");
}

TEST_CASE("aanvraag.indienen: shape of the required fields and the type", "[admission][aanvraag.indienen][INVOER-001]") {
  Harness h;
  SECTION("missing fields, each at its own pad") {
    const Json r = h.apply(submit({{"id", "av-x"}, {"type", "Community"}, {"contactpersoon", {{"naam", "Sam"}}}}));
    CHECK(r["toegestaan"] == false);
    CHECK(pads(r) == std::vector<std::string>{"/gegevens/contactpersoon/e-mailadres", "/gegevens/doel", "/gegevens/naam"});
    CHECK(codes(r) == std::vector<std::string>{"INVOER-001", "INVOER-001", "INVOER-001"});
  }
  SECTION("a Gemeente or Leverancier is not admitted through an aanvraag") {
    Json gegevens = bare_community();
    gegevens["type"] = "Gemeente";
    const Json r = h.apply(submit(gegevens));
    CHECK(codes(r) == std::vector<std::string>{"INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/type");
  }
  SECTION("the engine's own fields cannot be given") {
    Json gegevens = bare_community();
    gegevens["status"] = "goedgekeurd";
    gegevens["organisatie"] = "com-open";
    const Json r = h.apply(submit(gegevens));
    CHECK(codes(r) == std::vector<std::string>{"INVOER-002", "INVOER-002"});
    CHECK(pads(r) == std::vector<std::string>{"/gegevens/organisatie", "/gegevens/status"});
  }
  SECTION("intake answers of the wrong type are INVOER-002, not an open question") {
    Json gegevens = full_aanvraag();
    gegevens["draagvlak"] = "ja";
    gegevens["vorm"] = "eeuwig";
    gegevens["praktisch"]["tijd"] = 1;
    const Json r = h.apply(submit(gegevens));
    CHECK(codes(r) == std::vector<std::string>{"INVOER-002", "INVOER-002", "INVOER-002"});
    CHECK(pads(r) == std::vector<std::string>{"/gegevens/draagvlak", "/gegevens/praktisch/tijd", "/gegevens/vorm"});
  }
  SECTION("INVOER-004: the id is taken") {
    REQUIRE(h.apply(submit(full_aanvraag("av-1")))["toegestaan"] == true);
    CHECK(codes(h.apply(submit(full_aanvraag("av-1")))) == std::vector<std::string>{"INVOER-004"});
    CHECK(codes(h.apply(submit(full_aanvraag("g-utrecht")))) == std::vector<std::string>{"INVOER-004"});
  }
}

TEST_CASE("AANV-001: a Samenwerking's aanvraag needs grondslag and samenwerkingtype", "[admission][AANV-001]") {
  Harness h;
  Json gegevens = full_aanvraag();
  gegevens.erase("grondslag");
  gegevens["samenwerkingtype"] = "";
  const Json r = h.apply(submit(gegevens));
  CHECK(r["toegestaan"] == false);
  CHECK(codes(r) == std::vector<std::string>{"AANV-001", "AANV-001"});
  CHECK(pads(r) == std::vector<std::string>{"/gegevens/grondslag", "/gegevens/samenwerkingtype"});
  SECTION("neighbour: a Community needs neither") {
    Json community = bare_community();
    for (const char* key : {"motieven", "beoogdeLeden", "vorm", "praktisch", "draagvlak"}) community[key] = gegevens[key];
    const Json ok = h.apply(submit(community));
    CHECK(ok["toegestaan"] == true);
    CHECK(ok["meldingen"].empty());
  }
}

TEST_CASE("ORG-004: samenwerkingtype of an aanvraag is checked against its list", "[admission][ORG-004]") {
  Harness h;
  SECTION("a value outside the register's list") {
    Json gegevens = full_aanvraag();
    gegevens["samenwerkingtype"] = "Vriendenclub";
    const Json r = h.apply(submit(gegevens));
    CHECK(codes(r) == std::vector<std::string>{"ORG-004"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/samenwerkingtype");
  }
  SECTION("only for a Samenwerking") {
    Json gegevens = bare_community();
    gegevens["samenwerkingtype"] = "DVO";
    const Json r = h.apply(submit(gegevens));
    CHECK(has_code(r, "ORG-004"));
    CHECK(r["toegestaan"] == false);
  }
  SECTION("neighbour: every value of the list is accepted") {
    Json gegevens = full_aanvraag();
    gegevens["samenwerkingtype"] = "ICT (bijvoorbeeld Shared Service Center)";
    CHECK(h.apply(submit(gegevens))["toegestaan"] == true);
  }
}

TEST_CASE("AANV-004 and AANV-005: open intake questions warn, one per question", "[admission][AANV-004][AANV-005]") {
  Harness h;
  const Json r = h.apply(submit(bare_community()));
  CHECK(r["toegestaan"] == true);
  CHECK(codes(r) == std::vector<std::string>{"AANV-004", "AANV-005", "AANV-004", "AANV-004", "AANV-004", "AANV-004",
                                             "AANV-004", "AANV-004"});
  CHECK(pads(r) == std::vector<std::string>{"/gegevens/beoogdeLeden", "/gegevens/draagvlak", "/gegevens/motieven",
                                            "/gegevens/praktisch/budget", "/gegevens/praktisch/handen",
                                            "/gegevens/praktisch/rolverdeling", "/gegevens/praktisch/tijd",
                                            "/gegevens/vorm"});
  for (const Json& melding : r["meldingen"]) CHECK(melding["ernst"] == "waarschuwing");

  SECTION("an answer of false, an empty list or an empty text is still open") {
    Json gegevens = full_aanvraag();
    gegevens["praktisch"]["budget"] = false;
    gegevens["motieven"] = Json::array();
    gegevens["praktisch"]["rolverdeling"] = "";
    gegevens["draagvlak"] = false;
    const Json open = h.apply(submit(gegevens));
    CHECK(open["toegestaan"] == true);
    CHECK(codes(open) == std::vector<std::string>{"AANV-005", "AANV-004", "AANV-004", "AANV-004"});
    CHECK(pads(open) == std::vector<std::string>{"/gegevens/draagvlak", "/gegevens/motieven", "/gegevens/praktisch/budget",
                                                 "/gegevens/praktisch/rolverdeling"});
  }
  SECTION("neighbour: every question answered gives no warning") {
    CHECK(h.apply(submit(full_aanvraag()))["meldingen"].empty());
  }
}

TEST_CASE("aanvraag.beoordelen: a functioneel-beheerder approves once", "[admission][aanvraag.beoordelen][AANV-002]") {
  Harness h(admission_state());
  const Json r = h.apply(decide("av-ingediend", "goedgekeurd"));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  const Json a = changed(r, "aanvraag", "av-ingediend");
  CHECK(a["status"] == "goedgekeurd");
  CHECK(a["beoordeeldOp"] == kTijdstip);
  CHECK_FALSE(a.contains("ingediendOp"));  // not given in this state, not invented

  SECTION("AANV-002: a second decision is refused, in either direction") {
    const Json again = h.apply(decide("av-ingediend", "afgewezen", fb(), {{"motivering", "toch niet"}}));
    CHECK(codes(again) == std::vector<std::string>{"AANV-002"});
    CHECK(again["meldingen"][0]["pad"] == "/gegevens/id");
    CHECK(codes(h.apply(decide("av-noord", "goedgekeurd"))) == std::vector<std::string>{"AANV-002"});
    CHECK(codes(h.apply(decide("av-af", "goedgekeurd"))) == std::vector<std::string>{"AANV-002"});
  }
}

TEST_CASE("aanvraag.beoordelen: only a functioneel-beheerder decides", "[admission][aanvraag.beoordelen][AUTH-003]") {
  Harness h(admission_state());
  CHECK(codes(h.apply(decide("av-ingediend", "goedgekeurd", visitor()))) == std::vector<std::string>{"AUTH-003"});
  // Authority first: an unknown aanvraag tells a non-FB nothing.
  CHECK(codes(h.apply(decide("av-onbekend", "goedgekeurd", beheerder("sw-noord")))) == std::vector<std::string>{"AUTH-003"});
  CHECK(codes(h.apply(decide("av-onbekend", "goedgekeurd"))) == std::vector<std::string>{"INVOER-003"});
  CHECK(codes(h.apply(decide("sw-noord", "goedgekeurd"))) == std::vector<std::string>{"INVOER-002"});
  CHECK(codes(h.apply(decide("av-ingediend", "misschien"))) == std::vector<std::string>{"INVOER-002"});
}

TEST_CASE("AANV-003: a rejection needs a motivering", "[admission][aanvraag.beoordelen][AANV-003]") {
  Harness h(admission_state());
  const Json r = h.apply(decide("av-ingediend", "afgewezen"));
  CHECK(codes(r) == std::vector<std::string>{"AANV-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/motivering");
  CHECK(codes(h.apply(decide("av-ingediend", "afgewezen", fb(), {{"motivering", ""}}))) ==
        std::vector<std::string>{"AANV-003"});
  SECTION("neighbour: with a motivering the rejection is recorded") {
    const Json ok = h.apply(decide("av-ingediend", "afgewezen", fb(), {{"motivering", "Geen draagvlak bij de leden"}}));
    REQUIRE(ok["toegestaan"] == true);
    const Json a = changed(ok, "aanvraag", "av-ingediend");
    CHECK(a["status"] == "afgewezen");
    CHECK(a["motivering"] == "Geen draagvlak bij de leden");
  }
}

TEST_CASE("the assessor sees the open intake questions when deciding", "[admission][aanvraag.beoordelen][AANV-004]") {
  Harness h;
  REQUIRE(h.apply(submit(bare_community("av-c")))["toegestaan"] == true);
  const Json r = h.apply(decide("av-c", "goedgekeurd"));
  CHECK(r["toegestaan"] == true);
  CHECK(r["meldingen"].size() == 8);
  CHECK(pads(r) == std::vector<std::string>(8, "/gegevens/id"));
  CHECK(r["meldingen"][0]["melding"] == "Een intakevraag is niet beantwoord: motieven.");
  CHECK(has_code(r, "AANV-005"));
}

TEST_CASE("toegestaneOpdrachten offers submitting to anyone and deciding to the FB, once", "[admission][toegestaneOpdrachten]") {
  Harness h(admission_state());
  const auto verdict = [&](const Json& actor, const Json& gegevens, const std::string& opdracht) {
    const Json answer = h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", actor}, {"gegevens", gegevens}});
    for (const Json& item : answer["opdrachten"])
      if (item["opdracht"] == opdracht) return item;
    return Json();
  };
  CHECK(verdict(visitor(), Json::object(), "aanvraag.indienen")["toegestaan"] == true);
  CHECK(verdict(fb(), {{"object", "av-ingediend"}}, "aanvraag.beoordelen")["toegestaan"] == true);
  const Json decided = verdict(fb(), {{"object", "av-noord"}}, "aanvraag.beoordelen");
  CHECK(decided["toegestaan"] == false);
  CHECK(codes(decided) == std::vector<std::string>{"AANV-002"});
  CHECK(codes(verdict(beheerder("g-utrecht"), {{"object", "av-ingediend"}}, "aanvraag.beoordelen")) ==
        std::vector<std::string>{"AUTH-003"});
}

namespace {

Json eerste_beheerder(const std::string& id = "cp-west", const Json& rollen = {"gebruik-beheerder"}) {
  return {{"id", id}, {"naam", "Fenna de Vries"}, {"e-mailadres", "fenna@west.example"}, {"rollen", rollen}};
}

Json register_collective(const Json& organisatie, const Json& aanvraag, const Json& eerste, const Json& actor = fb()) {
  Json gegevens = {{"organisatie", organisatie}};
  if (!aanvraag.is_null()) gegevens["aanvraag"] = aanvraag;
  if (!eerste.is_null()) gegevens["eersteBeheerder"] = eerste;
  return command("organisatie.registreren", actor, gegevens);
}

Json west(const std::string& naam = "Regio West", const std::string& type = "Samenwerking") {
  return {{"id", "sw-west"}, {"naam", naam}, {"type", type}, {"samenwerkingtype", "Gemeenschappelijke Regeling"}};
}

}  // namespace

TEST_CASE("a functioneel-beheerder registers a collective from its approved aanvraag", "[admission][ORG-001]") {
  Harness h(admission_state());
  const Json r = h.apply(register_collective(west("  regio WEST "), "av-goed", eerste_beheerder()));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 3);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  const Json org = changed(r, "organisatie", "sw-west");
  CHECK(org["status"] == "Actief");
  CHECK(org["naam"] == "  regio WEST ");
  const Json cp = changed(r, "contactpersoon", "cp-west");
  CHECK(cp["organisatie"] == "sw-west");
  CHECK(cp["naam"] == "Fenna de Vries");
  CHECK(cp["rollen"] == Json::array({"gebruik-beheerder"}));
  const Json a = changed(r, "aanvraag", "av-goed");
  CHECK(a["status"] == "geregistreerd");
  CHECK(a["organisatie"] == "sw-west");

  SECTION("its first beheerder acts for it at once") {
    const Json offer = command("module.registreren", beheerder("sw-west", "aanbod-beheerder"),
                               {{"id", "m-west"}, {"naam", "West app"}, {"aanbieder", "sw-west"}});
    CHECK(h.apply(offer)["toegestaan"] == true);
  }
  SECTION("ORG-001: the aanvraag cannot be used twice") {
    Json again = west();
    again["id"] = "sw-west-2";
    const Json twice = h.apply(register_collective(again, "av-goed", eerste_beheerder("cp-2")));
    CHECK(codes(twice) == std::vector<std::string>{"ORG-001"});
    CHECK(twice["meldingen"][0]["pad"] == "/gegevens/aanvraag");
  }
}

TEST_CASE("ORG-001: only a functioneel-beheerder, and only with an aanvraag", "[admission][ORG-001]") {
  Harness h(admission_state());
  const std::string before = h.exported();
  for (const Json& actor : {visitor(), beheerder("sw-west", "aanbod-beheerder"), beheerder("g-utrecht")}) {
    const Json r = h.apply(register_collective(west(), "av-goed", eerste_beheerder(), actor));
    CHECK(codes(r) == std::vector<std::string>{"ORG-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/type");
  }
  const Json without = h.apply(register_collective(west(), nullptr, eerste_beheerder()));
  CHECK(codes(without) == std::vector<std::string>{"ORG-001"});
  CHECK(without["meldingen"][0]["pad"] == "/gegevens/aanvraag");
  CHECK(h.exported() == before);
}

TEST_CASE("ORG-001: the aanvraag must be approved, unused, of the same name and type", "[admission][ORG-001]") {
  Harness h(admission_state());
  const auto refused = [&](const Json& organisatie, const std::string& aanvraag) {
    const Json r = h.apply(register_collective(organisatie, aanvraag, eerste_beheerder()));
    CHECK(r["toegestaan"] == false);
    return r;
  };
  SECTION("not approved: ingediend or afgewezen") {
    const Json ingediend = refused(west("Regio Oost"), "av-ingediend");
    CHECK(codes(ingediend) == std::vector<std::string>{"ORG-001"});
    CHECK(ingediend["meldingen"][0]["melding"] == "De aanvraag av-ingediend is niet goedgekeurd (status: ingediend).");
    CHECK(codes(refused(west("Regio Af"), "av-af")) == std::vector<std::string>{"ORG-001"});
  }
  SECTION("already used") {
    const Json used = refused(west("Regio Noord"), "av-noord");
    CHECK(codes(used) == std::vector<std::string>{"ORG-001"});
    CHECK(used["meldingen"][0]["pad"] == "/gegevens/aanvraag");
  }
  SECTION("another name") {
    const Json r = refused(west("Regio Westelijk"), "av-goed");
    CHECK(codes(r) == std::vector<std::string>{"ORG-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/naam");
  }
  SECTION("another type") {
    Json community = west("Regio West", "Community");
    community.erase("samenwerkingtype");
    const Json r = refused(community, "av-goed");
    CHECK(codes(r) == std::vector<std::string>{"ORG-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/type");
  }
  SECTION("an aanvraag that does not exist, or is no aanvraag") {
    CHECK(codes(refused(west(), "av-onbekend")) == std::vector<std::string>{"INVOER-003"});
    CHECK(codes(refused(west(), "sw-noord")) == std::vector<std::string>{"INVOER-002"});
  }
  SECTION("neighbour: a Community from its approved aanvraag, without intake answers") {
    const Json community = {{"id", "com-data"}, {"naam", "open data community"}, {"type", "Community"}};
    const Json r = h.apply(register_collective(community, "av-com", eerste_beheerder("cp-data", {"aanbod-beheerder"})));
    CHECK(r["toegestaan"] == true);
    CHECK(changed(r, "aanvraag", "av-com")["organisatie"] == "com-data");
  }
}

TEST_CASE("the first beheerder: required, a beheerder, a new id of the new organisation", "[admission][eersteBeheerder]") {
  Harness h(admission_state());
  const auto first = [&](const Json& eerste) { return h.apply(register_collective(west(), "av-goed", eerste)); };
  const Json missing = first(nullptr);
  CHECK(codes(missing) == std::vector<std::string>{"INVOER-001"});
  CHECK(missing["meldingen"][0]["pad"] == "/gegevens/eersteBeheerder");
  const Json raadpleger = first(eerste_beheerder("cp-west", {"gebruik-raadpleger"}));
  CHECK(codes(raadpleger) == std::vector<std::string>{"INVOER-001"});
  CHECK(raadpleger["meldingen"][0]["pad"] == "/gegevens/eersteBeheerder/rollen");
  CHECK(codes(first(eerste_beheerder("sw-west"))) == std::vector<std::string>{"INVOER-004"});
  CHECK(codes(first(eerste_beheerder("g-utrecht"))) == std::vector<std::string>{"INVOER-004"});
  Json elsewhere = eerste_beheerder();
  elsewhere["organisatie"] = "g-utrecht";
  CHECK(codes(first(elsewhere)) == std::vector<std::string>{"INVOER-002"});
  Json bad_email = eerste_beheerder();
  bad_email["e-mailadres"] = "Fenna de Vries";
  CHECK(codes(first(bad_email)) == std::vector<std::string>{"INVOER-002"});
  // neighbour: naming the new organisation itself is fine
  Json same = eerste_beheerder();
  same["organisatie"] = "sw-west";
  CHECK(first(same)["toegestaan"] == true);
}

TEST_CASE("ORG-004 on a registered collective: the register's list, only for a Samenwerking", "[admission][ORG-004]") {
  Harness h(admission_state());
  Json wrong = west();
  wrong["samenwerkingtype"] = "Vriendenclub";
  const Json r = h.apply(register_collective(wrong, "av-goed", eerste_beheerder()));
  CHECK(codes(r) == std::vector<std::string>{"ORG-004"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/samenwerkingtype");
  const Json community = {{"id", "com-data"}, {"naam", "Open Data Community"}, {"type", "Community"}, {"samenwerkingtype", "DVO"}};
  CHECK(codes(h.apply(register_collective(community, "av-com", eerste_beheerder()))) == std::vector<std::string>{"ORG-004"});
}

TEST_CASE("the admission journey: submit, approve, register, and the buttons along the way", "[admission][journey]") {
  Harness h;
  REQUIRE(h.apply(submit(full_aanvraag("av-west")))["toegestaan"] == true);
  const auto allowed = [&](const std::string& object, const std::string& opdracht) {
    const Json answer = h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", fb()}, {"gegevens", {{"object", object}}}});
    for (const Json& item : answer["opdrachten"])
      if (item["opdracht"] == opdracht) return item["toegestaan"].get<bool>();
    FAIL("no verdict for " << opdracht);
    return false;
  };
  CHECK_FALSE(allowed("av-west", "organisatie.registreren"));
  REQUIRE(h.apply(decide("av-west", "goedgekeurd"))["toegestaan"] == true);
  CHECK(allowed("av-west", "organisatie.registreren"));
  CHECK_FALSE(allowed("av-west", "aanvraag.beoordelen"));
  REQUIRE(h.apply(register_collective(west(), "av-west", eerste_beheerder()))["toegestaan"] == true);
  CHECK_FALSE(allowed("av-west", "organisatie.registreren"));
}

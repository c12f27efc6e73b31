// Koppelingen: koppeling.registreren and koppeling.wijzigen, KOP-001 ... KOP-006, authority,
// ORG-003, the INVOER cases of the family, and the membership cascade to koppeling deelnemers.
#include "harness.hpp"

using namespace samen_test;

namespace {

using Codes = std::vector<std::string>;

// The fixture plus Beta's modules Burgerzaken and Portaal. Landscapes at kTijdstip:
// - g-utrecht: m-fin (own), m-zaak (via sw-noord); Portaal only as a pending proposal;
// - g-houten (active member of sw-noord): m-burger (own);
// - g-zeist (membership of sw-noord only requested): m-portaal (own);
// - sw-noord: m-zaak (own, for Utrecht); Acme's koppeling k-acme runs from m-zaak to m-burger.
Json koppeling_state() {
  Json state = fixture_state();
  state["modules"].push_back({{"id", "m-burger"}, {"naam", "Burgerzaken"}, {"aanbieder", "l-beta"}});
  state["modules"].push_back({{"id", "m-portaal"}, {"naam", "Portaal"}, {"aanbieder", "l-beta"}});
  state["lidmaatschappen"].push_back({{"id", "l-houten"}, {"samenwerking", "sw-noord"}, {"lid", "g-houten"},
                                      {"status", "actief"}, {"actiefSinds", "2026-03-01T00:00:00Z"}});
  state["gebruik"].push_back({{"id", "u-houten-burger"}, {"afnemer", "g-houten"}, {"module", "m-burger"}, {"status", "In productie"}});
  state["gebruik"].push_back({{"id", "u-zeist-portaal"}, {"afnemer", "g-zeist"}, {"module", "m-portaal"}, {"status", "In productie"}});
  state["gebruik"].push_back({{"id", "u-utrecht-portaal"}, {"afnemer", "g-utrecht"}, {"module", "m-portaal"},
                              {"status", "In productie"}, {"voorstel", {{"door", "l-beta"}, {"status", "aangevraagd"}}}});
  state["koppelingen"].push_back({{"id", "k-acme"}, {"naam", "Zaak naar Burger"}, {"moduleA", "m-zaak"}, {"moduleB", "m-burger"},
                                  {"gegevensuitwisselingRichting", "bi-directioneel"}, {"eigenaar", "l-acme"}});
  return state;
}

Json koppeling(const std::string& id, const std::string& eigenaar, const std::string& a, const std::string& b) {
  return {{"id", id}, {"eigenaar", eigenaar}, {"moduleA", a}, {"moduleB", b}, {"gegevensuitwisselingRichting", "AnaarB"}};
}

Json with(Json object, const std::string& key, const Json& value) {
  object[key] = value;
  return object;
}

Json without(Json object, const std::string& key) {
  object.erase(key);
  return object;
}

Json registreren(const Json& actor, Json gegevens, const std::string& tijdstip = kTijdstip) {
  return command("koppeling.registreren", actor, std::move(gegevens), tijdstip);
}
Json wijzigen(const Json& actor, Json gegevens) { return command("koppeling.wijzigen", actor, std::move(gegevens)); }

Json acme() { return beheerder("l-acme", "aanbod-beheerder"); }

}  // namespace

TEST_CASE("a gemeente links two modules of its landscape, the name is derived", "[koppelingen][KOP-006]") {
  Harness h(koppeling_state());
  const Json r = h.apply(registreren(beheerder("g-utrecht"), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "notitie", "via ESB")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(codes(r) == Codes{"KOP-006"});
  CHECK(r["meldingen"][0]["ernst"] == "waarschuwing");
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/naam");
  CHECK(r["meldingen"][0]["melding"] == "De naam ontbrak en is afgeleid als \"Financiën → Zaaksysteem\".");
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  CHECK(changed(r, "koppeling", "k-new") ==
        Json::parse(R"({"id":"k-new","eigenaar":"g-utrecht","moduleA":"m-fin","moduleB":"m-zaak",
                        "gegevensuitwisselingRichting":"AnaarB","notitie":"via ESB","naam":"Financiën → Zaaksysteem"})"));

  SECTION("a given name is kept, an empty one is derived") {
    const Json facility = {{"id", "k-2"}, {"eigenaar", "g-utrecht"}, {"moduleA", "m-zaak"}, {"buitengemeentelijkVoorziening", "BRP"},
                           {"gegevensuitwisselingRichting", "BnaarA"}};
    const Json named = h.check(registreren(beheerder("g-utrecht"), with(facility, "naam", "Zaak-BRP")));
    CHECK(named["meldingen"].empty());
    CHECK(changed(named, "koppeling", "k-2")["naam"] == "Zaak-BRP");
    const Json blank = h.check(registreren(beheerder("g-utrecht"), with(facility, "naam", "")));
    CHECK(codes(blank) == Codes{"KOP-006"});
    CHECK(changed(blank, "koppeling", "k-2")["naam"] == "Zaaksysteem → BRP");
  }
  SECTION("KOP-006 is an effect warning: not on a refused command") {
    const Json refused = h.check(registreren(beheerder("g-utrecht"), koppeling("k-noord", "g-utrecht", "m-fin", "m-zaak")));
    CHECK(refused["toegestaan"] == false);
    CHECK_FALSE(has_code(refused, "KOP-006"));
  }
}

TEST_CASE("KOP-001: exactly one of moduleB and buitengemeentelijkVoorziening", "[koppelingen][KOP-001]") {
  Harness h(koppeling_state());
  const Json utrecht = beheerder("g-utrecht");
  const Json neither = h.check(registreren(utrecht, without(koppeling("k-new", "g-utrecht", "m-fin", ""), "moduleB")));
  CHECK(codes(neither) == Codes{"KOP-001"});
  CHECK(neither["meldingen"][0]["pad"] == "/gegevens/moduleB");
  const Json both = h.check(registreren(utrecht, with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "buitengemeentelijkVoorziening", "BRP")));
  CHECK(codes(both) == Codes{"KOP-001"});
  CHECK(both["meldingen"][0]["pad"] == "/gegevens/buitengemeentelijkVoorziening");
  // neighbour: only the facility; its name ends the derived name
  const Json facility = h.check(registreren(utrecht, with(without(koppeling("k-new", "g-utrecht", "m-fin", ""), "moduleB"),
                                                           "buitengemeentelijkVoorziening", "BRP")));
  REQUIRE(facility["toegestaan"] == true);
  CHECK(changed(facility, "koppeling", "k-new")["naam"] == "Financiën → BRP");
  // An empty moduleB counts as absent, and is not stored.
  const Json empty_b = h.check(registreren(utrecht, with(koppeling("k-new", "g-utrecht", "m-fin", ""), "buitengemeentelijkVoorziening", "BRP")));
  REQUIRE(empty_b["toegestaan"] == true);
  CHECK_FALSE(changed(empty_b, "koppeling", "k-new").contains("moduleB"));

  SECTION("wijzigen: judged when the command touches either end") {
    const Json add_facility = h.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"buitengemeentelijkVoorziening", "BRP"}}));
    CHECK(codes(add_facility) == Codes{"KOP-001"});
    const Json swap = h.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"buitengemeentelijkVoorziening", "BRP"}, {"moduleB", nullptr}}));
    REQUIRE(swap["toegestaan"] == true);
    CHECK_FALSE(changed(swap, "koppeling", "k-noord").contains("moduleB"));
    CHECK(codes(h.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"moduleB", nullptr}}))) == Codes{"KOP-001"});
  }
}

TEST_CASE("KOP-002: a direction is required, in place of INVOER-001", "[koppelingen][KOP-002]") {
  Harness h(koppeling_state());
  const Json missing = h.check(registreren(beheerder("g-utrecht"), without(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "gegevensuitwisselingRichting")));
  CHECK(codes(missing) == Codes{"KOP-002"});
  CHECK(missing["meldingen"][0]["pad"] == "/gegevens/gegevensuitwisselingRichting");
  // A shape rule: judged in stage 1, before authority.
  CHECK(codes(h.check(registreren(visitor(), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "gegevensuitwisselingRichting", "")))) ==
        Codes{"KOP-002"});
  // A value outside the list is INVOER-002.
  const Json wrong = h.check(registreren(beheerder("g-utrecht"), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "gegevensuitwisselingRichting", "AnaarC")));
  CHECK(codes(wrong) == Codes{"INVOER-002"});
  // neighbour: every value of the list
  for (const char* richting : {"AnaarB", "BnaarA", "bi-directioneel"})
    CHECK(h.check(registreren(beheerder("g-utrecht"), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "gegevensuitwisselingRichting", richting)))["toegestaan"] ==
          true);

  SECTION("wijzigen cannot remove it, and leaves a stored koppeling without one alone") {
    CHECK(codes(h.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"gegevensuitwisselingRichting", nullptr}}))) == Codes{"KOP-002"});
    Json state = koppeling_state();
    state["koppelingen"][0].erase("gegevensuitwisselingRichting");
    Harness legacy(state);
    CHECK(legacy.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"naam", "Zaak en Fin"}}))["toegestaan"] == true);
    CHECK(legacy.check(wijzigen(beheerder("sw-noord"), {{"id", "k-noord"}, {"gegevensuitwisselingRichting", "BnaarA"}}))["toegestaan"] == true);
  }
}

TEST_CASE("AUTH: a beheerder of the eigenaar registers and changes its koppelingen", "[koppelingen][AUTH-001][AUTH-002]") {
  Harness h(koppeling_state());
  const Json gemeente = koppeling("k-new", "g-utrecht", "m-fin", "m-zaak");
  CHECK(codes(h.check(registreren(visitor(), gemeente))) == Codes{"AUTH-001"});
  CHECK(codes(h.check(registreren(beheerder("g-utrecht", "aanbod-beheerder"), gemeente))) == Codes{"AUTH-001"});
  const Json other = h.check(registreren(beheerder("g-zeist"), gemeente));
  CHECK(codes(other) == Codes{"AUTH-002"});
  CHECK(other["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(h.check(registreren(fb(), gemeente))["toegestaan"] == true);

  const Json supplier = koppeling("k-new", "l-acme", "m-fin", "m-burger");
  CHECK(codes(h.check(registreren(beheerder("l-acme", "gebruik-beheerder"), supplier))) == Codes{"AUTH-001"});
  CHECK(h.check(registreren(acme(), supplier))["toegestaan"] == true);

  const Json collective = koppeling("k-new", "sw-noord", "m-fin", "m-burger");
  CHECK(h.check(registreren(beheerder("sw-noord", "aanbod-beheerder"), collective))["toegestaan"] == true);
  CHECK(h.check(registreren(beheerder("sw-noord", "gebruik-beheerder"), collective))["toegestaan"] == true);
  // A member cannot act for its collective.
  CHECK(codes(h.check(registreren(beheerder("g-utrecht"), collective))) == Codes{"AUTH-002"});

  SECTION("wijzigen: authority comes from the stored eigenaar") {
    CHECK(codes(h.check(wijzigen(beheerder("g-utrecht"), {{"id", "k-noord"}, {"naam", "x"}}))) == Codes{"AUTH-002"});
    CHECK(codes(h.check(wijzigen(beheerder("l-acme", "gebruik-beheerder"), {{"id", "k-acme"}, {"naam", "x"}}))) == Codes{"AUTH-001"});
    CHECK(h.check(wijzigen(acme(), {{"id", "k-acme"}, {"naam", "x"}}))["toegestaan"] == true);
  }
}

TEST_CASE("KOP-003: a Leverancier links only from its own module A", "[koppelingen][KOP-003]") {
  Harness h(koppeling_state());
  const Json foreign = h.check(registreren(acme(), koppeling("k-new", "l-acme", "m-burger", "m-fin")));
  CHECK(codes(foreign) == Codes{"KOP-003"});
  CHECK(foreign["meldingen"][0]["pad"] == "/gegevens/moduleA");
  // neighbours: its own module A to anyone's module B, no landscape needed
  CHECK(h.check(registreren(acme(), koppeling("k-new", "l-acme", "m-fin", "m-portaal")))["toegestaan"] == true);
  // A Gemeente's module A is anyone's (KOP-004 governs it).
  CHECK(h.check(registreren(beheerder("g-utrecht"), koppeling("k-new", "g-utrecht", "m-fin", "m-zaak")))["toegestaan"] == true);

  SECTION("wijzigen: moving module A to another's module") {
    CHECK(codes(h.check(wijzigen(acme(), {{"id", "k-acme"}, {"moduleA", "m-portaal"}}))) == Codes{"KOP-003"});
    CHECK(h.check(wijzigen(acme(), {{"id", "k-acme"}, {"moduleA", "m-fin"}}))["toegestaan"] == true);
  }
}

TEST_CASE("KOP-004: a Gemeente links modules of its own landscape", "[koppelingen][KOP-004]") {
  Harness h(koppeling_state());
  const Json utrecht = beheerder("g-utrecht");
  const Json outside = h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-fin", "m-burger")));
  CHECK(codes(outside) == Codes{"KOP-004"});
  CHECK(outside["meldingen"][0]["pad"] == "/gegevens/moduleB");
  CHECK(outside["meldingen"][0]["melding"] == "Burgerzaken (m-burger) staat niet in het applicatielandschap van Gemeente Utrecht (g-utrecht).");
  const Json both = h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-burger", "m-eigen")));
  CHECK(codes(both) == (Codes{"KOP-004", "KOP-004"}));
  // neighbour: a module its collective registered for it counts (m-zaak via sw-noord)
  CHECK(h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-zaak", "m-fin")))["toegestaan"] == true);

  SECTION("a pending proposal is not yet in the landscape; an approved one is") {
    CHECK(codes(h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-fin", "m-portaal")))) == Codes{"KOP-004"});
    REQUIRE(h.apply(command("gebruik.voorstel-beoordelen", utrecht, {{"id", "u-utrecht-portaal"}, {"status", "goedgekeurd"}}))["toegestaan"] ==
            true);
    CHECK(h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-fin", "m-portaal")))["toegestaan"] == true);
  }
  SECTION("phased-out usage no longer counts") {
    REQUIRE(h.apply(command("gebruik.wijzigen", utrecht, {{"id", "u-utrecht-fin"}, {"status", "Uitgefaseerd"}}))["toegestaan"] == true);
    CHECK(codes(h.check(registreren(utrecht, koppeling("k-new", "g-utrecht", "m-fin", "m-zaak")))) == Codes{"KOP-004"});
  }
  SECTION("wijzigen judges a module it brings in, not one it leaves alone") {
    Harness g(koppeling_state());
    REQUIRE(g.apply(registreren(utrecht, koppeling("k-u", "g-utrecht", "m-fin", "m-zaak")))["toegestaan"] == true);
    CHECK(codes(g.check(wijzigen(utrecht, {{"id", "k-u"}, {"moduleB", "m-burger"}}))) == Codes{"KOP-004"});
    REQUIRE(g.apply(command("gebruik.wijzigen", utrecht, {{"id", "u-utrecht-fin"}, {"status", "Uitgefaseerd"}}))["toegestaan"] == true);
    // m-fin has left Utrecht's landscape; the koppeling can still be withdrawn.
    CHECK(g.check(wijzigen(utrecht, {{"id", "k-u"}, {"status", "teruggetrokken"}}))["toegestaan"] == true);
  }
}

TEST_CASE("KOP-004: a Samenwerking links modules across its active members' landscapes", "[koppelingen][KOP-004]") {
  Harness h(koppeling_state());
  const Json noord = beheerder("sw-noord");
  // Utrecht's Financiën with Houten's Burgerzaken: what only a collective can do.
  const Json r = h.apply(registreren(noord, with(koppeling("k-new", "sw-noord", "m-fin", "m-burger"), "deelnemers", {"g-utrecht", "g-houten"})));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "koppeling", "k-new")["deelnemers"] == Json({"g-utrecht", "g-houten"}));
  // Its own usage counts too.
  CHECK(h.check(registreren(noord, koppeling("k-own", "sw-noord", "m-zaak", "m-burger")))["toegestaan"] == true);

  // Zeist has only requested membership: its Portaal is out of reach.
  const Json zeist = h.check(registreren(noord, koppeling("k-z", "sw-noord", "m-fin", "m-portaal")));
  CHECK(codes(zeist) == Codes{"KOP-004"});
  CHECK(zeist["meldingen"][0]["pad"] == "/gegevens/moduleB");
  CHECK(zeist["meldingen"][0]["melding"] ==
        "Portaal (m-portaal) staat niet in het applicatielandschap van Regio Noord (sw-noord) of van een van haar actieve leden.");
  // Another collective's members are not sw-zuid's.
  CHECK(codes(h.check(registreren(beheerder("sw-zuid"), koppeling("k-z", "sw-zuid", "m-fin", "m-burger")))) == (Codes{"KOP-004", "KOP-004"}));

  SECTION("membership counts at the command's tijdstip") {
    const Json before = h.check(registreren(noord, koppeling("k-early", "sw-noord", "m-zaak", "m-burger"), "2026-02-01T00:00:00Z"));
    CHECK(codes(before) == Codes{"KOP-004"});
    CHECK(before["meldingen"][0]["pad"] == "/gegevens/moduleB");
  }
}

TEST_CASE("KOP-004/lid: deelnemers are active members of the eigenaar", "[koppelingen][KOP-004]") {
  Harness h(koppeling_state());
  const Json noord = beheerder("sw-noord");
  const Json base = koppeling("k-new", "sw-noord", "m-fin", "m-burger");
  const Json requested = h.check(registreren(noord, with(base, "deelnemers", {"g-utrecht", "g-zeist"})));
  CHECK(codes(requested) == Codes{"KOP-004"});
  CHECK(requested["meldingen"][0]["pad"] == "/gegevens/deelnemers/1");
  CHECK(requested["meldingen"][0]["melding"] == "Gemeente Zeist (g-zeist) is geen actief lid van Regio Noord (sw-noord).");
  CHECK(codes(h.check(registreren(noord, with(base, "deelnemers", {"sw-noord"})))) == Codes{"KOP-004"});
  CHECK(codes(h.check(registreren(noord, with(base, "deelnemers", {"g-utrecht", "g-utrecht"})))) == Codes{"INVOER-002"});
  CHECK(codes(h.check(registreren(noord, with(base, "deelnemers", {"g-weg"})))) == Codes{"INVOER-003"});
  CHECK(codes(h.check(registreren(noord, with(base, "deelnemers", {"m-fin"})))) == Codes{"INVOER-002"});
  // Before Houten's membership began it was no member.
  CHECK(has_code(h.check(registreren(noord, with(base, "deelnemers", {"g-houten"}), "2026-02-01T00:00:00Z")), "KOP-004"));
  // A Gemeente or Leverancier has no members to list.
  const Json gemeente = h.check(registreren(beheerder("g-utrecht"), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "deelnemers", {"g-zeist"})));
  CHECK(codes(gemeente) == Codes{"KOP-004"});
  CHECK(codes(h.check(registreren(acme(), with(koppeling("k-new", "l-acme", "m-fin", "m-zaak"), "deelnemers", {"g-utrecht"})))) == Codes{"KOP-004"});
  // neighbours: an empty list; active members
  CHECK(h.check(registreren(beheerder("g-utrecht"), with(koppeling("k-new", "g-utrecht", "m-fin", "m-zaak"), "deelnemers", Json::array())))["toegestaan"] ==
        true);
  CHECK(h.check(registreren(noord, with(base, "deelnemers", {"g-houten"})))["toegestaan"] == true);

  SECTION("wijzigen judges the new list") {
    CHECK(codes(h.check(wijzigen(noord, {{"id", "k-noord"}, {"deelnemers", {"g-utrecht", "g-zeist"}}}))) == Codes{"KOP-004"});
    const Json added = h.apply(wijzigen(noord, {{"id", "k-noord"}, {"deelnemers", {"g-utrecht", "g-houten"}}}));
    REQUIRE(added["toegestaan"] == true);
    CHECK(changed(added, "koppeling", "k-noord")["deelnemers"] == Json({"g-utrecht", "g-houten"}));
  }
}

TEST_CASE("KOP-005: a koppeling between the same modules of one eigenaar is a warning", "[koppelingen][KOP-005]") {
  Harness h(koppeling_state());
  const Json noord = beheerder("sw-noord");
  // k-noord links m-zaak and m-fin: in either order it is a duplicate.
  const Json reversed = h.apply(registreren(noord, with(koppeling("k-new", "sw-noord", "m-fin", "m-zaak"), "naam", "Terug")));
  CHECK(reversed["toegestaan"] == true);
  CHECK(codes(reversed) == Codes{"KOP-005"});
  CHECK(reversed["meldingen"][0]["ernst"] == "waarschuwing");
  CHECK(reversed["meldingen"][0]["pad"] == "/gegevens/moduleB");
  CHECK(reversed["meldingen"][0]["melding"] == "Er bestaat al een koppeling tussen deze modules voor deze eigenaar: k-noord.");
  // Now two exist; both are named.
  const Json third = h.check(registreren(noord, with(koppeling("k-3", "sw-noord", "m-zaak", "m-fin"), "naam", "Nog een")));
  CHECK(third["meldingen"][0]["melding"] == "Er bestaat al een koppeling tussen deze modules voor deze eigenaar: k-noord, k-new.");
  // neighbours: the same pair for another eigenaar; another pair for this one
  CHECK(h.check(registreren(beheerder("g-utrecht"), with(koppeling("k-u", "g-utrecht", "m-zaak", "m-fin"), "naam", "U")))["meldingen"].empty());
  CHECK(h.check(registreren(noord, with(koppeling("k-b", "sw-noord", "m-zaak", "m-burger"), "naam", "B")))["meldingen"].empty());

  SECTION("a rule warning: it also shows on a refused command") {
    const Json refused = h.check(registreren(noord, with(koppeling("k-noord", "sw-noord", "m-fin", "m-zaak"), "naam", "x")));
    CHECK(codes(refused) == (Codes{"INVOER-004", "KOP-005"}));
  }
  SECTION("a withdrawn koppeling does not count") {
    REQUIRE(h.apply(wijzigen(noord, {{"id", "k-noord"}, {"status", "teruggetrokken"}}))["toegestaan"] == true);
    REQUIRE(h.apply(wijzigen(noord, {{"id", "k-new"}, {"status", "teruggetrokken"}}))["toegestaan"] == true);
    CHECK(h.check(registreren(noord, with(koppeling("k-4", "sw-noord", "m-fin", "m-zaak"), "naam", "x")))["meldingen"].empty());
  }
  SECTION("to a facility: the same module A and facility, whatever the case") {
    const Json facility = {{"id", "k-brp"}, {"eigenaar", "sw-noord"}, {"moduleA", "m-zaak"}, {"buitengemeentelijkVoorziening", "BRP"},
                           {"gegevensuitwisselingRichting", "BnaarA"}};
    REQUIRE(h.apply(registreren(noord, facility))["toegestaan"] == true);
    const Json again = h.check(registreren(noord, with(with(facility, "id", "k-brp2"), "buitengemeentelijkVoorziening", " brp")));
    CHECK(has_code(again, "KOP-005"));
    CHECK(again["meldingen"][0]["pad"] == "/gegevens/buitengemeentelijkVoorziening");
    CHECK_FALSE(has_code(h.check(registreren(noord, with(with(facility, "id", "k-hr"), "buitengemeentelijkVoorziening", "Handelsregister"))), "KOP-005"));
  }
  SECTION("wijzigen: when the command changes an end, never against itself") {
    CHECK(h.check(wijzigen(noord, {{"id", "k-noord"}, {"naam", "Hernoemd"}}))["meldingen"].empty());
    CHECK(h.check(wijzigen(noord, {{"id", "k-noord"}, {"moduleA", "m-zaak"}}))["meldingen"].empty());
    const Json moved = h.check(wijzigen(beheerder("l-acme", "aanbod-beheerder"), {{"id", "k-acme"}, {"moduleB", "m-fin"}}));
    CHECK(moved["meldingen"].empty());  // Acme has no other m-zaak–m-fin koppeling
    Harness g(koppeling_state());
    REQUIRE(g.apply(registreren(noord, with(koppeling("k-b", "sw-noord", "m-zaak", "m-burger"), "naam", "B")))["toegestaan"] == true);
    CHECK(codes(g.check(wijzigen(noord, {{"id", "k-b"}, {"moduleB", "m-fin"}}))) == Codes{"KOP-005"});
  }
}

TEST_CASE("koppeling.wijzigen: fixed fields, removal, host fields, the derived name", "[koppelingen][KOP-006]") {
  Harness h(koppeling_state());
  const Json noord = beheerder("sw-noord");
  const Json moved = h.check(wijzigen(noord, {{"id", "k-noord"}, {"eigenaar", "sw-zuid"}}));
  CHECK(codes(moved) == Codes{"INVOER-002"});
  CHECK(moved["meldingen"][0]["pad"] == "/gegevens/eigenaar");
  CHECK(h.check(wijzigen(noord, {{"id", "k-noord"}, {"eigenaar", "sw-noord"}}))["toegestaan"] == true);
  const Json no_a = h.check(wijzigen(noord, {{"id", "k-noord"}, {"moduleA", nullptr}}));
  CHECK(codes(no_a) == Codes{"INVOER-001"});
  CHECK(no_a["meldingen"][0]["pad"] == "/gegevens/moduleA");
  CHECK(codes(h.check(wijzigen(noord, {{"id", "k-noord"}, {"type", "fax"}}))) == Codes{"INVOER-002"});
  CHECK(codes(h.check(wijzigen(noord, {{"id", "k-weg"}}))) == Codes{"INVOER-003"});
  CHECK(codes(h.check(wijzigen(noord, {{"id", "u-noord-zaak"}}))) == Codes{"INVOER-002"});

  const Json r = h.apply(wijzigen(noord, {{"id", "k-noord"}, {"type", "api"}, {"deelnemers", nullptr}, {"notitie", "nieuw"}}));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  CHECK(changed(r, "koppeling", "k-noord") ==
        Json::parse(R"({"id":"k-noord","naam":"Zaak naar Fin","moduleA":"m-zaak","moduleB":"m-fin",
                        "gegevensuitwisselingRichting":"AnaarB","eigenaar":"sw-noord","type":"api","notitie":"nieuw"})"));
  // Nothing to change: allowed, no wijzigingen.
  CHECK(h.check(wijzigen(noord, {{"id", "k-noord"}, {"type", "api"}}))["wijzigingen"].empty());

  SECTION("fields the command does not give stay as stored, blank ones too") {
    Json state = koppeling_state();
    state["koppelingen"][0]["naam"] = "";
    Harness legacy(state);
    const Json kept = legacy.check(wijzigen(noord, {{"id", "k-noord"}, {"type", "api"}}));
    REQUIRE(kept["toegestaan"] == true);
    CHECK(codes(kept).empty());
    CHECK(changed(kept, "koppeling", "k-noord")["naam"] == "");
  }

  SECTION("removing the name derives it again (KOP-006)") {
    const Json renamed = h.apply(wijzigen(noord, {{"id", "k-noord"}, {"naam", nullptr}, {"moduleA", "m-fin"}, {"moduleB", "m-zaak"}}));
    REQUIRE(renamed["toegestaan"] == true);
    CHECK(codes(renamed) == Codes{"KOP-006"});
    CHECK(changed(renamed, "koppeling", "k-noord")["naam"] == "Financiën → Zaaksysteem");
  }
}

TEST_CASE("ORG-003: the eigenaar and the actor's organisation must be Actief", "[koppelingen][ORG-003]") {
  Json state = koppeling_state();
  state["gebruik"].push_back({{"id", "u-concept-fin"}, {"afnemer", "g-concept"}, {"module", "m-fin"}, {"status", "Gepland"}});
  state["gebruik"].push_back({{"id", "u-concept-zaak"}, {"afnemer", "g-concept"}, {"module", "m-zaak"}, {"status", "Gepland"}});
  Harness h(state);
  const Json inactive = h.check(registreren(beheerder("g-concept"), koppeling("k-new", "g-concept", "m-fin", "m-zaak")));
  CHECK(codes(inactive) == Codes{"ORG-003"});
  CHECK(inactive["meldingen"][0]["pad"] == "/gegevens/eigenaar");
  CHECK(h.check(registreren(fb(), koppeling("k-new", "g-utrecht", "m-fin", "m-zaak")))["toegestaan"] == true);
}

TEST_CASE("INVOER: shape and references of koppeling.registreren", "[koppelingen][INVOER]") {
  Harness h(koppeling_state());
  SECTION("an unknown eigenaar stops before authority") {
    const Json r = h.check(registreren(visitor(), koppeling("k-new", "g-weg", "m-fin", "m-zaak")));
    CHECK(codes(r) == Codes{"INVOER-003"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/eigenaar");
  }
  SECTION("missing and ill-typed fields") {
    const Json r = h.check(registreren(beheerder("g-utrecht"), {{"eigenaar", "g-utrecht"}, {"moduleB", 7}, {"gegevensuitwisselingRichting", "AnaarB"}}));
    CHECK(codes(r) == (Codes{"INVOER-001", "INVOER-001", "INVOER-002"}));
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/id");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/moduleA");
    CHECK(r["meldingen"][2]["pad"] == "/gegevens/moduleB");
  }
  SECTION("unknown modules, a taken id") {
    const Json r = h.check(registreren(beheerder("g-utrecht"), koppeling("k-noord", "g-utrecht", "m-weg", "g-zeist")));
    CHECK(codes(r) == (Codes{"INVOER-004", "INVOER-003", "INVOER-002"}));
  }
}

TEST_CASE("ending a membership removes the member from the collective's koppelingen", "[koppelingen][LID-007]") {
  Harness h(koppeling_state());
  const Json noord = beheerder("sw-noord");
  REQUIRE(h.apply(registreren(noord, with(koppeling("k-new", "sw-noord", "m-fin", "m-burger"), "deelnemers", {"g-utrecht", "g-houten"})))["toegestaan"] ==
          true);
  const Json ended = h.apply(command("lidmaatschap.beeindigen", beheerder("g-houten"), {{"id", "l-houten"}}));
  REQUIRE(ended["toegestaan"] == true);
  CHECK(codes(ended) == Codes{"LID-007"});
  CHECK(changed(ended, "koppeling", "k-new")["deelnemers"] == Json({"g-utrecht"}));
  CHECK(changed(ended, "koppeling", "k-noord").is_null());  // Houten was not listed there
  // Houten is no longer a member: it cannot be listed again, and its modules are out of reach.
  CHECK(codes(h.check(wijzigen(noord, {{"id", "k-new"}, {"deelnemers", {"g-utrecht", "g-houten"}}}))) == Codes{"KOP-004"});
  CHECK(codes(h.check(registreren(noord, koppeling("k-2", "sw-noord", "m-zaak", "m-burger")))) == Codes{"KOP-004"});
  // The exported state keeps the change.
  CHECK(h.exported().find(R"("id":"k-new","eigenaar":"sw-noord","moduleA":"m-fin","moduleB":"m-burger","gegevensuitwisselingRichting":"AnaarB","deelnemers":["g-utrecht"])") !=
        std::string::npos);
}

TEST_CASE("toegestaneOpdrachten: the eigenaar may register and change koppelingen, others may not", "[koppelingen][toegestaneOpdrachten]") {
  Harness h(koppeling_state());
  const auto verdict = [&](const Json& actor, const std::string& object, const std::string& opdracht) {
    const Json answer = h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", actor}, {"gegevens", {{"object", object}}}});
    for (const Json& item : answer["opdrachten"])
      if (item["opdracht"] == opdracht) return item["toegestaan"].get<bool>();
    FAIL("no " << opdracht);
    return false;
  };
  CHECK(verdict(beheerder("g-utrecht"), "g-utrecht", "koppeling.registreren"));
  CHECK_FALSE(verdict(beheerder("g-zeist"), "g-utrecht", "koppeling.registreren"));
  CHECK(verdict(beheerder("sw-noord"), "k-noord", "koppeling.wijzigen"));
  CHECK_FALSE(verdict(beheerder("g-utrecht"), "k-noord", "koppeling.wijzigen"));
}

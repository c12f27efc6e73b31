// Usage: gebruik.registreren and gebruik.wijzigen, GEBR-001 ... GEBR-005 and GEBR-007,
// authority, ORG-003 and the INVOER cases of the family.
#include <fstream>
#include <sstream>

#include "harness.hpp"

using namespace samen_test;

namespace {

// The fixture plus: Houten becomes an active member of sw-noord only after kTijdstip, Utrecht
// is also in the community, and sw-noord offers a hosting dienst.
Json usage_state() {
  Json state = fixture_state();
  state["lidmaatschappen"].push_back({{"id", "l-houten-later"}, {"samenwerking", "sw-noord"}, {"lid", "g-houten"},
                                      {"status", "actief"}, {"actiefSinds", "2026-12-01T00:00:00Z"}});
  state["lidmaatschappen"].push_back({{"id", "l-com-utrecht"}, {"samenwerking", "com-open"}, {"lid", "g-utrecht"},
                                      {"status", "actief"}, {"actiefSinds", "2026-01-01T00:00:00Z"}});
  state["diensten"] = Json::array({{{"id", "d-hosting"}, {"naam", "Hosting"}, {"type", "Hosting"},
                                    {"aanbieder", "sw-noord"}, {"modules", {"m-eigen"}}}});
  return state;
}

Json registreren(const Json& actor, Json gegevens) { return command("gebruik.registreren", actor, std::move(gegevens)); }
Json wijzigen(const Json& actor, Json gegevens) { return command("gebruik.wijzigen", actor, std::move(gegevens)); }

Json usage(const std::string& id, const std::string& afnemer, const std::string& module,
           const std::string& status = "In productie") {
  return {{"id", id}, {"afnemer", afnemer}, {"module", module}, {"status", status}};
}

Json with(Json object, const std::string& key, const Json& value) {
  object[key] = value;
  return object;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("a gemeente registers its own usage, host fields kept", "[usage]") {
  Harness h(usage_state());
  const Json r = h.apply(registreren(beheerder("g-houten"), with(usage("u-new", "g-houten", "m-zaak"), "notitie", "tot 2030")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  CHECK(changed(r, "gebruik", "u-new") ==
        Json::parse(R"({"id":"u-new","afnemer":"g-houten","module":"m-zaak","status":"In productie","notitie":"tot 2030"})"));
}

TEST_CASE("AUTH: the afnemer's gebruik-beheerder, for a Samenwerking also its aanbod-beheerder", "[usage][AUTH-001][AUTH-002]") {
  Harness h(usage_state());
  const Json own = usage("u-new", "g-houten", "m-zaak");
  CHECK(codes(h.check(registreren(visitor(), own))) == Codes{"AUTH-001"});
  CHECK(codes(h.check(registreren(beheerder("g-houten", "gebruik-raadpleger"), own))) == Codes{"AUTH-001"});
  CHECK(codes(h.check(registreren(beheerder("g-houten", "aanbod-beheerder"), own))) == Codes{"AUTH-001"});
  const Json other = h.check(registreren(beheerder("g-zeist"), own));
  CHECK(codes(other) == Codes{"AUTH-002"});
  CHECK(other["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(h.check(registreren(fb(), own))["toegestaan"] == true);

  const Json collective = usage("u-new", "sw-noord", "m-fin");
  CHECK(h.check(registreren(beheerder("sw-noord", "aanbod-beheerder"), collective))["toegestaan"] == true);
  CHECK(h.check(registreren(beheerder("sw-noord", "gebruik-beheerder"), collective))["toegestaan"] == true);
  CHECK(codes(h.check(registreren(beheerder("g-utrecht"), collective))) == Codes{"AUTH-002"});

  SECTION("wijzigen: authority comes from the usage's afnemer") {
    const Json change = wijzigen(beheerder("g-zeist"), {{"id", "u-utrecht-fin"}, {"status", "In productie"}});
    CHECK(codes(h.check(change)) == Codes{"AUTH-002"});
    CHECK(codes(h.check(wijzigen(beheerder("g-utrecht", "aanbod-beheerder"), {{"id", "u-utrecht-fin"}}))) == Codes{"AUTH-001"});
    CHECK(h.check(wijzigen(beheerder("sw-noord", "aanbod-beheerder"), {{"id", "u-noord-zaak"}, {"status", "Uitgefaseerd"}}))["toegestaan"] ==
          true);
  }
}

TEST_CASE("GEBR-001: only the types of afnemerTypen register usage", "[usage][GEBR-001]") {
  SECTION("a Leverancier and, by default, a Community cannot") {
    Harness h(usage_state());
    const Json supplier = h.check(registreren(beheerder("l-acme"), usage("u-new", "l-acme", "m-zaak")));
    CHECK(codes(supplier) == Codes{"GEBR-001"});
    CHECK(supplier["meldingen"][0]["pad"] == "/gegevens/afnemer");
    CHECK(codes(h.check(registreren(beheerder("com-open"), usage("u-new", "com-open", "m-zaak")))) == Codes{"GEBR-001"});
  }
  SECTION("communityGebruikNamensLeden lets a Community register, also for its members") {
    Harness h(usage_state(), R"({"beleid":{"communityGebruikNamensLeden":true}})");
    const Json r = h.apply(registreren(beheerder("com-open"), with(usage("u-new", "com-open", "m-zaak"), "deelnemers", {"g-utrecht"})));
    CHECK(r["toegestaan"] == true);
  }
  SECTION("afnemerTypen replaces the default") {
    Harness h(usage_state(), R"({"beleid":{"afnemerTypen":["Gemeente","Leverancier"]}})");
    CHECK(h.check(registreren(beheerder("l-acme"), usage("u-new", "l-acme", "m-zaak")))["toegestaan"] == true);
    CHECK(codes(h.check(registreren(beheerder("sw-noord"), usage("u-new", "sw-noord", "m-fin")))) == Codes{"GEBR-001"});
  }
}

TEST_CASE("GEBR-002: one live usage per afnemer and module", "[usage][GEBR-002]") {
  Harness h(usage_state());
  const Json again = h.apply(registreren(beheerder("g-utrecht"), usage("u-again", "g-utrecht", "m-fin")));
  CHECK(codes(again) == Codes{"GEBR-002"});
  CHECK(again["meldingen"][0]["pad"] == "/gegevens/module");
  CHECK(again["meldingen"][0]["melding"].get<std::string>().find("u-utrecht-fin") != std::string::npos);
  // neighbour: another module, and another afnemer of the same module
  CHECK(h.check(registreren(beheerder("g-utrecht"), usage("u-other", "g-utrecht", "m-zaak")))["toegestaan"] == true);
  CHECK(h.check(registreren(beheerder("g-zeist"), usage("u-zeist", "g-zeist", "m-fin")))["toegestaan"] == true);
  // Once phased out, the usage is no longer live and the module may be registered again.
  REQUIRE(h.apply(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"status", "Uitgefaseerd"}}))["toegestaan"] == true);
  CHECK(h.apply(registreren(beheerder("g-utrecht"), usage("u-again", "g-utrecht", "m-fin")))["toegestaan"] == true);
}

TEST_CASE("GEBR-003: deelnemers only for usage registered by a collective", "[usage][GEBR-003]") {
  Harness h(usage_state());
  const Json r = h.check(registreren(beheerder("g-utrecht"), with(usage("u-new", "g-utrecht", "m-zaak"), "deelnemers", {"g-zeist"})));
  CHECK(codes(r) == Codes{"GEBR-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers");
  // neighbours: an empty list is no deelnemers; a Samenwerking may list its members
  CHECK(h.check(registreren(beheerder("g-utrecht"), with(usage("u-new", "g-utrecht", "m-zaak"), "deelnemers", Json::array())))["toegestaan"] ==
        true);
  CHECK(h.check(registreren(beheerder("sw-noord"), with(usage("u-new", "sw-noord", "m-fin"), "deelnemers", {"g-utrecht"})))["toegestaan"] ==
        true);
  // and in wijzigen
  CHECK(codes(h.check(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"deelnemers", {"g-zeist"}}}))) == Codes{"GEBR-003"});
}

TEST_CASE("GEBR-004: deelnemers are active members of the afnemer at tijdstip", "[usage][GEBR-004]") {
  Harness h(usage_state());
  const auto for_noord = [](const Json& deelnemers) {
    // m-eigen: none of the members uses it itself, so no GEBR-007 here
    return registreren(beheerder("sw-noord"), with(usage("u-new", "sw-noord", "m-eigen"), "deelnemers", deelnemers));
  };
  SECTION("an active member is allowed") {
    const Json r = h.apply(for_noord({"g-utrecht"}));
    REQUIRE(r["toegestaan"] == true);
    CHECK(changed(r, "gebruik", "u-new")["deelnemers"] == Json::array({"g-utrecht"}));
  }
  SECTION("a non-member, a pending member and a member not yet active at tijdstip are refused") {
    const Json r = h.check(for_noord({"g-utrecht", "l-beta", "g-zeist", "g-houten"}));
    CHECK(codes(r) == Codes{"GEBR-004", "GEBR-004", "GEBR-004"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers/1");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/deelnemers/2");
    CHECK(r["meldingen"][2]["pad"] == "/gegevens/deelnemers/3");
    // neighbour: once Houten's membership has started, it may be listed
    Json later = for_noord({"g-houten"});
    later["tijdstip"] = "2026-12-02T00:00:00Z";
    CHECK(h.check(later)["toegestaan"] == true);
  }
  SECTION("listed twice, or the afnemer itself") {
    const Json r = h.check(for_noord({"g-utrecht", "sw-noord", "g-utrecht"}));
    CHECK(codes(r) == Codes{"GEBR-004", "GEBR-004"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers/1");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/deelnemers/2");
  }
  SECTION("an ended membership no longer counts") {
    REQUIRE(h.apply(command("lidmaatschap.beeindigen", beheerder("g-utrecht"), {{"id", "l-utrecht"}}))["toegestaan"] == true);
    CHECK(codes(h.check(for_noord({"g-utrecht"}))) == Codes{"GEBR-004"});
  }
  SECTION("a deelnemer that is no organisation") {
    const Json r = h.check(for_noord({"g-nergens", "m-zaak"}));
    CHECK(codes(r) == Codes{"INVOER-003", "INVOER-002"});
  }
  SECTION("wijzigen checks the new list") {
    CHECK(codes(h.check(wijzigen(beheerder("sw-noord"), {{"id", "u-noord-zaak"}, {"deelnemers", {"g-utrecht", "g-zeist"}}}))) ==
          Codes{"GEBR-004"});
    CHECK(h.check(wijzigen(beheerder("sw-noord"), {{"id", "u-noord-zaak"}, {"deelnemers", {"g-utrecht"}}}))["toegestaan"] == true);
  }
}

TEST_CASE("GEBR-005: the status moves forward only, steps may be skipped", "[usage][GEBR-005]") {
  Harness h(usage_state());
  const auto to = [](const std::string& status) { return wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"status", status}}); };
  // u-utrecht-fin is Gepland
  const Json back = h.check(to("Verwerving"));
  CHECK(codes(back) == Codes{"GEBR-005"});
  CHECK(back["meldingen"][0]["pad"] == "/gegevens/status");
  CHECK(h.check(to("Gepland"))["toegestaan"] == true);
  const Json forward = h.apply(to("Uit te faseren"));
  REQUIRE(forward["toegestaan"] == true);
  CHECK(changed(forward, "gebruik", "u-utrecht-fin")["status"] == "Uit te faseren");
  CHECK(codes(h.check(to("In productie"))) == Codes{"GEBR-005"});
  CHECK(h.apply(to("Uitgefaseerd"))["toegestaan"] == true);
  CHECK(codes(h.check(to("Uit te faseren"))) == Codes{"GEBR-005"});
}

TEST_CASE("GEBR-007: a deelnemer that registered its own usage is a warning", "[usage][GEBR-007]") {
  Harness h(usage_state());
  // Utrecht has its own live u-utrecht-fin.
  const Json r = h.apply(registreren(beheerder("sw-noord"), with(usage("u-new", "sw-noord", "m-fin"), "deelnemers", {"g-utrecht"})));
  CHECK(r["toegestaan"] == true);
  CHECK(codes(r) == Codes{"GEBR-007"});
  CHECK(r["meldingen"][0]["ernst"] == "waarschuwing");
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers/0");
  CHECK(r["meldingen"][0]["melding"].get<std::string>().find("u-utrecht-fin") != std::string::npos);
  SECTION("no warning once the own usage is phased out") {
    Harness fresh(usage_state());
    REQUIRE(fresh.apply(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"status", "Uitgefaseerd"}}))["toegestaan"] == true);
    const Json quiet =
        fresh.apply(registreren(beheerder("sw-noord"), with(usage("u-new", "sw-noord", "m-fin"), "deelnemers", {"g-utrecht"})));
    CHECK(quiet["toegestaan"] == true);
    CHECK(quiet["meldingen"].empty());
  }
  SECTION("wijzigen warns only about deelnemers it adds") {
    CHECK(h.check(wijzigen(beheerder("sw-noord"), {{"id", "u-new"}, {"status", "Uit te faseren"}, {"deelnemers", {"g-utrecht"}}}))["meldingen"]
              .empty());
  }
  SECTION("the warning stays with a refused command") {
    const Json refused = h.check(registreren(beheerder("sw-noord"), with(usage("u-more", "sw-noord", "m-fin"), "deelnemers", {"g-utrecht"})));
    CHECK(codes(refused) == Codes{"GEBR-007", "GEBR-002"});  // ordered by pad
  }
}

TEST_CASE("ORG-003: the afnemer and the actor's organisation must be Actief", "[usage][ORG-003]") {
  Harness h(usage_state());
  const Json asleep = h.check(registreren(fb(), usage("u-new", "sw-slapend", "m-zaak")));
  CHECK(codes(asleep) == Codes{"ORG-003"});
  CHECK(asleep["meldingen"][0]["pad"] == "/gegevens/afnemer");
  CHECK(codes(h.check(registreren(beheerder("g-concept"), usage("u-new", "g-concept", "m-zaak")))) == Codes{"ORG-003"});
  // A functioneel-beheerder acting from an inactive organisation
  const Json fb_concept = {{"organisatie", "g-concept"}, {"rollen", {"functioneel-beheerder"}}};
  const Json actor = h.check(registreren(fb_concept, usage("u-new", "g-houten", "m-zaak")));
  CHECK(codes(actor) == Codes{"ORG-003"});
  CHECK(actor["meldingen"][0]["pad"] == "/actor/organisatie");
  // neighbour: an active afnemer and actor
  CHECK(h.check(registreren(fb(), usage("u-new", "g-houten", "m-zaak")))["toegestaan"] == true);
}

TEST_CASE("registreren: the shape of the gegevens", "[usage][INVOER]") {
  Harness h(usage_state());
  SECTION("missing and ill-typed fields are reported together and stop evaluation") {
    const Json r = h.check(registreren(visitor(), {{"id", "u-new"}, {"afnemer", "g-houten"}, {"status", "Actief"}, {"deelnemers", "g-zeist"}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-001", "INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/module");
    CHECK(r["meldingen"][2]["pad"] == "/gegevens/status");
  }
  SECTION("an unknown afnemer stops before authority") {
    CHECK(codes(h.check(registreren(visitor(), usage("u-new", "g-nergens", "m-zaak")))) == Codes{"INVOER-003"});
  }
  SECTION("an unknown module, a taken id, a module that is no module") {
    CHECK(codes(h.check(registreren(beheerder("g-houten"), usage("u-new", "g-houten", "m-nergens")))) == Codes{"INVOER-003"});
    CHECK(codes(h.check(registreren(beheerder("g-houten"), usage("u-utrecht-fin", "g-houten", "m-zaak")))) == Codes{"INVOER-004"});
    CHECK(codes(h.check(registreren(beheerder("g-houten"), usage("u-new", "g-houten", "g-zeist")))) == Codes{"INVOER-002"});
  }
  SECTION("diensten must be existing diensten, each once") {
    const Json ok = h.check(registreren(beheerder("g-houten"), with(usage("u-new", "g-houten", "m-eigen"), "diensten", {"d-hosting"})));
    CHECK(ok["toegestaan"] == true);
    const Json r =
        h.check(registreren(beheerder("g-houten"), with(usage("u-new", "g-houten", "m-eigen"), "diensten", {"d-hosting", "d-nergens", "m-zaak", "d-hosting"})));
    CHECK(codes(r) == Codes{"INVOER-003", "INVOER-002", "INVOER-002"});
    CHECK(r["meldingen"][2]["pad"] == "/gegevens/diensten/3");
  }
  SECTION("a registration cannot bring its own voorstel") {
    const Json r = h.check(registreren(beheerder("g-houten"), with(usage("u-new", "g-houten", "m-zaak"), "voorstel", {{"door", "l-acme"}})));
    CHECK(codes(r) == Codes{"INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/voorstel");
  }
}

TEST_CASE("wijzigen: fixed fields, null removes, others in place or appended", "[usage][INVOER]") {
  Harness h(usage_state());
  SECTION("afnemer, module and voorstel cannot change") {
    const Json r = h.check(wijzigen(beheerder("g-utrecht"),
                                    {{"id", "u-utrecht-fin"}, {"afnemer", "g-zeist"}, {"module", nullptr}, {"voorstel", {{"door", "l-acme"}}}}));
    CHECK(codes(r) == Codes{"INVOER-002", "INVOER-002", "INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/afnemer");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/module");
    CHECK(r["meldingen"][2]["pad"] == "/gegevens/voorstel");
  }
  SECTION("repeating their current value is no change") {
    const Json r = h.apply(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"afnemer", "g-utrecht"}, {"module", "m-fin"}, {"status", "Gepland"}}));
    CHECK(r["toegestaan"] == true);
    CHECK(r["wijzigingen"].empty());
  }
  SECTION("status cannot be removed") {
    const Json r = h.check(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"status", nullptr}}));
    CHECK(codes(r) == Codes{"INVOER-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/status");
  }
  SECTION("fields updated in place, new ones appended, null removes") {
    const Json r = h.apply(wijzigen(beheerder("sw-noord"),
                                    {{"id", "u-noord-zaak"}, {"opmerking", "nieuw"}, {"deelnemers", nullptr}, {"status", "Uit te faseren"}}));
    REQUIRE(r["toegestaan"] == true);
    REQUIRE(r["wijzigingen"].size() == 1);
    CHECK(r["wijzigingen"][0]["actie"] == "wijzigen");
    CHECK(changed(r, "gebruik", "u-noord-zaak").dump() ==
          R"({"id":"u-noord-zaak","afnemer":"sw-noord","module":"m-zaak","status":"Uit te faseren","opmerking":"nieuw"})");
  }
  SECTION("an unknown usage") {
    CHECK(codes(h.check(wijzigen(beheerder("g-utrecht"), {{"id", "u-nergens"}}))) == Codes{"INVOER-003"});
    CHECK(codes(h.check(wijzigen(beheerder("g-utrecht"), {{"id", "g-utrecht"}}))) == Codes{"INVOER-002"});
  }
}

TEST_CASE("a refused apply leaves the export byte-identical", "[usage][atomic]") {
  Harness h(usage_state());
  const std::string before = h.exported();
  CHECK(h.apply(registreren(beheerder("sw-noord"), with(usage("u-new", "sw-noord", "m-fin"), "deelnemers", {"g-utrecht", "g-zeist"})))["toegestaan"] ==
        false);
  CHECK(h.apply(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"status", "Verwerving"}, {"notitie", "x"}}))["toegestaan"] == false);
  CHECK(h.exported() == before);
  // and an allowed one changes it
  CHECK(h.apply(wijzigen(beheerder("g-utrecht"), {{"id", "u-utrecht-fin"}, {"notitie", "x"}}))["toegestaan"] == true);
  CHECK(h.exported() != before);
}

TEST_CASE("the example journey: usage for members allowed, for a non-member GEBR-004", "[usage][example]") {
  std::ifstream catalogue(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json");
  std::ifstream journey(std::string(SAMEN_EXAMPLES_DIR) + "/journey.jsonl");
  REQUIRE(catalogue);
  REQUIRE(journey);
  Harness h(Json::parse(catalogue));
  std::vector<Json> results;
  for (std::string line; std::getline(journey, line);)
    if (!line.empty()) results.push_back(h.apply(Json::parse(line)));
  REQUIRE(results.size() >= 6);
  CHECK(results[4]["toegestaan"] == true);
  CHECK(changed(results[4], "gebruik", "u-noord-portaal")["deelnemers"] == Json::array({"g-utrecht", "g-houten", "g-zeist"}));
  CHECK(results[5]["toegestaan"] == false);
  CHECK(codes(results[5]) == Codes{"GEBR-004"});
}

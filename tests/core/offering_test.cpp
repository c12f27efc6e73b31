// Offering: AANB-001 ... AANB-003, who registers and removes modules and diensten.
#include "harness.hpp"

using namespace samen_test;

namespace {

using Codes = std::vector<std::string>;

Json new_module(const std::string& naam, const std::string& aanbieder, const Json& actor, const std::string& id = "m-new") {
  return command("module.registreren", actor, {{"id", id}, {"naam", naam}, {"aanbieder", aanbieder}});
}

Json new_dienst(const Json& gegevens, const Json& actor) { return command("dienst.registreren", actor, gegevens); }

Json removal(const std::string& opdracht, const std::string& id, const Json& actor) {
  return command(opdracht, actor, {{"id", id}});
}

Json aanbod(const std::string& org) { return beheerder(org, "aanbod-beheerder"); }

// The fixture plus a dienst and modules whose only users no longer count.
Json offering_state() {
  Json state = fixture_state();
  state["modules"].push_back({{"id", "m-oud"}, {"naam", "Oud pakket"}, {"aanbieder", "l-beta"}});
  state["modules"].push_back({{"id", "m-los"}, {"naam", "Los pakket"}, {"aanbieder", "l-beta"}});
  state["modules"].push_back({{"id", "m-slapend"}, {"naam", "Slapend pakket"}, {"aanbieder", "sw-slapend"}});
  state["diensten"] = Json::array({
      {{"id", "d-hosting"}, {"naam", "Hosting Noord"}, {"type", "Hosting"}, {"aanbieder", "sw-noord"}, {"modules", {"m-eigen"}}},
      {{"id", "d-los"}, {"naam", "Opleiding"}, {"type", "Opleidingen"}, {"aanbieder", "l-acme"}},
  });
  state["gebruik"].push_back({{"id", "u-oud"}, {"afnemer", "g-zeist"}, {"module", "m-oud"}, {"status", "Uitgefaseerd"},
                              {"diensten", {"d-los"}}});
  state["gebruik"].push_back({{"id", "u-voorstel"}, {"afnemer", "g-houten"}, {"module", "m-oud"}, {"status", "In productie"},
                              {"voorstel", {{"door", "l-beta"}, {"status", "afgewezen"}}}});
  state["gebruik"].push_back({{"id", "u-hosting"}, {"afnemer", "g-utrecht"}, {"module", "m-eigen"}, {"status", "Gepland"},
                              {"diensten", {"d-hosting"}}});
  state["koppelingen"].push_back({{"id", "k-oud"}, {"naam", "Oud naar Fin"}, {"moduleA", "m-oud"}, {"moduleB", "m-fin"},
                                  {"gegevensuitwisselingRichting", "AnaarB"}, {"eigenaar", "g-zeist"}, {"status", "teruggetrokken"}});
  return state;
}

}  // namespace

TEST_CASE("an aanbieder's aanbod-beheerder registers a module, unknown fields kept", "[offering][module]") {
  Harness h;
  const Json gegevens = {{"id", "m-new"}, {"naam", "Burgerzaken"}, {"aanbieder", "l-acme"},
                         {"licentietype", "Open source"}, {"@self", {{"owner", "u-17"}}}};
  const Json r = h.apply(command("module.registreren", aanbod("l-acme"), gegevens));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  CHECK(changed(r, "module", "m-new").dump() == gegevens.dump());
  CHECK(h.exported().find(gegevens.dump()) != std::string::npos);
}

TEST_CASE("AUTH-001: a Leverancier's gebruik-beheerder does not offer, a Samenwerking's does", "[offering][AUTH-001]") {
  Harness h;
  CHECK(codes(h.apply(new_module("Burgerzaken", "l-acme", beheerder("l-acme", "gebruik-beheerder")))) == Codes{"AUTH-001"});
  CHECK(codes(h.apply(new_module("Burgerzaken", "l-acme", visitor()))) == Codes{"AUTH-001"});
  CHECK(h.apply(new_module("Burgerzaken", "sw-noord", beheerder("sw-noord", "gebruik-beheerder")))["toegestaan"] == true);
}

TEST_CASE("AUTH-002: one offers only for one's own organisation", "[offering][AUTH-002]") {
  Harness h;
  const Json r = h.apply(new_module("Burgerzaken", "l-acme", aanbod("l-beta")));
  REQUIRE(codes(r) == Codes{"AUTH-002"});
  CHECK(r["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(h.apply(new_module("Burgerzaken", "l-acme", fb()))["toegestaan"] == true);
}

TEST_CASE("AANB-001: only the policy's aanbiederTypen offer", "[offering][AANB-001]") {
  SECTION("a Gemeente offers nothing by default") {
    Harness h;
    const Json r = h.apply(new_module("Eigen app", "g-utrecht", aanbod("g-utrecht")));
    REQUIRE(codes(r) == Codes{"AANB-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/aanbieder");
    // neighbour: a Community offers (the dual role)
    CHECK(h.apply(new_module("Eigen app", "com-open", aanbod("com-open")))["toegestaan"] == true);
  }
  SECTION("aanbiederTypen replaces the default") {
    Harness h(fixture_state(), R"({"beleid":{"aanbiederTypen":["Leverancier","Gemeente"]}})");
    CHECK(codes(h.apply(new_module("Regio app", "sw-noord", aanbod("sw-noord")))) == Codes{"AANB-001"});
    CHECK(h.apply(new_module("Eigen app", "g-utrecht", aanbod("g-utrecht")))["toegestaan"] == true);
  }
  SECTION("also for diensten") {
    Harness h;
    const Json r = h.apply(new_dienst({{"id", "d-new"}, {"naam", "Beheer"}, {"type", "Applicatiebeheer"}, {"aanbieder", "g-utrecht"}},
                                      aanbod("g-utrecht")));
    REQUIRE(codes(r) == Codes{"AANB-001"});
  }
}

TEST_CASE("AANB-003: one module per name per aanbieder, case-insensitive", "[offering][AANB-003]") {
  Harness h;
  const std::string before = h.exported();
  const Json r = h.apply(new_module("  zaakSYSTEEM ", "l-acme", aanbod("l-acme")));
  REQUIRE(codes(r) == Codes{"AANB-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/naam");
  CHECK(r["meldingen"][0]["melding"] == "Acme (l-acme) biedt al een module aan met de naam Zaaksysteem (m-zaak).");
  CHECK(codes(h.apply(new_module("FINANCIËN", "l-acme", aanbod("l-acme")))) == Codes{"AANB-003"});
  CHECK(h.exported() == before);
  // neighbour: another aanbieder may use the name
  CHECK(h.apply(new_module("Zaaksysteem", "l-beta", aanbod("l-beta")))["toegestaan"] == true);
}

TEST_CASE("AANB-003: a removed module frees its name", "[offering][AANB-003]") {
  Harness h(offering_state());
  REQUIRE(h.apply(removal("module.verwijderen", "m-los", aanbod("l-beta")))["toegestaan"] == true);
  CHECK(h.apply(new_module("LOS PAKKET", "l-beta", aanbod("l-beta"), "m-los-2"))["toegestaan"] == true);
}

TEST_CASE("ORG-003: the aanbieder and the actor's organisation are Actief", "[offering][ORG-003]") {
  Harness h(offering_state());
  const Json r = h.apply(new_module("Nieuw", "sw-slapend", fb()));
  REQUIRE(codes(r) == Codes{"ORG-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/aanbieder");
  CHECK(codes(h.apply(removal("module.verwijderen", "m-slapend", fb()))) == Codes{"ORG-003"});
  const Json actor = {{"organisatie", "g-concept"}, {"rollen", {"functioneel-beheerder"}}};
  const Json own = h.apply(new_module("Nieuw", "l-acme", actor));
  REQUIRE(codes(own) == Codes{"ORG-003"});
  CHECK(own["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(h.apply(new_module("Nieuw", "l-acme", fb()))["toegestaan"] == true);
}

TEST_CASE("module input: aanbieder exists and is an organisation, id is new", "[offering][INVOER]") {
  Harness h;
  CHECK(codes(h.apply(new_module("Nieuw", "l-nergens", fb()))) == Codes{"INVOER-003"});
  CHECK(codes(h.apply(new_module("Nieuw", "m-zaak", fb()))) == Codes{"INVOER-002"});
  CHECK(codes(h.apply(new_module("Nieuw", "l-acme", fb(), "g-utrecht"))) == Codes{"INVOER-004"});
  const Json missing = h.apply(command("module.registreren", fb(), {{"id", "m-new"}, {"aanbieder", "l-acme"}}));
  REQUIRE(codes(missing) == Codes{"INVOER-001"});
  CHECK(missing["meldingen"][0]["pad"] == "/gegevens/naam");
}

TEST_CASE("AANB-002: a module in use is not removed, and its users are named", "[offering][AANB-002]") {
  Harness h(offering_state());
  const std::string before = h.exported();
  SECTION("live usage and a koppeling") {
    const Json r = h.apply(removal("module.verwijderen", "m-zaak", aanbod("l-acme")));
    REQUIRE(codes(r) == Codes{"AANB-002", "AANB-002"});
    CHECK(r["meldingen"][0]["melding"] ==
          "Zaaksysteem (m-zaak) is in gebruik en kan niet worden verwijderd. In gebruik bij: Regio Noord (sw-noord).");
    CHECK(r["meldingen"][1]["melding"] ==
          "Zaaksysteem (m-zaak) zit in een koppeling en kan niet worden verwijderd. Koppelingen: Zaak naar Fin (k-noord).");
    CHECK(r["wijzigingen"].empty());
  }
  SECTION("a dienst and live usage") {
    const Json r = h.apply(removal("module.verwijderen", "m-eigen", beheerder("sw-noord")));
    REQUIRE(codes(r) == Codes{"AANB-002", "AANB-002"});
    CHECK(r["meldingen"][1]["melding"] ==
          "Eigen app (m-eigen) hoort bij een dienst en kan niet worden verwijderd. Diensten: Hosting Noord (d-hosting).");
  }
  CHECK(h.exported() == before);
}

TEST_CASE("AANB-002 neighbour: usage that is not live and withdrawn koppelingen do not count", "[offering][AANB-002]") {
  Harness h(offering_state());
  // m-oud: an Uitgefaseerd usage, a rejected proposal and a teruggetrokken koppeling.
  const Json r = h.apply(removal("module.verwijderen", "m-oud", aanbod("l-beta")));
  REQUIRE(r["toegestaan"] == true);
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "verwijderen");
  CHECK(r["wijzigingen"][0]["soort"] == "module");
  CHECK(r["wijzigingen"][0]["object"]["id"] == "m-oud");
  CHECK(h.exported().find("\"m-oud\",\"naam\"") == std::string::npos);
  // Removed means gone: it cannot be removed twice.
  CHECK(codes(h.apply(removal("module.verwijderen", "m-oud", aanbod("l-beta")))) == Codes{"INVOER-003"});
}

TEST_CASE("removing a module: the aanbieder's beheerders only", "[offering][AUTH-001][AUTH-002]") {
  Harness h(offering_state());
  CHECK(codes(h.apply(removal("module.verwijderen", "m-los", aanbod("l-acme")))) == Codes{"AUTH-002"});
  CHECK(codes(h.apply(removal("module.verwijderen", "m-los", beheerder("l-beta", "gebruik-beheerder")))) == Codes{"AUTH-001"});
  CHECK(h.apply(removal("module.verwijderen", "m-los", fb()))["toegestaan"] == true);
}

TEST_CASE("a dienst is registered with its type and existing modules", "[offering][dienst]") {
  Harness h;
  const Json gegevens = {{"id", "d-new"}, {"naam", "Hosting Noord"}, {"type", "Hosting"}, {"aanbieder", "sw-noord"},
                         {"modules", {"m-eigen", "m-zaak"}}, {"prijs", "op aanvraag"}};
  const Json r = h.apply(new_dienst(gegevens, beheerder("sw-noord")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "dienst", "d-new").dump() == gegevens.dump());
  CHECK(h.exported().find(gegevens.dump()) != std::string::npos);
}

TEST_CASE("dienst input: type from the list, modules that exist, each once", "[offering][dienst][INVOER]") {
  Harness h;
  const Json base = {{"id", "d-new"}, {"naam", "Beheer"}, {"type", "Applicatiebeheer"}, {"aanbieder", "l-acme"}};
  Json wrong_type = base;
  wrong_type["type"] = "Koffie";
  const Json r = h.apply(new_dienst(wrong_type, aanbod("l-acme")));
  REQUIRE(codes(r) == Codes{"INVOER-002"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/type");
  Json modules = base;
  modules["modules"] = {"m-zaak", "m-nergens", "g-utrecht", "m-zaak"};
  const Json m = h.apply(new_dienst(modules, aanbod("l-acme")));
  REQUIRE(codes(m) == Codes{"INVOER-003", "INVOER-002", "INVOER-002"});
  CHECK(m["meldingen"][0]["pad"] == "/gegevens/modules/1");
  CHECK(m["meldingen"][1]["pad"] == "/gegevens/modules/2");
  CHECK(m["meldingen"][2]["pad"] == "/gegevens/modules/3");
  CHECK(h.apply(new_dienst(base, aanbod("l-acme")))["toegestaan"] == true);
}

TEST_CASE("AANB-002: a dienst listed by live usage is not removed", "[offering][AANB-002]") {
  Harness h(offering_state());
  const Json r = h.apply(removal("dienst.verwijderen", "d-hosting", beheerder("sw-noord", "aanbod-beheerder")));
  REQUIRE(codes(r) == Codes{"AANB-002"});
  CHECK(r["meldingen"][0]["melding"] ==
        "Hosting Noord (d-hosting) is in gebruik en kan niet worden verwijderd. In gebruik bij: Gemeente Utrecht (g-utrecht).");
  // neighbour: a dienst listed only by usage that is no longer live
  const Json ok = h.apply(removal("dienst.verwijderen", "d-los", aanbod("l-acme")));
  REQUIRE(ok["toegestaan"] == true);
  CHECK(ok["wijzigingen"][0]["actie"] == "verwijderen");
  CHECK(ok["wijzigingen"][0]["soort"] == "dienst");
  CHECK(h.exported().find(R"("id":"d-los")") == std::string::npos);
}

TEST_CASE("removing a dienst: its aanbieder's beheerders, not another organisation", "[offering][AUTH-002]") {
  Harness h(offering_state());
  CHECK(codes(h.apply(removal("dienst.verwijderen", "d-los", aanbod("l-beta")))) == Codes{"AUTH-002"});
  CHECK(codes(h.apply(removal("dienst.verwijderen", "m-zaak", fb()))) == Codes{"INVOER-002"});
}

TEST_CASE("English messages for the offering rules", "[offering][taal]") {
  Harness h(offering_state(), R"({"taal":"en"})");
  const Json r = h.apply(removal("dienst.verwijderen", "d-hosting", fb()));
  CHECK(r["meldingen"][0]["melding"] ==
        "Hosting Noord (d-hosting) is in use and cannot be removed. In use by: Gemeente Utrecht (g-utrecht).");
}

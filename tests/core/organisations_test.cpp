// Organisations: ORG-001 ... ORG-004, who registers, changes, activates and adds contactpersonen.
#include "harness.hpp"

using namespace samen_test;

namespace {

using Codes = std::vector<std::string>;

Json registration(const Json& organisatie, const Json& actor) {
  return command("organisatie.registreren", actor, {{"organisatie", organisatie}});
}

Json leverancier(const std::string& id) {
  return {{"id", id}, {"naam", "Nieuwe Leverancier"}, {"type", "Leverancier"}};
}

Json gemeente(const std::string& id) { return {{"id", id}, {"naam", "Gemeente Bunnik"}, {"type", "Gemeente"}}; }

Json change(const Json& gegevens, const Json& actor) { return command("organisatie.wijzigen", actor, gegevens); }

Json contact(const Json& rollen, const Json& actor, const std::string& organisatie = "g-utrecht") {
  return command("contactpersoon.registreren", actor,
                 {{"id", "cp-new"}, {"organisatie", organisatie}, {"e-mailadres", "a@utrecht.nl"}, {"rollen", rollen}});
}

Json fb_for(const std::string& org) { return {{"organisatie", org}, {"rollen", {"functioneel-beheerder"}}}; }

}  // namespace

TEST_CASE("a Leverancier registers itself as a visitor and starts Concept", "[organisations][registreren]") {
  Harness h;
  Json given = leverancier("l-new");
  given["website"] = "https://new.example";
  given["@self"] = {{"register", "5"}, {"schema", "organisatie"}};
  const Json r = h.apply(registration(given, visitor()));
  REQUIRE(r["toegestaan"] == true);
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  // The given object, unknown fields in place, plus the status; the winstoogmerk default is not written.
  Json expected = given;
  expected["status"] = "Concept";
  CHECK(changed(r, "organisatie", "l-new").dump() == expected.dump());
  CHECK(h.exported().find(expected.dump()) != std::string::npos);
}

TEST_CASE("a Leverancier may register under the id its actor already acts for", "[organisations][registreren][AUTH-002]") {
  Harness h;
  const Json r = h.apply(registration(leverancier("l-new"), beheerder("l-new", "aanbod-beheerder")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "organisatie", "l-new")["status"] == "Concept");
}

TEST_CASE("AUTH-002: acting for another organisation, one cannot register a Leverancier", "[organisations][AUTH-002]") {
  Harness h;
  const std::string before = h.exported();
  const Json r = h.apply(registration(leverancier("l-new"), beheerder("g-utrecht")));
  REQUIRE(codes(r) == Codes{"AUTH-002"});
  CHECK(r["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(r["wijzigingen"].empty());
  CHECK(h.exported() == before);
}

TEST_CASE("a Leverancier registered by a functioneel-beheerder starts Actief", "[organisations][registreren]") {
  Harness h;
  const Json r = h.apply(registration(leverancier("l-new"), fb()));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "organisatie", "l-new")["status"] == "Actief");
}

TEST_CASE("AUTH-003: only a functioneel-beheerder registers a Gemeente", "[organisations][AUTH-003]") {
  Harness h;
  CHECK(codes(h.apply(registration(gemeente("g-bunnik"), visitor()))) == Codes{"AUTH-003"});
  CHECK(codes(h.apply(registration(gemeente("g-bunnik"), beheerder("g-bunnik")))) == Codes{"AUTH-003"});
  const Json r = h.apply(registration(gemeente("g-bunnik"), fb()));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "organisatie", "g-bunnik")["status"] == "Actief");
}

// The admission path itself (from an approved aanvraag) is tested in admission_test.cpp.
TEST_CASE("ORG-001: a collective never registers itself", "[organisations][ORG-001]") {
  Harness h;
  const std::string before = h.exported();
  const Json samenwerking = {{"id", "sw-new"}, {"naam", "Regio West"}, {"type", "Samenwerking"}, {"samenwerkingtype", "DVO"}};
  const Json community = {{"id", "com-new"}, {"naam", "Nieuwe Community"}, {"type", "Community"}};
  const Json eerste = {{"id", "cp-new"}, {"e-mailadres", "a@west.nl"}, {"rollen", {"gebruik-beheerder"}}};
  SECTION("not by itself") {
    CHECK(codes(h.apply(registration(samenwerking, visitor()))) == Codes{"ORG-001"});
    CHECK(codes(h.apply(registration(community, beheerder("com-new", "aanbod-beheerder")))) == Codes{"ORG-001"});
  }
  SECTION("a functioneel-beheerder neither, without an aanvraag") {
    const Json r = h.apply(command("organisatie.registreren", fb(), {{"organisatie", samenwerking}, {"eersteBeheerder", eerste}}));
    REQUIRE(codes(r) == Codes{"ORG-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/aanvraag");
  }
  CHECK(h.exported() == before);
  // neighbour: a Leverancier registers itself
  CHECK(h.apply(registration(leverancier("l-new"), visitor()))["toegestaan"] == true);
}

TEST_CASE("registration input: required fields, taken ids, the engine's own fields", "[organisations][INVOER]") {
  Harness h;
  SECTION("organisatie is required") {
    const Json r = h.apply(command("organisatie.registreren", fb(), Json::object()));
    REQUIRE(codes(r) == Codes{"INVOER-001"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie");
  }
  SECTION("naam and a listed type are required") {
    const Json r = h.apply(registration({{"id", "l-new"}, {"type", "Bedrijf"}}, visitor()));
    REQUIRE(codes(r) == Codes{"INVOER-001", "INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/naam");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/organisatie/type");
  }
  SECTION("winstoogmerk is a boolean") {
    Json given = leverancier("l-new");
    given["winstoogmerk"] = "ja";
    CHECK(codes(h.apply(registration(given, visitor()))) == Codes{"INVOER-002"});
    given["winstoogmerk"] = false;
    CHECK(h.apply(registration(given, visitor()))["toegestaan"] == true);
  }
  SECTION("INVOER-004: the id is taken") {
    const Json r = h.apply(registration(leverancier("m-zaak"), fb()));
    REQUIRE(codes(r) == Codes{"INVOER-004"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/id");
  }
  SECTION("status and the membership links are the engine's") {
    Json given = leverancier("l-new");
    given["status"] = "Actief";
    given["deelnames"] = {"sw-noord"};
    const Json r = h.apply(registration(given, visitor()));
    REQUIRE(codes(r) == Codes{"INVOER-002", "INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/deelnames");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/organisatie/status");
  }
  SECTION("aanvraag and eersteBeheerder belong to a collective") {
    const Json r = h.apply(command("organisatie.registreren", fb(), {{"organisatie", gemeente("g-bunnik")}, {"aanvraag", "a-1"}}));
    REQUIRE(codes(r) == Codes{"INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/aanvraag");
  }
}

TEST_CASE("ORG-004 on registration: samenwerkingtype is only for a Samenwerking", "[organisations][ORG-004]") {
  Harness h;
  Json given = gemeente("g-bunnik");
  given["samenwerkingtype"] = "DVO";
  const Json r = h.apply(registration(given, fb()));
  REQUIRE(codes(r) == Codes{"ORG-004"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/organisatie/samenwerkingtype");
  CHECK(h.apply(registration(gemeente("g-bunnik"), fb()))["toegestaan"] == true);
}

TEST_CASE("ORG-003: the actor's own organisation must be Actief", "[organisations][ORG-003]") {
  Harness h;
  const Json r = h.apply(registration(gemeente("g-bunnik"), fb_for("sw-slapend")));
  REQUIRE(codes(r) == Codes{"ORG-003"});
  CHECK(r["meldingen"][0]["pad"] == "/actor/organisatie");
  CHECK(h.apply(registration(gemeente("g-bunnik"), fb_for("g-utrecht")))["toegestaan"] == true);
}

TEST_CASE("organisatie.wijzigen keeps field order, appends new fields and removes null ones", "[organisations][wijzigen]") {
  Harness h;
  const Json r = h.apply(change({{"id", "g-utrecht"}, {"naam", "Gemeente Utrecht (stad)"}, {"cbsCode", nullptr},
                                 {"website", "https://utrecht.nl"}, {"type", "Gemeente"}},
                                beheerder("g-utrecht")));
  REQUIRE(r["toegestaan"] == true);
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "wijzigen");
  const std::string expected =
      R"json({"id":"g-utrecht","naam":"Gemeente Utrecht (stad)","type":"Gemeente","status":"Actief","website":"https://utrecht.nl"})json";
  CHECK(changed(r, "organisatie", "g-utrecht").dump() == expected);
  CHECK(h.exported().find(expected) != std::string::npos);
}

TEST_CASE("organisatie.wijzigen by an organisatie-beheerder, a change without effect lists nothing", "[organisations][wijzigen]") {
  Harness h;
  const Json r = h.apply(change({{"id", "l-acme"}, {"winstoogmerk", false}}, beheerder("l-acme", "Organisatie-beheerder")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "organisatie", "l-acme")["winstoogmerk"] == false);
  const Json same = h.apply(change({{"id", "l-acme"}, {"naam", "Acme"}, {"status", "Actief"}}, beheerder("l-acme", "aanbod-beheerder")));
  CHECK(same["toegestaan"] == true);
  CHECK(same["wijzigingen"].empty());
}

TEST_CASE("AUTH-001 and AUTH-002 on organisatie.wijzigen", "[organisations][AUTH-001][AUTH-002]") {
  Harness h;
  const Json raadpleger = h.apply(change({{"id", "g-utrecht"}, {"naam", "X"}}, beheerder("g-utrecht", "gebruik-raadpleger")));
  REQUIRE(codes(raadpleger) == Codes{"AUTH-001"});
  CHECK(codes(h.apply(change({{"id", "g-utrecht"}, {"naam", "X"}}, visitor()))) == Codes{"AUTH-001"});
  // An actor without authority does not learn whether the organisation exists.
  CHECK(codes(h.apply(change({{"id", "g-nergens"}, {"naam", "X"}}, beheerder("g-zeist")))) == Codes{"AUTH-002"});
  CHECK(codes(h.apply(change({{"id", "g-nergens"}, {"naam", "X"}}, fb()))) == Codes{"INVOER-003"});
}

TEST_CASE("ORG-002: the type of an organisation never changes", "[organisations][ORG-002]") {
  Harness h;
  const std::string before = h.exported();
  const Json r = h.apply(change({{"id", "l-acme"}, {"type", "Gemeente"}}, fb()));
  REQUIRE(codes(r) == Codes{"ORG-002"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/type");
  CHECK(codes(h.apply(change({{"id", "l-acme"}, {"type", nullptr}}, fb()))) == Codes{"ORG-002"});
  CHECK(h.exported() == before);
  // neighbour: the same type again is no change
  CHECK(h.apply(change({{"id", "l-acme"}, {"type", "Leverancier"}, {"naam", "Acme BV"}}, fb()))["toegestaan"] == true);
}

TEST_CASE("organisatie.wijzigen leaves id, status and the membership links to the engine", "[organisations][INVOER-002]") {
  Harness h;
  const Json r = h.apply(change({{"id", "sw-noord"}, {"status", "Deactief"}, {"deelnemers", {"g-zeist"}}}, beheerder("sw-noord")));
  REQUIRE(codes(r) == Codes{"INVOER-002", "INVOER-002"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers");
  CHECK(r["meldingen"][1]["pad"] == "/gegevens/status");
  CHECK(r["meldingen"][1]["melding"] == "Het veld /gegevens/status kan met deze opdracht niet worden gewijzigd.");
  // The name may change, not disappear.
  CHECK(codes(h.apply(change({{"id", "sw-noord"}, {"naam", nullptr}}, beheerder("sw-noord")))) == Codes{"INVOER-001"});
  CHECK(codes(h.apply(change({{"id", "sw-noord"}, {"naam", ""}}, beheerder("sw-noord")))) == Codes{"INVOER-001"});
}

TEST_CASE("ORG-004 on organisatie.wijzigen: only a Samenwerking, only from the list", "[organisations][ORG-004]") {
  Harness h;
  const Json unknown = h.apply(change({{"id", "sw-noord"}, {"samenwerkingtype", "Vriendenclub"}}, beheerder("sw-noord")));
  REQUIRE(codes(unknown) == Codes{"ORG-004"});
  CHECK(codes(h.apply(change({{"id", "sw-noord"}, {"samenwerkingtype", 3}}, beheerder("sw-noord")))) == Codes{"ORG-004"});
  CHECK(codes(h.apply(change({{"id", "com-open"}, {"samenwerkingtype", "DVO"}}, beheerder("com-open")))) == Codes{"ORG-004"});
  const Json ok = h.apply(change({{"id", "sw-noord"}, {"samenwerkingtype", "Omgevingsdienst"}}, beheerder("sw-noord")));
  REQUIRE(ok["toegestaan"] == true);
  CHECK(changed(ok, "organisatie", "sw-noord")["samenwerkingtype"] == "Omgevingsdienst");
  // Removing it is allowed for any type.
  CHECK(h.apply(change({{"id", "com-open"}, {"samenwerkingtype", nullptr}}, beheerder("com-open")))["toegestaan"] == true);
}

TEST_CASE("ORG-003 on organisatie.wijzigen: a Concept organisation's beheerder waits for activation", "[organisations][ORG-003]") {
  Harness h;
  CHECK(codes(h.apply(change({{"id", "g-concept"}, {"naam", "X"}}, beheerder("g-concept")))) == Codes{"ORG-003"});
  CHECK(h.apply(change({{"id", "g-concept"}, {"naam", "X"}}, fb()))["toegestaan"] == true);
}

TEST_CASE("AUTH-003: only a functioneel-beheerder activates and deactivates", "[organisations][AUTH-003]") {
  Harness h;
  const Json r = h.apply(command("organisatie.activeren", beheerder("g-concept"), {{"id", "g-concept"}}));
  REQUIRE(codes(r) == Codes{"AUTH-003"});
  // Without authority, not even the existence of the id is revealed.
  CHECK(codes(h.apply(command("organisatie.deactiveren", beheerder("g-zeist"), {{"id", "g-nergens"}}))) == Codes{"AUTH-003"});
  CHECK(codes(h.apply(command("organisatie.deactiveren", fb(), {{"id", "g-nergens"}}))) == Codes{"INVOER-003"});
  CHECK(codes(h.apply(command("organisatie.deactiveren", fb(), {{"id", "m-zaak"}}))) == Codes{"INVOER-002"});
}

TEST_CASE("activating and deactivating set the status, and ORG-003 follows it", "[organisations][ORG-003]") {
  Harness h;
  const Json on = h.apply(command("organisatie.activeren", fb(), {{"id", "g-concept"}}));
  REQUIRE(on["toegestaan"] == true);
  CHECK(changed(on, "organisatie", "g-concept")["status"] == "Actief");
  CHECK(h.apply(change({{"id", "g-concept"}, {"naam", "Gemeente Nu Actief"}}, beheerder("g-concept")))["toegestaan"] == true);

  const Json off = h.apply(command("organisatie.deactiveren", fb(), {{"id", "sw-noord"}}));
  REQUIRE(off["toegestaan"] == true);
  CHECK(changed(off, "organisatie", "sw-noord").dump() ==
        R"({"id":"sw-noord","naam":"Regio Noord","type":"Samenwerking","status":"Deactief","samenwerkingtype":"DVO"})");
  CHECK(codes(h.apply(command("lidmaatschap.aangeven", beheerder("g-houten"),
                              {{"id", "l-new"}, {"samenwerking", "sw-noord"}, {"lid", "g-houten"}}))) == Codes{"ORG-003"});
  // Deactivating again changes nothing.
  const Json again = h.apply(command("organisatie.deactiveren", fb(), {{"id", "sw-noord"}}));
  CHECK(again["toegestaan"] == true);
  CHECK(again["wijzigingen"].empty());
}

TEST_CASE("a beheerder registers a contactpersoon of its own organisation", "[organisations][contactpersoon]") {
  Harness h;
  Json gegevens = {{"id", "cp-new"}, {"organisatie", "g-utrecht"}, {"e-mailadres", "a@utrecht.nl"},
                   {"rollen", {"Gebruik-beheerder", "gebruik-raadpleger"}}, {"naam", "A. de Vries"}};
  const Json r = h.apply(command("contactpersoon.registreren", beheerder("g-utrecht"), gegevens));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  CHECK(changed(r, "contactpersoon", "cp-new").dump() == gegevens.dump());
  CHECK(h.exported().find(gegevens.dump()) != std::string::npos);
  // An organisatie-beheerder may as well.
  CHECK(h.apply(command("contactpersoon.registreren", beheerder("g-utrecht", "organisatie-beheerder"),
                        {{"id", "cp-2"}, {"organisatie", "g-utrecht"}, {"e-mailadres", "b@utrecht.nl"}, {"rollen", {"aanbod-beheerder"}}}))
            ["toegestaan"] == true);
}

TEST_CASE("AUTH-001 and AUTH-002 on contactpersoon.registreren", "[organisations][contactpersoon][AUTH-001][AUTH-002]") {
  Harness h;
  CHECK(codes(h.apply(contact({"gebruik-beheerder"}, beheerder("g-utrecht", "gebruik-raadpleger")))) == Codes{"AUTH-001"});
  CHECK(codes(h.apply(contact({"gebruik-beheerder"}, beheerder("g-zeist")))) == Codes{"AUTH-002"});
}

TEST_CASE("AUTH-003: only a functioneel-beheerder grants the roles of VNG", "[organisations][contactpersoon][AUTH-003]") {
  Harness h;
  const std::string before = h.exported();
  const Json r = h.apply(contact({"gebruik-beheerder", "Functioneel-beheerder", "vng-raadpleger"}, beheerder("g-utrecht")));
  REQUIRE(codes(r) == Codes{"AUTH-003", "AUTH-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/rollen/1");
  CHECK(r["meldingen"][1]["pad"] == "/gegevens/rollen/2");
  CHECK(h.exported() == before);
  CHECK(h.apply(contact({"functioneel-beheerder"}, fb()))["toegestaan"] == true);
}

TEST_CASE("contactpersoon input: roles, e-mail address, ids", "[organisations][contactpersoon][INVOER]") {
  Harness h;
  const Json unknown = h.apply(contact({"gebruik-beheerder", "baas"}, beheerder("g-utrecht")));
  REQUIRE(codes(unknown) == Codes{"INVOER-002"});
  CHECK(unknown["meldingen"][0]["pad"] == "/gegevens/rollen/1");
  CHECK(codes(h.apply(contact(Json::array(), beheerder("g-utrecht")))) == Codes{"INVOER-001"});
  CHECK(codes(h.apply(contact("gebruik-beheerder", beheerder("g-utrecht")))) == Codes{"INVOER-002"});
  CHECK(codes(h.apply(contact({"gebruik-beheerder", "Gebruik-beheerder"}, beheerder("g-utrecht")))) == Codes{"INVOER-002"});
  const Json email = h.apply(command("contactpersoon.registreren", beheerder("g-utrecht"),
                                     {{"id", "cp-new"}, {"organisatie", "g-utrecht"}, {"e-mailadres", "Anna de Vries"}, {"rollen", {"gebruik-beheerder"}}}));
  REQUIRE(codes(email) == Codes{"INVOER-002"});
  CHECK(email["meldingen"][0]["pad"] == "/gegevens/e-mailadres");
  CHECK(codes(h.apply(contact({"gebruik-beheerder"}, fb(), "g-nergens"))) == Codes{"INVOER-003"});
  REQUIRE(h.apply(contact({"gebruik-beheerder"}, beheerder("g-utrecht")))["toegestaan"] == true);
  CHECK(codes(h.apply(contact({"gebruik-beheerder"}, beheerder("g-utrecht")))) == Codes{"INVOER-004"});
}

TEST_CASE("ORG-003 on contactpersoon.registreren", "[organisations][contactpersoon][ORG-003]") {
  Harness h;
  CHECK(codes(h.apply(contact({"gebruik-beheerder"}, beheerder("g-concept"), "g-concept"))) == Codes{"ORG-003"});
  CHECK(h.apply(contact({"gebruik-beheerder"}, fb(), "g-concept"))["toegestaan"] == true);
}

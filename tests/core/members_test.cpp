// Memberships: LID-001 ... LID-007, links kept in step, the cascade on ending.
#include "harness.hpp"

using namespace samen_test;

namespace {

Json declare(const std::string& id, const std::string& sw, const std::string& lid, const Json& actor) {
  return command("lidmaatschap.aangeven", actor, {{"id", id}, {"samenwerking", sw}, {"lid", lid}});
}

Json on_membership(const std::string& opdracht, const std::string& id, const Json& actor) {
  return command(opdracht, actor, {{"id", id}});
}

}  // namespace

TEST_CASE("a member's beheerder declares membership, which starts aangevraagd", "[members][LID-003]") {
  Harness h;
  const Json r = h.apply(declare("l-new", "sw-noord", "g-houten", beheerder("g-houten")));
  CHECK(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  const Json m = changed(r, "lidmaatschap", "l-new");
  CHECK(m["status"] == "aangevraagd");
  CHECK(m["aangegevenOp"] == kTijdstip);
  CHECK_FALSE(m.contains("actiefSinds"));
}

TEST_CASE("LID-003: a collective cannot add members itself", "[members][LID-003]") {
  Harness h;
  const Json r = h.apply(declare("l-new", "sw-noord", "g-houten", beheerder("sw-noord")));
  CHECK(r["toegestaan"] == false);
  CHECK(codes(r) == std::vector<std::string>{"LID-003"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/lid");
  CHECK(r["wijzigingen"].empty());
}

TEST_CASE("a functioneel-beheerder may declare membership for any member", "[members][LID-003]") {
  Harness h;
  CHECK(h.apply(declare("l-new", "sw-noord", "g-houten", fb()))["toegestaan"] == true);
}

TEST_CASE("AUTH-001: a visitor or a raadpleger cannot declare membership", "[members][AUTH-001]") {
  Harness h;
  CHECK(codes(h.apply(declare("l-new", "sw-noord", "g-houten", visitor()))) == std::vector<std::string>{"AUTH-001"});
  CHECK(codes(h.apply(declare("l-new", "sw-noord", "g-houten", beheerder("g-houten", "gebruik-raadpleger")))) ==
        std::vector<std::string>{"AUTH-001"});
}

TEST_CASE("without lidmaatschapBevestiging a declared membership is active at once, with links", "[members][beleid]") {
  Harness h(fixture_state(), R"({"beleid":{"lidmaatschapBevestiging":false}})");
  const Json r = h.apply(declare("l-new", "sw-noord", "g-houten", beheerder("g-houten", "aanbod-beheerder")));
  REQUIRE(r["toegestaan"] == true);
  const Json m = changed(r, "lidmaatschap", "l-new");
  CHECK(m["status"] == "actief");
  CHECK(m["actiefSinds"] == kTijdstip);
  CHECK(changed(r, "organisatie", "sw-noord")["deelnemers"] == Json::array({"g-houten"}));
  CHECK(changed(r, "organisatie", "g-houten")["deelnames"] == Json::array({"sw-noord"}));
}

TEST_CASE("LID-001: one can only become a member of a Samenwerking or Community", "[members][LID-001]") {
  Harness h;
  const Json r = h.apply(declare("l-new", "g-zeist", "g-houten", beheerder("g-houten")));
  CHECK(codes(r) == std::vector<std::string>{"LID-001"});
  CHECK(r["meldingen"][0]["pad"] == "/gegevens/samenwerking");
  // neighbour: a Community is a collective
  CHECK(h.apply(declare("l-new", "com-open", "g-houten", beheerder("g-houten")))["toegestaan"] == true);
}

TEST_CASE("LID-002: types by policy, the collective itself, and cycles", "[members][LID-002]") {
  SECTION("a Samenwerking is no member by default") {
    Harness h;
    CHECK(codes(h.apply(declare("l-new", "sw-noord", "sw-zuid", beheerder("sw-zuid")))) == std::vector<std::string>{"LID-002"});
  }
  SECTION("ledenTypen replaces the default per collective type") {
    Harness h(fixture_state(), R"({"beleid":{"ledenTypen":{"Community":["Leverancier"]}}})");
    CHECK(codes(h.apply(declare("l-new", "com-open", "g-houten", beheerder("g-houten")))) == std::vector<std::string>{"LID-002"});
    CHECK(h.apply(declare("l-new", "com-open", "l-acme", beheerder("l-acme", "aanbod-beheerder")))["toegestaan"] == true);
    // The Samenwerking default is untouched.
    CHECK(h.apply(declare("l-new2", "sw-noord", "g-houten", beheerder("g-houten")))["toegestaan"] == true);
  }
  SECTION("not a member of itself, even when nesting is allowed") {
    Harness h(fixture_state(), R"({"beleid":{"genesteSamenwerkingen":true}})");
    const Json r = h.apply(declare("l-new", "sw-noord", "sw-noord", beheerder("sw-noord")));
    CHECK(codes(r) == std::vector<std::string>{"LID-002"});
  }
  SECTION("with genesteSamenwerkingen a collective may join, but no cycle") {
    Harness h(fixture_state(), R"({"beleid":{"genesteSamenwerkingen":true}})");
    CHECK(h.apply(declare("l-zuid-in-noord", "sw-noord", "sw-zuid", beheerder("sw-zuid")))["toegestaan"] == true);
    const Json cycle = h.apply(declare("l-noord-in-zuid", "sw-zuid", "sw-noord", beheerder("sw-noord")));
    CHECK(codes(cycle) == std::vector<std::string>{"LID-002"});
    // neighbour: the community is not part of that chain
    CHECK(h.apply(declare("l-noord-in-com", "com-open", "sw-noord", beheerder("sw-noord")))["toegestaan"] == true);
  }
}

TEST_CASE("LID-004: one open membership per pair, and rejoining after the end is allowed", "[members][LID-004]") {
  Harness h;
  const Json r = h.apply(declare("l-new", "sw-noord", "g-utrecht", beheerder("g-utrecht")));
  CHECK(codes(r) == std::vector<std::string>{"LID-004"});
  REQUIRE(h.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("g-utrecht")))["toegestaan"] == true);
  CHECK(h.apply(declare("l-new", "sw-noord", "g-utrecht", beheerder("g-utrecht")))["toegestaan"] == true);
}

TEST_CASE("LID-005: the collective's beheerder confirms an aangevraagd membership", "[members][LID-005]") {
  Harness h;
  SECTION("the member cannot confirm itself") {
    const Json r = h.apply(on_membership("lidmaatschap.bevestigen", "l-zeist", beheerder("g-zeist")));
    CHECK(codes(r) == std::vector<std::string>{"LID-005"});
  }
  SECTION("confirming makes it active and keeps the links in step") {
    const Json r = h.apply(on_membership("lidmaatschap.bevestigen", "l-zeist", beheerder("sw-noord", "aanbod-beheerder")));
    REQUIRE(r["toegestaan"] == true);
    CHECK(changed(r, "lidmaatschap", "l-zeist")["status"] == "actief");
    CHECK(changed(r, "lidmaatschap", "l-zeist")["actiefSinds"] == kTijdstip);
    CHECK(changed(r, "organisatie", "sw-noord")["deelnemers"] == Json::array({"g-zeist"}));
    CHECK(changed(r, "organisatie", "g-zeist")["deelnames"] == Json::array({"sw-noord"}));
    // Once active, it cannot be confirmed again.
    CHECK(codes(h.apply(on_membership("lidmaatschap.bevestigen", "l-zeist", beheerder("sw-noord")))) ==
          std::vector<std::string>{"LID-005"});
  }
  SECTION("rejecting sets afgewezenOp and touches no link") {
    const Json r = h.apply(command("lidmaatschap.afwijzen", beheerder("sw-noord"), {{"id", "l-zeist"}, {"reden", "onbekend"}}));
    REQUIRE(r["toegestaan"] == true);
    REQUIRE(r["wijzigingen"].size() == 1);
    CHECK(changed(r, "lidmaatschap", "l-zeist")["status"] == "afgewezen");
    CHECK(changed(r, "lidmaatschap", "l-zeist")["afgewezenOp"] == kTijdstip);
    CHECK(changed(r, "lidmaatschap", "l-zeist")["reden"] == "onbekend");
  }
}

TEST_CASE("LID-006: member or collective ends an open membership", "[members][LID-006]") {
  Harness h;
  SECTION("another organisation cannot end it") {
    CHECK(codes(h.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("g-zeist")))) ==
          std::vector<std::string>{"LID-006"});
  }
  SECTION("the collective can; ending twice is refused") {
    CHECK(h.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("sw-noord")))["toegestaan"] == true);
    const Json again = h.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("sw-noord")));
    CHECK(codes(again) == std::vector<std::string>{"LID-006"});
  }
  SECTION("the member can withdraw a request: no links, no cascade") {
    const Json r = h.apply(on_membership("lidmaatschap.beeindigen", "l-zeist", beheerder("g-zeist")));
    REQUIRE(r["toegestaan"] == true);
    CHECK(r["wijzigingen"].size() == 1);
    CHECK(r["meldingen"].empty());
  }
}

TEST_CASE("LID-007: ending cascades to the collective's usage and koppelingen", "[members][LID-007]") {
  Harness h;
  const Json r = h.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("g-utrecht")));
  REQUIRE(r["toegestaan"] == true);
  CHECK(codes(r) == std::vector<std::string>{"LID-007"});
  CHECK(r["meldingen"][0]["ernst"] == "waarschuwing");
  CHECK(changed(r, "lidmaatschap", "l-utrecht")["status"] == "beeindigd");
  CHECK(changed(r, "gebruik", "u-noord-zaak")["deelnemers"] == Json::array());
  CHECK(changed(r, "koppeling", "k-noord")["deelnemers"] == Json::array());
  // The member's own usage is not the collective's to touch.
  CHECK(changed(r, "gebruik", "u-utrecht-fin").is_null());
}

TEST_CASE("ORG-003: the member, the collective and the actor's organisation must be Actief", "[members][ORG-003]") {
  Harness h;
  CHECK(codes(h.apply(declare("l-new", "sw-slapend", "g-houten", beheerder("g-houten")))) ==
        std::vector<std::string>{"ORG-003"});
  CHECK(codes(h.apply(declare("l-new", "sw-noord", "g-concept", beheerder("g-concept")))) ==
        std::vector<std::string>{"ORG-003"});
  // Ending does not need an active organisation.
  Harness ended;
  CHECK(ended.apply(on_membership("lidmaatschap.beeindigen", "l-utrecht", beheerder("g-utrecht")))["toegestaan"] == true);
}

TEST_CASE("stage order: without authority nothing more is said", "[members][stages]") {
  Harness h;
  // g-zeist has no authority to end Utrecht's membership; the state is not revealed further.
  const Json r = h.apply(command("lidmaatschap.beeindigen", beheerder("g-zeist"), {{"id", "l-utrecht"}}));
  CHECK(codes(r) == std::vector<std::string>{"LID-006"});
  // Shape problems come first and stop evaluation.
  const Json shape = h.apply(command("lidmaatschap.aangeven", beheerder("g-houten"), {{"id", 5}, {"samenwerking", "sw-noord"}}));
  CHECK(codes(shape) == std::vector<std::string>{"INVOER-002", "INVOER-001"});
  CHECK(shape["meldingen"][0]["pad"] == "/gegevens/id");
  CHECK(shape["meldingen"][1]["pad"] == "/gegevens/lid");
}

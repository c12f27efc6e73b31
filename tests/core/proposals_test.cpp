// Supplier-proposed usage: gebruik.voorstellen and gebruik.voorstel-beoordelen, GEBR-006 (the
// transition table and the side that takes each step), GEBR-001/002 for proposals, ORG-003, the
// INVOER cases of the family, and how a proposal shows in the customer's landscape.
#include <set>

#include "harness.hpp"

using namespace samen_test;

namespace {

using Codes = std::vector<std::string>;

const std::vector<std::string> kStates = {"aangevraagd", "goedgekeurd", "afgewezen", "actief", "inactief", "ingetrokken"};

// The fixture plus Beta's module m-burger, a Leverancier in Concept with its own module, and for
// each proposal state a stored proposal u-<state> of Acme's Zaaksysteem to its own customer
// g-<state> (so that GEBR-002 stays out of the way).
Json proposal_state() {
  Json state = fixture_state();
  state["organisaties"].push_back({{"id", "l-concept"}, {"naam", "Nieuw BV"}, {"type", "Leverancier"}, {"status", "Concept"}});
  for (const std::string& s : kStates)
    state["organisaties"].push_back({{"id", "g-" + s}, {"naam", "Gemeente " + s}, {"type", "Gemeente"}, {"status", "Actief"}});
  state["modules"].push_back({{"id", "m-burger"}, {"naam", "Burgerzaken"}, {"aanbieder", "l-beta"}});
  state["modules"].push_back({{"id", "m-nieuw"}, {"naam", "Nieuw"}, {"aanbieder", "l-concept"}});
  for (const std::string& s : kStates)
    state["gebruik"].push_back({{"id", "u-" + s}, {"afnemer", "g-" + s}, {"module", "m-zaak"}, {"status", "In productie"},
                                {"voorstel", {{"door", "l-acme"}, {"status", s}}}});
  return state;
}

Json voorstellen(const Json& actor, const std::string& afnemer, const std::string& module, const std::string& id = "u-new") {
  return command("gebruik.voorstellen", actor, {{"id", id}, {"afnemer", afnemer}, {"module", module}});
}

Json beoordelen(const Json& actor, const std::string& id, const std::string& status) {
  return command("gebruik.voorstel-beoordelen", actor, {{"id", id}, {"status", status}});
}

Json acme() { return beheerder("l-acme", "aanbod-beheerder"); }

}  // namespace

TEST_CASE("a supplier proposes usage of its own module: In productie, voorstel aangevraagd", "[proposals]") {
  Harness h(proposal_state());
  Json gegevens = {{"id", "u-new"}, {"afnemer", "g-houten"}, {"module", "m-zaak"}, {"notitie", "demo gehad"}};
  const Json r = h.apply(command("gebruik.voorstellen", acme(), gegevens));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  REQUIRE(r["wijzigingen"].size() == 1);
  CHECK(r["wijzigingen"][0]["actie"] == "aanmaken");
  CHECK(changed(r, "gebruik", "u-new") ==
        Json::parse(R"({"id":"u-new","afnemer":"g-houten","module":"m-zaak","notitie":"demo gehad","status":"In productie",
                        "voorstel":{"door":"l-acme","status":"aangevraagd"}})"));

  SECTION("a given status is kept") {
    gegevens["id"] = "u-gepland";
    gegevens["afnemer"] = "g-zeist";
    gegevens["status"] = "Gepland";
    const Json gepland = h.apply(command("gebruik.voorstellen", acme(), gegevens));
    REQUIRE(gepland["toegestaan"] == true);
    CHECK(changed(gepland, "gebruik", "u-gepland")["status"] == "Gepland");
  }
}

TEST_CASE("GEBR-006: only the module's own aanbieder proposes usage", "[proposals][GEBR-006][AUTH-001]") {
  Harness h(proposal_state());
  const Json other = h.check(voorstellen(beheerder("l-beta", "aanbod-beheerder"), "g-houten", "m-zaak"));
  CHECK(codes(other) == Codes{"GEBR-006"});
  CHECK(other["meldingen"][0]["pad"] == "/gegevens/module");
  // The customer itself cannot propose either: it registers usage instead.
  CHECK(codes(h.check(voorstellen(beheerder("g-houten", "aanbod-beheerder"), "g-houten", "m-zaak"))) == Codes{"GEBR-006"});
  // neighbours: Beta proposes its own module; a functioneel-beheerder may; a collective offers too
  CHECK(h.check(voorstellen(beheerder("l-beta", "aanbod-beheerder"), "g-houten", "m-burger"))["toegestaan"] == true);
  CHECK(h.check(voorstellen(fb(), "g-houten", "m-zaak"))["toegestaan"] == true);
  CHECK(h.check(voorstellen(beheerder("sw-noord", "aanbod-beheerder"), "g-houten", "m-eigen"))["toegestaan"] == true);

  SECTION("AUTH-001: a Leverancier proposes through its aanbod-beheerder") {
    CHECK(codes(h.check(voorstellen(visitor(), "g-houten", "m-zaak"))) == Codes{"AUTH-001"});
    CHECK(codes(h.check(voorstellen(beheerder("l-acme", "gebruik-beheerder"), "g-houten", "m-zaak"))) == Codes{"AUTH-001"});
    // Spec §7 names the aanbod-beheerder only: a Samenwerking's gebruik-beheerder registers its
    // offering but does not propose usage (found by the authorization property test).
    CHECK(codes(h.check(voorstellen(beheerder("sw-noord", "gebruik-beheerder"), "g-houten", "m-eigen"))) == Codes{"AUTH-001"});
  }
  SECTION("a functioneel-beheerder's proposal is made in the name of the module's aanbieder") {
    const Json r = h.apply(voorstellen(fb(), "g-houten", "m-burger"));
    CHECK(changed(r, "gebruik", "u-new")["voorstel"]["door"] == "l-beta");
  }
}

TEST_CASE("GEBR-001 and GEBR-002 hold for proposals", "[proposals][GEBR-001][GEBR-002]") {
  Harness h(proposal_state());
  const Json supplier = h.check(voorstellen(acme(), "l-beta", "m-zaak"));
  CHECK(codes(supplier) == Codes{"GEBR-001"});
  CHECK(supplier["meldingen"][0]["pad"] == "/gegevens/afnemer");
  CHECK(codes(h.check(voorstellen(acme(), "com-open", "m-zaak"))) == Codes{"GEBR-001"});

  // Utrecht already uses Financiën.
  const Json twice = h.check(voorstellen(acme(), "g-utrecht", "m-fin"));
  CHECK(codes(twice) == Codes{"GEBR-002"});
  CHECK(twice["meldingen"][0]["pad"] == "/gegevens/module");
  // neighbour: a collective is a customer too
  CHECK(h.check(voorstellen(acme(), "sw-zuid", "m-zaak"))["toegestaan"] == true);

  SECTION("a pending proposal is live usage: the customer cannot register a second one") {
    REQUIRE(h.apply(voorstellen(acme(), "g-houten", "m-zaak"))["toegestaan"] == true);
    const Json own = command("gebruik.registreren", beheerder("g-houten"),
                             {{"id", "u-own"}, {"afnemer", "g-houten"}, {"module", "m-zaak"}, {"status", "Gepland"}});
    CHECK(codes(h.check(own)) == Codes{"GEBR-002"});
    CHECK(codes(h.check(voorstellen(acme(), "g-houten", "m-zaak", "u-again"))) == Codes{"GEBR-002"});
    // Once rejected it is no longer live.
    REQUIRE(h.apply(beoordelen(beheerder("g-houten"), "u-new", "afgewezen"))["toegestaan"] == true);
    CHECK(h.apply(own)["toegestaan"] == true);
  }
}

TEST_CASE("gebruik.voorstellen: shape, references and active organisations", "[proposals][INVOER][ORG-003]") {
  Harness h(proposal_state());
  SECTION("an unknown module stops before authority") {
    const Json r = h.check(voorstellen(visitor(), "g-houten", "m-weg"));
    CHECK(codes(r) == Codes{"INVOER-003"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/module");
  }
  SECTION("an unknown afnemer, a taken id") {
    const Json r = h.check(voorstellen(acme(), "g-weg", "m-zaak", "u-noord-zaak"));
    CHECK(codes(r) == (Codes{"INVOER-003", "INVOER-004"}));
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/afnemer");
  }
  SECTION("the engine writes voorstel; deelnemers are the customer's to list") {
    Json gegevens = {{"id", "u-new"}, {"afnemer", "sw-zuid"}, {"module", "m-zaak"},
                     {"voorstel", {{"door", "l-acme"}, {"status", "actief"}}}, {"deelnemers", {"g-utrecht"}}};
    const Json r = h.check(command("gebruik.voorstellen", acme(), gegevens));
    CHECK(codes(r) == (Codes{"INVOER-002", "INVOER-002"}));
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/deelnemers");
    CHECK(r["meldingen"][1]["pad"] == "/gegevens/voorstel");
    gegevens.erase("voorstel");
    gegevens["deelnemers"] = Json::array();
    CHECK(h.check(command("gebruik.voorstellen", acme(), gegevens))["toegestaan"] == true);
  }
  SECTION("ORG-003: the aanbieder and the afnemer must be Actief") {
    const Json supplier_concept = h.check(voorstellen(beheerder("l-concept", "aanbod-beheerder"), "g-houten", "m-nieuw"));
    CHECK(codes(supplier_concept) == Codes{"ORG-003"});
    CHECK(supplier_concept["meldingen"][0]["pad"] == "/gegevens/module");
    const Json afnemer = h.check(voorstellen(acme(), "g-concept", "m-zaak"));
    CHECK(codes(afnemer) == Codes{"ORG-003"});
    CHECK(afnemer["meldingen"][0]["pad"] == "/gegevens/afnemer");
  }
}

TEST_CASE("INVOER-003: a withdrawn proposal whose module was removed cannot be proposed again", "[proposals][INVOER]") {
  // Found by the authorization property test: a rejected or withdrawn proposal is not live, so
  // AANB-002 lets the module go; reviving the proposal would make usage of nothing live.
  Json state = proposal_state();
  state["modules"].push_back({{"id", "m-weg"}, {"naam", "Weg"}, {"aanbieder", "l-acme"}});
  state["gebruik"].push_back({{"id", "u-weg"}, {"afnemer", "g-ingetrokken"}, {"module", "m-weg"}, {"status", "Gepland"},
                              {"voorstel", {{"door", "l-acme"}, {"status", "ingetrokken"}}}});
  Harness h(state);
  REQUIRE(h.apply(command("module.verwijderen", acme(), {{"id", "m-weg"}}))["toegestaan"] == true);
  const Json again = h.check(beoordelen(acme(), "u-weg", "aangevraagd"));
  CHECK(codes(again) == Codes{"INVOER-003"});
  CHECK(again["meldingen"][0]["pad"] == "/gegevens/id");
  // neighbours: with its module the same step is allowed; ending steps need no module
  CHECK(h.check(beoordelen(acme(), "u-ingetrokken", "aangevraagd"))["toegestaan"] == true);
  CHECK(codes(h.check(beoordelen(acme(), "u-weg", "ingetrokken"))) == Codes{"GEBR-006"});
}

TEST_CASE("GEBR-006/overgang: a proposal moves only along its transition table", "[proposals][GEBR-006]") {
  const std::set<std::pair<std::string, std::string>> table = {
      {"aangevraagd", "goedgekeurd"}, {"aangevraagd", "afgewezen"}, {"goedgekeurd", "actief"},
      {"goedgekeurd", "ingetrokken"}, {"actief", "inactief"},       {"actief", "ingetrokken"},
      {"inactief", "actief"},         {"inactief", "ingetrokken"},  {"afgewezen", "aangevraagd"},
      {"ingetrokken", "aangevraagd"}};
  Harness h(proposal_state());
  // Every pair of states, judged for a functioneel-beheerder (who may take either side's step).
  for (const std::string& from : kStates) {
    for (const std::string& to : kStates) {
      CAPTURE(from, to);
      const Json r = h.check(beoordelen(fb(), "u-" + from, to));
      if (table.count({from, to})) {
        CHECK(r["toegestaan"] == true);
        CHECK(changed(r, "gebruik", "u-" + from)["voorstel"] == Json({{"door", "l-acme"}, {"status", to}}));
      } else {
        REQUIRE(codes(r) == Codes{"GEBR-006"});
        CHECK(r["meldingen"][0]["pad"] == "/gegevens/status");
        CHECK(r["wijzigingen"].empty());
      }
    }
  }
}

TEST_CASE("GEBR-006/kant: the customer decides, the supplier proposes and withdraws, either (de)activates",
          "[proposals][GEBR-006]") {
  Harness h(proposal_state());
  const Json customer_of = beheerder("g-aangevraagd");
  SECTION("approving and rejecting are the afnemer's") {
    const Json supplier = h.check(beoordelen(acme(), "u-aangevraagd", "goedgekeurd"));
    CHECK(codes(supplier) == Codes{"GEBR-006"});
    CHECK(supplier["meldingen"][0]["pad"] == "/gegevens/status");
    CHECK(codes(h.check(beoordelen(acme(), "u-aangevraagd", "afgewezen"))) == Codes{"GEBR-006"});
    CHECK(h.check(beoordelen(customer_of, "u-aangevraagd", "goedgekeurd"))["toegestaan"] == true);
    CHECK(h.check(beoordelen(beheerder("g-aangevraagd", "aanbod-beheerder"), "u-aangevraagd", "afgewezen"))["toegestaan"] == true);
  }
  SECTION("withdrawing and proposing again are the aanbieder's") {
    CHECK(codes(h.check(beoordelen(beheerder("g-actief"), "u-actief", "ingetrokken"))) == Codes{"GEBR-006"});
    CHECK(codes(h.check(beoordelen(beheerder("g-afgewezen"), "u-afgewezen", "aangevraagd"))) == Codes{"GEBR-006"});
    CHECK(h.check(beoordelen(acme(), "u-actief", "ingetrokken"))["toegestaan"] == true);
    CHECK(h.check(beoordelen(acme(), "u-afgewezen", "aangevraagd"))["toegestaan"] == true);
  }
  SECTION("activating and deactivating are either side's, nobody else's") {
    CHECK(h.check(beoordelen(acme(), "u-goedgekeurd", "actief"))["toegestaan"] == true);
    CHECK(h.check(beoordelen(beheerder("g-goedgekeurd"), "u-goedgekeurd", "actief"))["toegestaan"] == true);
    CHECK(h.check(beoordelen(acme(), "u-actief", "inactief"))["toegestaan"] == true);
    CHECK(h.check(beoordelen(beheerder("g-actief"), "u-actief", "inactief"))["toegestaan"] == true);
    CHECK(codes(h.check(beoordelen(beheerder("g-zeist"), "u-actief", "inactief"))) == Codes{"GEBR-006"});
    CHECK(codes(h.check(beoordelen(beheerder("l-beta", "aanbod-beheerder"), "u-actief", "inactief"))) == Codes{"GEBR-006"});
  }
  SECTION("the wrong side learns nothing more: authority comes before the transition") {
    // Withdrawing a rejected proposal is no step of the table, but the customer is told the side only.
    CHECK(codes(h.check(beoordelen(beheerder("g-afgewezen"), "u-afgewezen", "ingetrokken"))) == Codes{"GEBR-006"});
    const Json r = h.check(beoordelen(beheerder("g-afgewezen"), "u-afgewezen", "ingetrokken"));
    CHECK(r["meldingen"][0]["melding"].get<std::string>().find("Acme") != std::string::npos);
  }
  SECTION("AUTH-001: a beheerder role is needed") {
    CHECK(codes(h.check(beoordelen(visitor(), "u-aangevraagd", "goedgekeurd"))) == Codes{"AUTH-001"});
    CHECK(codes(h.check(beoordelen(beheerder("g-aangevraagd", "gebruik-raadpleger"), "u-aangevraagd", "goedgekeurd"))) ==
          Codes{"AUTH-001"});
  }
}

TEST_CASE("a proposal's whole life: proposed, approved, in use, paused, withdrawn, proposed again, rejected",
          "[proposals]") {
  Harness h(proposal_state());
  const Json customer = beheerder("g-houten");
  REQUIRE(h.apply(voorstellen(acme(), "g-houten", "m-zaak"))["toegestaan"] == true);
  const std::vector<std::pair<Json, std::string>> steps = {
      {customer, "goedgekeurd"}, {acme(), "actief"}, {customer, "inactief"}, {customer, "actief"},
      {acme(), "ingetrokken"},   {acme(), "aangevraagd"}, {customer, "afgewezen"}};
  for (const auto& [actor, status] : steps) {
    CAPTURE(status);
    const Json r = h.apply(beoordelen(actor, "u-new", status));
    REQUIRE(r["toegestaan"] == true);
    REQUIRE(r["wijzigingen"].size() == 1);
    CHECK(r["wijzigingen"][0]["actie"] == "wijzigen");
    CHECK(changed(r, "gebruik", "u-new")["voorstel"]["status"] == status);
    CHECK(changed(r, "gebruik", "u-new")["status"] == "In productie");
  }
}

TEST_CASE("proposing again checks GEBR-002: the customer may have registered its own usage meanwhile",
          "[proposals][GEBR-002]") {
  Harness h(proposal_state());
  const Json own = command("gebruik.registreren", beheerder("g-afgewezen"),
                           {{"id", "u-own"}, {"afnemer", "g-afgewezen"}, {"module", "m-zaak"}, {"status", "Gepland"}});
  REQUIRE(h.apply(own)["toegestaan"] == true);
  const Json again = h.check(beoordelen(acme(), "u-afgewezen", "aangevraagd"));
  CHECK(codes(again) == Codes{"GEBR-002"});
  CHECK(again["meldingen"][0]["pad"] == "/gegevens/id");
  // neighbour: a live proposal moving on does not meet itself
  CHECK(h.check(beoordelen(acme(), "u-actief", "inactief"))["toegestaan"] == true);
}

TEST_CASE("gebruik.voorstel-beoordelen: shape, references and active organisations", "[proposals][INVOER][ORG-003]") {
  Harness h(proposal_state());
  SECTION("only a proposal can be judged") {
    const Json r = h.check(beoordelen(fb(), "u-utrecht-fin", "goedgekeurd"));
    CHECK(codes(r) == Codes{"INVOER-002"});
    CHECK(r["meldingen"][0]["pad"] == "/gegevens/id");
    CHECK(codes(h.check(beoordelen(fb(), "m-zaak", "goedgekeurd"))) == Codes{"INVOER-002"});
    CHECK(codes(h.check(beoordelen(fb(), "u-weg", "goedgekeurd"))) == Codes{"INVOER-003"});
  }
  SECTION("the status must be a proposal state") {
    const Json r = h.check(beoordelen(fb(), "u-aangevraagd", "In productie"));
    CHECK(codes(r) == Codes{"INVOER-002"});
    CHECK(codes(h.check(command("gebruik.voorstel-beoordelen", fb(), {{"id", "u-aangevraagd"}}))) == Codes{"INVOER-001"});
  }
  SECTION("ORG-003 for moving on, not for rejecting or withdrawing") {
    Json state = proposal_state();
    state["organisaties"][2]["status"] = "Deactief";  // g-houten
    state["gebruik"].push_back({{"id", "u-houten"}, {"afnemer", "g-houten"}, {"module", "m-burger"}, {"status", "Gepland"},
                                {"voorstel", {{"door", "l-beta"}, {"status", "aangevraagd"}}}});
    Harness inactive(state);
    const Json approve = inactive.check(beoordelen(fb(), "u-houten", "goedgekeurd"));
    CHECK(codes(approve) == Codes{"ORG-003"});
    CHECK(approve["meldingen"][0]["pad"] == "/gegevens/id");
    CHECK(inactive.check(beoordelen(beheerder("g-houten"), "u-houten", "afgewezen"))["toegestaan"] == true);
  }
}

TEST_CASE("gebruik.wijzigen cannot change the proposal, the customer can change the rest", "[proposals][usage]") {
  Harness h(proposal_state());
  const Json customer = beheerder("g-goedgekeurd");
  const Json moved = command("gebruik.wijzigen", customer, {{"id", "u-goedgekeurd"}, {"voorstel", {{"door", "l-acme"}, {"status", "actief"}}}});
  CHECK(codes(h.check(moved)) == Codes{"INVOER-002"});
  const Json r = h.apply(command("gebruik.wijzigen", customer, {{"id", "u-goedgekeurd"}, {"status", "Uit te faseren"}}));
  REQUIRE(r["toegestaan"] == true);
  CHECK(changed(r, "gebruik", "u-goedgekeurd")["voorstel"]["status"] == "goedgekeurd");
}

TEST_CASE("landschap shows a live proposal as the customer's own usage, marked with its voorstel", "[proposals][landschap]") {
  Harness h(proposal_state());
  const auto landscape = [&](const std::string& organisation) {
    return h.query({{"vraag", "landschap"}, {"actor", visitor()}, {"gegevens", {{"organisatie", organisation}}}});
  };
  const Json pending = landscape("g-aangevraagd");
  REQUIRE(pending["modules"].size() == 1);
  CHECK(pending["modules"][0]["herkomst"] == "eigen");
  CHECK(pending["modules"][0]["eigen"][0] ==
        Json::parse(R"({"gebruik":"u-aangevraagd","status":"In productie","voorstel":{"door":"l-acme","status":"aangevraagd"}})"));
  CHECK(landscape("g-inactief")["modules"][0]["eigen"][0]["voorstel"]["status"] == "inactief");
  // Rejected and withdrawn proposals are not live: they are not in the landscape.
  CHECK(landscape("g-afgewezen")["modules"].empty());
  CHECK(landscape("g-ingetrokken")["modules"].empty());
  // Ordinary usage carries no voorstel.
  const Json utrecht = landscape("g-utrecht");
  REQUIRE(utrecht["modules"][0]["eigen"].size() == 1);
  CHECK_FALSE(utrecht["modules"][0]["eigen"][0].contains("voorstel"));
}

TEST_CASE("toegestaneOpdrachten on a proposal offers each side its own steps", "[proposals][toegestaneOpdrachten]") {
  Harness h(proposal_state());
  const auto steps = [&](const Json& actor) {
    const Json answer = h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", actor}, {"gegevens", {{"object", "u-aangevraagd"}}}});
    std::vector<std::string> allowed;
    for (const Json& item : answer["opdrachten"])
      if (item["opdracht"] == "gebruik.voorstel-beoordelen" && item["toegestaan"] == true)
        allowed.push_back(item["met"]["status"].get<std::string>());
    return allowed;
  };
  CHECK(steps(beheerder("g-aangevraagd")) == (Codes{"goedgekeurd", "afgewezen"}));
  CHECK(steps(acme()).empty());
  CHECK(steps(beheerder("g-zeist")).empty());
}

TEST_CASE("toegestaneOpdrachten on a module offers gebruik.voorstellen to its own aanbieder only", "[proposals][toegestaneOpdrachten]") {
  Harness h(proposal_state());
  const auto may_propose = [&](const Json& actor) {
    const Json answer = h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", actor}, {"gegevens", {{"object", "m-zaak"}}}});
    for (const Json& item : answer["opdrachten"])
      if (item["opdracht"] == "gebruik.voorstellen") return item["toegestaan"].get<bool>();
    FAIL("no gebruik.voorstellen");
    return false;
  };
  CHECK(may_propose(acme()));
  CHECK_FALSE(may_propose(beheerder("l-beta", "aanbod-beheerder")));
  CHECK_FALSE(may_propose(beheerder("g-houten")));
}

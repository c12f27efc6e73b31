// The landscape: in_landscape and the landscape listing straight on a State, and the queries
// `landschap` and `mogelijkeDeelnemers`.
#include "harness.hpp"
#include "model/load.hpp"
#include "rules/landscape.hpp"

using namespace samen_test;

namespace {

// The fixture plus: Utrecht also in sw-zuid and using m-zaak itself; sw-zuid registers m-zaak
// and m-burger for Utrecht; usage that is not live (phased out, a rejected proposal); Houten's
// ended membership and Acme's one that starts after kTijdstip.
Json landscape_state() {
  Json state = fixture_state();
  state["modules"].push_back({{"id", "m-burger"}, {"naam", "Burgerzaken"}, {"aanbieder", "l-beta"}});
  state["modules"].push_back({{"id", "m-portaal"}, {"naam", "Portaal"}, {"aanbieder", "l-beta"}});
  for (const char* membership : {
           R"({"id":"l-zuid-utrecht","samenwerking":"sw-zuid","lid":"g-utrecht","status":"actief","actiefSinds":"2026-01-01T00:00:00Z"})",
           R"({"id":"l-houten-oud","samenwerking":"sw-noord","lid":"g-houten","status":"beeindigd","actiefSinds":"2025-01-01T00:00:00Z","beeindigdOp":"2025-06-01T00:00:00Z"})",
           R"({"id":"l-acme-later","samenwerking":"sw-noord","lid":"l-acme","status":"actief","actiefSinds":"2026-12-01T00:00:00Z"})"})
    state["lidmaatschappen"].push_back(Json::parse(membership));
  for (const char* usage : {
           R"({"id":"u-zuid-zaak","afnemer":"sw-zuid","module":"m-zaak","status":"Gepland","deelnemers":["g-utrecht"]})",
           R"({"id":"u-utrecht-zaak","afnemer":"g-utrecht","module":"m-zaak","status":"Verwerving"})",
           R"({"id":"u-zuid-burger","afnemer":"sw-zuid","module":"m-burger","status":"Gepland","deelnemers":["g-utrecht"]})",
           R"({"id":"u-noord-eigen","afnemer":"sw-noord","module":"m-eigen","status":"Uitgefaseerd","deelnemers":["g-utrecht"]})",
           R"({"id":"u-utrecht-portaal","afnemer":"g-utrecht","module":"m-portaal","status":"In productie","voorstel":{"door":"l-beta","status":"afgewezen"}})"})
    state["gebruik"].push_back(Json::parse(usage));
  return state;
}

Json vraag(const std::string& name, const Json& actor, const Json& gegevens) {
  return {{"vraag", name}, {"actor", actor}, {"gegevens", gegevens}};
}

Json landschap(Harness& h, const std::string& organisatie) {
  return h.query(vraag("landschap", visitor(), {{"organisatie", organisatie}}));
}

std::vector<std::string> deelnemers(const Json& answer) {
  std::vector<std::string> out;
  for (const Json& item : answer.at("deelnemers")) out.push_back(item.at("organisatie").get<std::string>());
  return out;
}

using Ids = std::vector<std::string>;
using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("in_landscape: own live usage, or live usage a collective registered for it", "[landscape]") {
  auto loaded = samen::load_state(landscape_state());
  REQUIRE(loaded);
  const samen::State& state = loaded->state;
  const auto id = [&](const char* text) { return *state.find_id(text); };
  CHECK(samen::in_landscape(state, id("g-utrecht"), id("m-fin")));       // own
  CHECK(samen::in_landscape(state, id("g-utrecht"), id("m-burger")));    // via sw-zuid
  CHECK(samen::in_landscape(state, id("sw-noord"), id("m-zaak")));       // a collective's own
  CHECK_FALSE(samen::in_landscape(state, id("g-utrecht"), id("m-eigen")));    // phased out
  CHECK_FALSE(samen::in_landscape(state, id("g-utrecht"), id("m-portaal")));  // rejected proposal
  CHECK_FALSE(samen::in_landscape(state, id("g-zeist"), id("m-zaak")));       // a pending member gets nothing
  CHECK_FALSE(samen::in_landscape(state, id("sw-noord"), id("m-fin")));       // a member's usage is not the collective's
  CHECK(samen::own_live_usage(state, id("g-utrecht"), id("m-zaak"))->id == id("u-utrecht-zaak"));
  CHECK(samen::collective_live_usage(state, id("g-utrecht"), id("m-zaak"))->id == id("u-noord-zaak"));
  CHECK(samen::collective_live_usage(state, id("g-utrecht"), id("m-fin")) == nullptr);
}

TEST_CASE("landschap: de-duplicated per module, marked, in module order", "[landscape][landschap]") {
  Harness h(landscape_state());
  const Json answer = landschap(h, "g-utrecht");
  CHECK(answer["meldingen"].empty());
  CHECK(answer["organisatie"] == "g-utrecht");
  CHECK(answer["modules"] == Json::parse(R"([
    {"module":"m-burger","naam":"Burgerzaken","aanbieder":"l-beta","herkomst":"samenwerking","eigen":[],
     "via":[{"gebruik":"u-zuid-burger","samenwerking":"sw-zuid","naam":"Regio Zuid","status":"Gepland"}]},
    {"module":"m-fin","naam":"Financiën","aanbieder":"l-acme","herkomst":"eigen",
     "eigen":[{"gebruik":"u-utrecht-fin","status":"Gepland"}],"via":[]},
    {"module":"m-zaak","naam":"Zaaksysteem","aanbieder":"l-acme","herkomst":"beide",
     "eigen":[{"gebruik":"u-utrecht-zaak","status":"Verwerving"}],
     "via":[{"gebruik":"u-noord-zaak","samenwerking":"sw-noord","naam":"Regio Noord","status":"In productie"},
            {"gebruik":"u-zuid-zaak","samenwerking":"sw-zuid","naam":"Regio Zuid","status":"Gepland"}]}
  ])"));
  // A collective's landscape is its own usage; an organisation without usage has an empty one.
  const Json noord = landschap(h, "sw-noord");
  REQUIRE(noord["modules"].size() == 1);
  CHECK(noord["modules"][0]["module"] == "m-zaak");
  CHECK(noord["modules"][0]["herkomst"] == "eigen");
  CHECK(landschap(h, "g-houten")["modules"] == Json::array());
}

TEST_CASE("landschap: an unknown organisation is a melding", "[landscape][landschap]") {
  Harness h(landscape_state());
  const Json answer = landschap(h, "g-nergens");
  CHECK(codes(answer) == Codes{"INVOER-003"});
  CHECK_FALSE(answer.contains("modules"));
  CHECK(codes(h.query(vraag("landschap", visitor(), Json::object()))) == Codes{"INVOER-001"});
}

TEST_CASE("ending a membership takes the member out of the collective's usage and its landscape", "[landscape][LID-007]") {
  Harness h(landscape_state());
  const Json ended = h.apply(command("lidmaatschap.beeindigen", beheerder("sw-noord"), {{"id", "l-utrecht"}}));
  REQUIRE(ended["toegestaan"] == true);
  CHECK(changed(ended, "gebruik", "u-noord-zaak")["deelnemers"] == Json::array());
  Json zaak = landschap(h, "g-utrecht")["modules"][2];
  CHECK(zaak["module"] == "m-zaak");
  CHECK(zaak["via"].size() == 1);
  CHECK(zaak["via"][0]["samenwerking"] == "sw-zuid");

  REQUIRE(h.apply(command("lidmaatschap.beeindigen", beheerder("g-utrecht"), {{"id", "l-zuid-utrecht"}}))["toegestaan"] == true);
  const Json modules = landschap(h, "g-utrecht")["modules"];
  REQUIRE(modules.size() == 2);  // m-burger came only through sw-zuid
  CHECK(modules[0]["module"] == "m-fin");
  CHECK(modules[1]["module"] == "m-zaak");
  CHECK(modules[1]["herkomst"] == "eigen");
  CHECK(modules[1]["via"] == Json::array());
}

TEST_CASE("mogelijkeDeelnemers: the afnemer's active members, for whoever may register its usage", "[landscape][mogelijkeDeelnemers]") {
  Harness h(landscape_state());
  const auto ask = [&](const Json& actor, const std::string& afnemer) {
    return h.query(vraag("mogelijkeDeelnemers", actor, {{"afnemer", afnemer}}));
  };
  SECTION("active members only, by id: not pending, not ended") {
    const Json answer = ask(beheerder("sw-noord", "aanbod-beheerder"), "sw-noord");
    CHECK(answer["meldingen"].empty());
    CHECK(answer["afnemer"] == "sw-noord");
    CHECK(deelnemers(answer) == Ids{"g-utrecht", "l-acme"});
    CHECK(answer["deelnemers"][0] ==
          Json::parse(R"({"organisatie":"g-utrecht","naam":"Gemeente Utrecht","type":"Gemeente","lidmaatschap":"l-utrecht"})"));
    CHECK(deelnemers(ask(fb(), "sw-noord")) == Ids{"g-utrecht", "l-acme"});
  }
  SECTION("with a tijdstip: active at that instant") {
    Json q = vraag("mogelijkeDeelnemers", beheerder("sw-noord"), {{"afnemer", "sw-noord"}});
    q["tijdstip"] = kTijdstip;
    CHECK(deelnemers(h.query(q)) == Ids{"g-utrecht"});
  }
  SECTION("without authority: empty, with the AUTH melding") {
    const Json visiting = ask(visitor(), "sw-noord");
    CHECK(codes(visiting) == Codes{"AUTH-001"});
    CHECK(visiting["deelnemers"] == Json::array());
    const Json member = ask(beheerder("g-utrecht"), "sw-noord");
    CHECK(codes(member) == Codes{"AUTH-002"});
    CHECK(member["deelnemers"] == Json::array());
  }
  SECTION("an afnemer that registers no usage for members: empty, with the reason") {
    CHECK(codes(ask(beheerder("g-utrecht"), "g-utrecht")) == Codes{"GEBR-003"});
    CHECK(codes(ask(beheerder("com-open"), "com-open")) == Codes{"GEBR-001"});
    CHECK(ask(beheerder("com-open"), "com-open")["deelnemers"] == Json::array());
    const Json slapend = ask(fb(), "sw-slapend");
    CHECK(codes(slapend) == Codes{"ORG-003"});
    CHECK(slapend["deelnemers"] == Json::array());
  }
  SECTION("unknown afnemer") {
    const Json answer = ask(fb(), "sw-nergens");
    CHECK(codes(answer) == Codes{"INVOER-003"});
    CHECK_FALSE(answer.contains("deelnemers"));
  }
}

TEST_CASE("mogelijkeDeelnemers: a Community under communityGebruikNamensLeden", "[landscape][mogelijkeDeelnemers]") {
  Json state = landscape_state();
  state["lidmaatschappen"].push_back(
      Json::parse(R"({"id":"l-com-zeist","samenwerking":"com-open","lid":"g-zeist","status":"actief","actiefSinds":"2026-01-01T00:00:00Z"})"));
  Harness h(state, R"({"beleid":{"communityGebruikNamensLeden":true}})");
  const Json answer = h.query(vraag("mogelijkeDeelnemers", beheerder("com-open"), {{"afnemer", "com-open"}}));
  CHECK(answer["meldingen"].empty());
  CHECK(deelnemers(answer) == Ids{"g-zeist"});
}

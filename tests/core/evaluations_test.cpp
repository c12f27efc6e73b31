// Evaluations: evaluatie.vastleggen with EVAL-001, EVAL-002, EVAL-004, and EVAL-003 as the
// pure function the controle and rapport queries call.
#include "harness.hpp"
#include "model/load.hpp"
#include "model/time.hpp"
#include "options.hpp"
#include "rules/evaluations.hpp"

using namespace samen_test;

namespace {

using Codes = std::vector<std::string>;

Json evaluations_state() {
  Json state = fixture_state();
  state["organisaties"].push_back({{"id", "st-open"}, {"naam", "Stichting Open"}, {"type", "Leverancier"},
                                   {"status", "Actief"}, {"winstoogmerk", false}});
  state["afspraken"] = Json::array({{{"id", "a-1"}, {"samenwerking", "sw-noord"}, {"partner", "st-open"},
                                     {"partnermodel", "samen-sterk"}, {"fase", "uitvoeren"},
                                     {"vastgelegdOp", "2026-01-01T00:00:00Z"}}});
  return state;
}

Json pdca(Json extra = Json::object()) {
  Json gegevens = {{"id", "e-1"},
                   {"onderwerp", "sw-noord"},
                   {"plan", "Doel: gezamenlijke inkoop"},
                   {"do", "Drie leveranciers gesproken"},
                   {"check", "Op schema"},
                   {"act", "Door met de aanbesteding"}};
  for (auto& [key, value] : extra.items()) gegevens[key] = value;
  return gegevens;
}

Json vastleggen(const Json& gegevens, const Json& actor = beheerder("sw-noord")) {
  return command("evaluatie.vastleggen", actor, gegevens);
}

}  // namespace

TEST_CASE("evaluatie.vastleggen records a PDCA evaluation with vastgelegdOp, shown by export", "[evaluations]") {
  Harness h(evaluations_state());
  const Json r = h.apply(vastleggen(pdca({{"verlooptZoalsGepland", true}, {"bijsturen", "planning"}, {"zelfdeDoel", true}})));
  REQUIRE(r["toegestaan"] == true);
  CHECK(r["meldingen"].empty());
  const Json e = changed(r, "evaluatie", "e-1");
  CHECK(e["vastgelegdOp"] == kTijdstip);
  CHECK(e["bijsturen"] == "planning");
  CHECK(Json::parse(h.exported())["evaluaties"] == Json::array({e}));
}

TEST_CASE("evaluatie.vastleggen reads its gegevens strictly", "[evaluations][INVOER]") {
  Harness h(evaluations_state());
  CHECK(codes(h.apply(vastleggen(pdca({{"onderwerp", "sw-nergens"}})))) == Codes{"INVOER-003"});
  CHECK(codes(h.apply(vastleggen(pdca({{"onderwerp", "m-zaak"}})))) == Codes{"INVOER-002"});
  CHECK(codes(h.apply(vastleggen(pdca({{"stopzetten", "ja"}, {"bijsturen", 3}})))) == Codes{"INVOER-002", "INVOER-002"});
  CHECK(codes(h.apply(vastleggen(pdca({{"vastgelegdOp", kTijdstip}})))) == Codes{"INVOER-002"});
  CHECK(codes(h.apply(vastleggen(pdca({{"id", "a-1"}})))) == Codes{"INVOER-004"});
  // A Gemeente is no collective, even for its own beheerder.
  CHECK(codes(h.apply(vastleggen(pdca({{"onderwerp", "g-utrecht"}}), beheerder("g-utrecht")))) == Codes{"INVOER-002"});
}

TEST_CASE("EVAL-001: an evaluation needs plan, do, check and act", "[evaluations][EVAL-001]") {
  Harness h(evaluations_state());
  Json gegevens = pdca({{"check", "   "}});
  gegevens.erase("act");
  const Json r = h.apply(vastleggen(gegevens));
  CHECK(codes(r) == Codes{"EVAL-001", "EVAL-001"});
  CHECK(r.at("meldingen").at(0).at("pad") == "/gegevens/act");
  CHECK(r.at("meldingen").at(1).at("pad") == "/gegevens/check");
  CHECK(r["wijzigingen"].empty());
  // neighbour: all four given
  CHECK(h.apply(vastleggen(pdca()))["toegestaan"] == true);
}

TEST_CASE("EVAL-002: only the collective's beheerder records an evaluation", "[evaluations][EVAL-002]") {
  Harness h(evaluations_state());
  SECTION("not the partner of the afspraak, not a member") {
    const Json partner = h.apply(vastleggen(pdca({{"onderwerp", "a-1"}}), beheerder("st-open", "aanbod-beheerder")));
    CHECK(codes(partner) == Codes{"EVAL-002"});
    CHECK(partner.at("meldingen").at(0).at("pad") == "/gegevens/onderwerp");
    CHECK(codes(h.apply(vastleggen(pdca(), beheerder("g-utrecht")))) == Codes{"EVAL-002"});
    CHECK(codes(h.apply(vastleggen(pdca(), visitor()))) == Codes{"AUTH-001"});
  }
  SECTION("the collective's beheerder, of the collective or of its afspraak, or a functioneel-beheerder") {
    CHECK(h.apply(vastleggen(pdca()))["toegestaan"] == true);
    CHECK(h.apply(vastleggen(pdca({{"id", "e-2"}, {"onderwerp", "a-1"}}), beheerder("sw-noord", "aanbod-beheerder")))["toegestaan"] == true);
    CHECK(h.apply(vastleggen(pdca({{"id", "e-3"}}), fb()))["toegestaan"] == true);
  }
}

TEST_CASE("EVAL-004: stopzetten is a warning to consider ending", "[evaluations][EVAL-004]") {
  Harness h(evaluations_state());
  const Json r = h.apply(vastleggen(pdca({{"stopzetten", true}})));
  CHECK(r["toegestaan"] == true);
  CHECK(codes(r) == Codes{"EVAL-004"});
  CHECK(r.at("meldingen").at(0).at("ernst") == "waarschuwing");
  CHECK(r.at("meldingen").at(0).at("pad") == "/gegevens/stopzetten");
  // neighbours: stopzetten false, and an afspraak that has ended already
  CHECK(h.apply(vastleggen(pdca({{"id", "e-2"}, {"stopzetten", false}})))["meldingen"].empty());
  CHECK(codes(h.apply(vastleggen(pdca({{"id", "e-3"}, {"onderwerp", "a-1"}, {"stopzetten", true}})))) == Codes{"EVAL-004"});
  REQUIRE(h.apply(command("afspraak.beeindigen", beheerder("sw-noord"), {{"id", "a-1"}}))["toegestaan"] == true);
  const Json after = h.apply(vastleggen(pdca({{"id", "e-4"}, {"onderwerp", "a-1"}, {"stopzetten", true}})));
  CHECK(after["toegestaan"] == true);
  CHECK(after["meldingen"].empty());
}

// ---- EVAL-003: judged over the state at a tijdstip (controle, rapport) ----

namespace {

samen::State load(const Json& state) {
  auto loaded = samen::load_state(state);
  REQUIRE(loaded);
  return std::move(loaded->state);
}

std::int64_t at(const char* text) { return *samen::parse_datetime(text); }

Json evaluation(const std::string& id, const std::string& onderwerp, const std::string& when) {
  return {{"id", id}, {"onderwerp", onderwerp}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"}, {"vastgelegdOp", when}};
}

// One active collective (sw-noord) and afspraken in several phases, recorded 2026-01-01.
Json overdue_state() {
  Json state = evaluations_state();
  for (const char* phase : {"delen", "afgerond"})
    state["afspraken"].push_back({{"id", std::string("a-") + phase}, {"samenwerking", "sw-noord"}, {"partnermodel", "samen-sterk"},
                                  {"fase", phase}, {"vastgelegdOp", "2026-01-01T00:00:00Z"}});
  return state;
}

bool has(const std::optional<samen::Melding>& melding) { return melding.has_value(); }

std::vector<std::string> subjects(const std::vector<samen::Melding>& meldingen) {
  std::vector<std::string> out;
  for (const samen::Melding& m : meldingen) out.push_back(m.pad + " " + m.key);
  return out;
}

}  // namespace

TEST_CASE("EVAL-003: active collectives and afspraken in uitvoeren need an evaluation within the term", "[evaluations][EVAL-003]") {
  const samen::Beleid beleid;  // evaluatieTermijnMaanden 12
  SECTION("never evaluated: an active collective at once, an afspraak 12 months after it was recorded") {
    const samen::State state = load(overdue_state());
    // sw-noord, sw-zuid and com-open are active collectives; sw-slapend is Deactief.
    CHECK(subjects(samen::rules::eval003_overdue(state, beleid, at("2026-12-31T00:00:00Z"))) ==
          std::vector<std::string>{"/organisaties/6 EVAL-003/nooit", "/organisaties/7 EVAL-003/nooit",
                                   "/organisaties/9 EVAL-003/nooit"});
    CHECK(subjects(samen::rules::eval003_overdue(state, beleid, at("2027-01-01T00:00:01Z"))) ==
          std::vector<std::string>{"/organisaties/6 EVAL-003/nooit", "/organisaties/7 EVAL-003/nooit",
                                   "/organisaties/9 EVAL-003/nooit", "/afspraken/0 EVAL-003/nooit"});
  }
  SECTION("counted from the latest evaluation's vastgelegdOp, the term's last moment included") {
    Json json = overdue_state();
    json["evaluaties"] = Json::array({evaluation("e-old", "sw-noord", "2025-01-01T00:00:00Z"),
                                      evaluation("e-new", "sw-noord", "2026-03-15T12:00:00Z"),
                                      evaluation("e-a", "a-1", "2026-06-30T00:00:00Z")});
    const samen::State state = load(json);
    const samen::Id noord = *state.find_id("sw-noord");
    const samen::Id afspraak = *state.find_id("a-1");
    CHECK_FALSE(has(samen::rules::eval003_overdue(state, beleid, noord, at("2027-03-15T12:00:00Z"))));
    const auto overdue = samen::rules::eval003_overdue(state, beleid, noord, at("2027-03-15T12:00:00.001Z"));
    REQUIRE(overdue);
    CHECK(overdue->key == "EVAL-003");
    CHECK(overdue->severity() == samen::Ernst::waarschuwing);
    CHECK(overdue->args == std::vector<std::string>{"Regio Noord (sw-noord)", "12"});
    // An evaluation of the afspraak counts for the afspraak, not for the collective.
    CHECK_FALSE(has(samen::rules::eval003_overdue(state, beleid, afspraak, at("2027-06-01T00:00:00Z"))));
    CHECK(samen::rules::eval003_overdue(state, beleid, afspraak, at("2027-07-01T00:00:00Z")).has_value());
  }
  SECTION("subjects that are not active are never overdue") {
    const samen::State state = load(overdue_state());
    const auto when = at("2030-01-01T00:00:00Z");
    for (const char* id : {"sw-slapend", "g-utrecht", "a-delen", "a-afgerond", "m-zaak", "nergens"}) {
      INFO(id);
      const auto found = state.find_id(id);
      CHECK_FALSE(has(samen::rules::eval003_overdue(state, beleid, found ? *found : samen::Id{}, when)));
    }
  }
  SECTION("evaluatieTermijnMaanden sets the term") {
    Json json = overdue_state();
    json["evaluaties"] = Json::array({evaluation("e-1", "a-1", "2026-01-31T00:00:00Z")});
    const samen::State state = load(json);
    samen::Beleid six;
    six.evaluatie_termijn_maanden = 6;
    const samen::Id afspraak = *state.find_id("a-1");
    // 31 January + 6 months is 31 July; + 1 month is clamped to 28 February.
    CHECK_FALSE(has(samen::rules::eval003_overdue(state, six, afspraak, at("2026-07-31T00:00:00Z"))));
    CHECK(samen::rules::eval003_overdue(state, six, afspraak, at("2026-08-01T00:00:00Z")).has_value());
    samen::Beleid one;
    one.evaluatie_termijn_maanden = 1;
    CHECK(samen::rules::eval003_overdue(state, one, afspraak, at("2026-03-01T00:00:00Z"))->args[1] == "1");
  }
  SECTION("an evaluation recorded through the engine counts") {
    Harness h(overdue_state());
    REQUIRE(h.apply(vastleggen(pdca({{"onderwerp", "sw-zuid"}}), beheerder("sw-zuid")))["toegestaan"] == true);
    const samen::State state = load(Json::parse(h.exported()));
    const auto found = samen::rules::eval003_overdue(state, beleid, at("2026-12-01T00:00:00Z"));
    CHECK(subjects(found) == std::vector<std::string>{"/organisaties/6 EVAL-003/nooit", "/organisaties/9 EVAL-003/nooit"});
  }
  SECTION("pads are positions in the exported state, where removed objects are absent") {
    samen::State state = load(overdue_state());
    state.remove(*state.slot("g-utrecht"));
    const auto found = samen::rules::eval003_overdue(state, beleid, at("2026-12-01T00:00:00Z"));
    CHECK(subjects(found) == std::vector<std::string>{"/organisaties/5 EVAL-003/nooit", "/organisaties/6 EVAL-003/nooit",
                                                      "/organisaties/8 EVAL-003/nooit"});
  }
}

// controle: every rule that can be judged on stored data, over the whole state. A generated,
// consistent catalogue gives no findings; each inconsistency planted into it is found exactly
// once, with its code, severity, object and JSON Pointer.
#include <fstream>
#include <map>
#include <sstream>

#include "catalogue.hpp"
#include "harness.hpp"

using namespace samen_test;

namespace {

Json controle(Harness& h, const Json& extra = Json::object()) {
  Json query = {{"vraag", "controle"}};
  for (const auto& [key, value] : extra.items()) query[key] = value;
  return h.query(query);
}

// Findings as "CODE pad" lines, in report order.
std::vector<std::string> found(const Json& report) {
  std::vector<std::string> out;
  for (const Json& b : report.at("bevindingen")) out.push_back(b.at("code").get<std::string>() + " " + b.at("pad").get<std::string>());
  return out;
}

Json read_json(const std::string& name) {
  std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

// Plants inconsistencies into a generated catalogue and remembers what controle must report.
class Planter {
 public:
  explicit Planter(Json state) : state_(std::move(state)) {}

  Json& at(const std::string& kind, std::size_t index) { return state_[kind][index]; }
  // Appends an object; answers its JSON Pointer.
  std::string add(const std::string& kind, const Json& object) {
    state_[kind].push_back(object);
    return "/" + kind + "/" + std::to_string(state_[kind].size() - 1);
  }
  void expect(const std::string& code, const std::string& pad, const std::string& ernst = "fout") {
    expected_[code + " " + pad] = ernst;
  }
  const Json& state() const { return state_; }
  const std::map<std::string, std::string>& expected() const { return expected_; }

 private:
  Json state_;
  std::map<std::string, std::string> expected_;
};

}  // namespace

TEST_CASE("controle: a generated consistent catalogue has no findings", "[controle]") {
  Harness h(generate_catalogue({}));
  const Json report = controle(h);
  CHECK(report["meldingen"].empty());
  CHECK(found(report).empty());
  CHECK(report["aantallen"] == Json({{"fout", 0}, {"waarschuwing", 0}}));
}

TEST_CASE("controle: the built-in example has only its community without an aanvraag trail", "[controle][example]") {
  Harness h(read_json("catalogus.json"));
  const Json report = controle(h);
  REQUIRE(report["bevindingen"].size() == 1);
  const Json& b = report["bevindingen"][0];
  CHECK(b["code"] == "ORG-001");
  CHECK(b["ernst"] == "waarschuwing");
  CHECK(b["pad"] == "/organisaties/10");
  CHECK(b["soort"] == "organisatie");
  CHECK(b["id"] == "com-open");
  CHECK(report["aantallen"] == Json({{"fout", 0}, {"waarschuwing", 1}}));

  SECTION("and stays free of fouten after the example journey through the engine") {
    std::ifstream journey(std::string(SAMEN_EXAMPLES_DIR) + "/journey.jsonl");
    for (std::string line; std::getline(journey, line);) h.engine().apply(line);
    const Json after = controle(h);
    CHECK(after["aantallen"]["fout"] == 0);
    CHECK(found(after) == std::vector<std::string>{"ORG-001 /organisaties/10"});
  }
}

TEST_CASE("controle: every planted inconsistency is found exactly once", "[controle][planted]") {
  Planter p(generate_catalogue({}));
  // Shape and references.
  p.at("gebruik", 101)["deelnemers"].push_back("g-onbekend");  // uc-1 of sw-1, five deelnemers
  p.expect("INVOER-003", "/gebruik/101/deelnemers/5");
  p.at("gebruik", 4)["module"] = "g-1";
  p.expect("INVOER-002", "/gebruik/4/module");
  p.at("modules", 2).erase("naam");
  p.expect("INVOER-001", "/modules/2/naam");
  p.at("gebruik", 5)["status"] = "Actief";
  p.expect("INVOER-002", "/gebruik/5/status");
  p.at("lidmaatschappen", 6)["actiefSinds"] = "gisteren";
  p.expect("INVOER-002", "/lidmaatschappen/6/actiefSinds");
  p.at("koppelingen", 0)["deelnemers"] = {"g-0", 7};  // the list's other checks are skipped
  p.expect("INVOER-002", "/koppelingen/0/deelnemers/1");
  p.at("contactpersonen", 1)["organisatie"] = "sw-weg";
  p.expect("INVOER-003", "/contactpersonen/1/organisatie");
  // Organisations and admission.
  p.at("organisaties", 1)["samenwerkingtype"] = "DVO";
  p.expect("ORG-004", "/organisaties/1/samenwerkingtype");
  const std::string lonely = p.add("organisaties", {{"id", "sw-los"}, {"naam", "Los"}, {"type", "Samenwerking"}, {"status", "Actief"}});
  p.expect("ORG-001", lonely, "waarschuwing");
  p.at("aanvragen", 1)["type"] = "Community";
  p.at("aanvragen", 1).erase("samenwerkingtype");
  p.expect("ORG-001", "/aanvragen/1/organisatie");
  p.at("aanvragen", 2).erase("grondslag");
  p.expect("AANV-001", "/aanvragen/2/grondslag");
  const std::string rejected = p.add("aanvragen", {{"id", "av-af"}, {"naam", "Afgewezen"}, {"type", "Community"}, {"doel", "x"},
                                                    {"contactpersoon", {{"naam", "A"}, {"e-mailadres", "a@b.nl"}}}, {"status", "afgewezen"}});
  p.expect("AANV-003", rejected + "/motivering");
  const std::string waiting = p.add("aanvragen", {{"id", "av-wacht"}, {"naam", "Wacht"}, {"type", "Community"}, {"doel", "x"},
                                                  {"contactpersoon", {{"naam", "A"}, {"e-mailadres", "a@b.nl"}}}, {"status", "ingediend"},
                                                  {"motieven", {"kennis"}}, {"beoogdeLeden", {"g-1"}}, {"vorm", "meervoudig"},
                                                  {"praktisch", {{"tijd", true}, {"handen", true}, {"budget", false}, {"rolverdeling", "gelijkwaardig"}}},
                                                  {"draagvlak", false}});
  p.expect("AANV-004", waiting + "/praktisch/budget", "waarschuwing");
  p.expect("AANV-005", waiting + "/draagvlak", "waarschuwing");
  p.at("aanvragen", 3)["status"] = "goedgekeurd";  // names sw-3, yet not geregistreerd
  p.expect("ORG-001", "/aanvragen/3/status");
  const std::string nameless = p.add("aanvragen", {{"id", "av-zonder"}, {"naam", "Zonder"}, {"type", "Community"}, {"doel", "x"},
                                                    {"contactpersoon", {{"naam", "A"}, {"e-mailadres", "a@b.nl"}}},
                                                    {"status", "geregistreerd"}});
  p.expect("INVOER-001", nameless + "/organisatie");
  // Memberships and their register links.
  p.add("lidmaatschappen", {{"id", "lm-gem"}, {"samenwerking", "g-2"}, {"lid", "g-3"}, {"status", "actief"}});
  p.expect("LID-001", "/lidmaatschappen/40/samenwerking");
  p.add("lidmaatschappen", {{"id", "lm-sw"}, {"samenwerking", "sw-0"}, {"lid", "sw-1"}, {"status", "aangevraagd"}});
  p.expect("LID-002", "/lidmaatschappen/41/lid");
  p.add("lidmaatschappen", {{"id", "lm-dubbel"}, {"samenwerking", "sw-1"}, {"lid", "g-1"}, {"status", "aangevraagd"}});
  p.expect("LID-004", "/lidmaatschappen/42/lid");
  p.at("lidmaatschappen", 23)["status"] = "beeindigd";  // g-23 left sw-3 (no deelnemer anywhere), the link stays
  p.expect("INVOER-002", "/organisaties/48/deelnemers/5");
  // Offering.
  p.add("modules", {{"id", "m-gem"}, {"naam", "Eigen app"}, {"aanbieder", "g-0"}});
  p.expect("AANB-001", "/modules/20/aanbieder");
  p.add("modules", {{"id", "m-dubbel"}, {"naam", " module 1 "}, {"aanbieder", "l-1"}});
  p.expect("AANB-003", "/modules/21/naam");
  // Usage.
  p.add("gebruik", {{"id", "u-dubbel"}, {"afnemer", "g-0"}, {"module", "m-0"}, {"status", "Gepland"}});
  p.expect("GEBR-002", "/gebruik/120/module");
  p.add("gebruik", {{"id", "u-lev"}, {"afnemer", "l-0"}, {"module", "m-1"}, {"status", "Gepland"}});
  p.expect("GEBR-001", "/gebruik/121/afnemer");
  p.at("gebruik", 8)["deelnemers"] = {"g-9"};
  p.expect("GEBR-003", "/gebruik/8/deelnemers");
  p.at("gebruik", 100)["deelnemers"].push_back("g-1");  // uc-0 of sw-0; g-1 is a member of sw-1
  p.expect("GEBR-004", "/gebruik/100/deelnemers/5");
  p.add("gebruik", {{"id", "u-eigen"}, {"afnemer", "g-4"}, {"module", "m-10"}, {"status", "Gepland"}});  // g-4 is deelnemer of uc-0
  p.expect("GEBR-007", "/gebruik/100/deelnemers/1", "waarschuwing");
  p.add("gebruik", {{"id", "u-voorstel"}, {"afnemer", "g-25"}, {"module", "m-2"}, {"status", "Gepland"},
                    {"voorstel", {{"door", "l-0"}, {"status", "aangevraagd"}}}});  // m-2 is offered by l-2
  p.expect("GEBR-006", "/gebruik/123/voorstel/door");
  p.add("gebruik", {{"id", "u-voorstel-ok"}, {"afnemer", "g-26"}, {"module", "m-2"}, {"status", "Gepland"},
                    {"voorstel", {{"door", "l-2"}, {"status", "aangevraagd"}}}});  // neighbour: by its aanbieder
  // Koppelingen.
  p.at("koppelingen", 1)["buitengemeentelijkVoorziening"] = "BRP";
  p.expect("KOP-001", "/koppelingen/1/buitengemeentelijkVoorziening");
  p.at("koppelingen", 2).erase("gegevensuitwisselingRichting");
  p.expect("KOP-002", "/koppelingen/2/gegevensuitwisselingRichting");
  p.add("koppelingen", {{"id", "k-lev"}, {"eigenaar", "l-0"}, {"moduleA", "m-1"}, {"moduleB", "m-0"}, {"gegevensuitwisselingRichting", "AnaarB"}});
  p.expect("KOP-003", "/koppelingen/8/moduleA");
  p.at("koppelingen", 3)["deelnemers"].push_back("g-0");  // k-3 belongs to sw-3
  p.expect("KOP-004", "/koppelingen/3/deelnemers/2");
  p.add("koppelingen", {{"id", "k-terug"}, {"eigenaar", "sw-0"}, {"moduleA", "m-11"}, {"moduleB", "m-10"}, {"gegevensuitwisselingRichting", "BnaarA"}});
  p.expect("KOP-005", "/koppelingen/9/moduleB", "waarschuwing");
  p.add("koppelingen", {{"id", "k-brp"}, {"eigenaar", "sw-1"}, {"moduleA", "m-10"}, {"buitengemeentelijkVoorziening", "BRP"},
                        {"gegevensuitwisselingRichting", "BnaarA"}});
  p.add("koppelingen", {{"id", "k-brp-2"}, {"eigenaar", "sw-1"}, {"moduleA", "m-10"}, {"buitengemeentelijkVoorziening", " brp"},
                        {"gegevensuitwisselingRichting", "AnaarB"}});
  p.expect("KOP-005", "/koppelingen/11/buitengemeentelijkVoorziening", "waarschuwing");
  p.add("koppelingen", {{"id", "k-brp-terug"}, {"eigenaar", "sw-1"}, {"moduleA", "m-10"}, {"buitengemeentelijkVoorziening", "BRP"},
                        {"gegevensuitwisselingRichting", "AnaarB"}, {"status", "teruggetrokken"}});  // neighbour: withdrawn

  // Agreements and evaluations.
  p.at("afspraken", 0)["partnermodel"] = "co-branding";
  p.at("afspraken", 0)["financieleVerplichtingen"] = {"sponsoring"};
  p.expect("AFS-001", "/afspraken/0/financieleVerplichtingen");
  p.at("afspraken", 1).erase("doelstellingen");
  p.expect("AFS-004", "/afspraken/1/doelstellingen");
  p.at("afspraken", 2)["voorwaarden"]["geenAcquisitie"] = false;
  p.expect("AFS-005", "/afspraken/2/voorwaarden/geenAcquisitie");
  p.at("afspraken", 3)["vorm"] = "eeuwig";
  p.expect("INVOER-002", "/afspraken/3/vorm");
  Json overlapping = p.state()["afspraken"][3];
  overlapping["id"] = "a-overlap";
  overlapping["evenement"]["van"] = "2027-04-12";
  overlapping.erase("vorm");
  p.add("afspraken", overlapping);
  p.expect("AFS-006", "/afspraken/4/evenement");
  p.at("evaluaties", 0).erase("act");
  p.expect("EVAL-001", "/evaluaties/0/act");
  p.add("evaluaties", {{"id", "e-stop"}, {"onderwerp", "a-1"}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"},
                       {"stopzetten", true}, {"vastgelegdOp", "2026-07-01T09:00:00Z"}});
  p.expect("EVAL-004", "/evaluaties/8/stopzetten", "waarschuwing");
  p.add("evaluaties", {{"id", "e-oud"}, {"onderwerp", "a-2"}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"},
                       {"stopzetten", true}, {"vastgelegdOp", "2026-01-01T09:00:00Z"}});  // neighbour: not the latest
  p.at("evaluaties", 2)["onderwerp"] = "g-0";
  p.expect("INVOER-002", "/evaluaties/2/onderwerp");

  Harness h(p.state());
  const Json report = controle(h);
  std::map<std::string, std::string> actual;
  std::size_t fouten = 0;
  for (const Json& b : report["bevindingen"]) {
    const std::string key = b["code"].get<std::string>() + " " + b["pad"].get<std::string>();
    CHECK_FALSE(actual.count(key));  // each once
    actual[key] = b["ernst"];
    if (b["ernst"] == "fout") ++fouten;
  }
  const auto lines = [](const std::map<std::string, std::string>& findings) {
    std::vector<std::string> out;
    for (const auto& [key, ernst] : findings) out.push_back(key + " " + ernst);
    return out;
  };
  CHECK(lines(actual) == lines(p.expected()));
  CHECK(actual.size() == 42);
  CHECK(report["aantallen"]["fout"] == fouten);
  CHECK(report["aantallen"]["waarschuwing"] == report["bevindingen"].size() - fouten);
}

TEST_CASE("controle: findings name their object and are ordered by object, pointer and code", "[controle]") {
  Json state = generate_catalogue({});
  state["gebruik"][10]["deelnemers"] = {"g-x", "g-y"};  // GEBR-003 and two dangling references
  state["gebruik"][2]["status"] = "Weg";
  Harness h(state);
  const Json report = controle(h);
  CHECK(found(report) == std::vector<std::string>{"INVOER-002 /gebruik/2/status", "GEBR-003 /gebruik/10/deelnemers",
                                                  "INVOER-003 /gebruik/10/deelnemers/0", "INVOER-003 /gebruik/10/deelnemers/1"});
  for (const Json& b : report["bevindingen"]) CHECK(b["soort"] == "gebruik");
  CHECK(report["bevindingen"][0]["id"] == "u-2");
  CHECK(report["bevindingen"][1]["id"] == "u-10");
  CHECK(report["bevindingen"][2]["melding"] == "Het veld /gebruik/10/deelnemers/0 verwijst naar g-x, maar dat object bestaat niet.");
}

TEST_CASE("controle: LID-002 cycles of nested collectives, once per cycle", "[controle][LID-002]") {
  Json state = generate_catalogue({});
  state["lidmaatschappen"].push_back({{"id", "n-1"}, {"samenwerking", "sw-0"}, {"lid", "sw-1"}, {"status", "actief"}});
  state["lidmaatschappen"].push_back({{"id", "n-2"}, {"samenwerking", "sw-1"}, {"lid", "sw-2"}, {"status", "actief"}});
  state["lidmaatschappen"].push_back({{"id", "n-3"}, {"samenwerking", "sw-2"}, {"lid", "sw-0"}, {"status", "aangevraagd"}});
  SECTION("with genesteSamenwerkingen: the membership closing the cycle") {
    Harness h(state, R"({"beleid":{"genesteSamenwerkingen":true}})");
    const Json report = controle(h);
    REQUIRE(report["bevindingen"].size() == 1);
    CHECK(report["bevindingen"][0]["code"] == "LID-002");
    CHECK(report["bevindingen"][0]["soort"] == "lidmaatschap");
    // neighbour: ending one membership of the ring breaks it
    state["lidmaatschappen"][41]["status"] = "beeindigd";
    Harness broken(state, R"({"beleid":{"genesteSamenwerkingen":true}})");
    CHECK(found(controle(broken)).empty());
  }
  SECTION("without it, each collective as member is LID-002 by policy, and no cycle is looked for") {
    Harness h(state);
    CHECK(found(controle(h)) == std::vector<std::string>{"LID-002 /lidmaatschappen/40/lid", "LID-002 /lidmaatschappen/41/lid",
                                                         "LID-002 /lidmaatschappen/42/lid"});
  }
}

TEST_CASE("controle: English messages, and a bad tijdstip is a query problem", "[controle]") {
  Json state = generate_catalogue({});
  state["modules"][0]["aanbieder"] = "l-weg";
  Harness en(state, R"({"taal":"en"})");
  CHECK(controle(en)["bevindingen"][0]["melding"] == "The field /modules/0/aanbieder refers to l-weg, but that object does not exist.");
  const Json bad = controle(en, {{"tijdstip", "gisteren"}});
  CHECK(codes(bad) == std::vector<std::string>{"INVOER-005"});
  CHECK_FALSE(bad.contains("bevindingen"));
}

TEST_CASE("controle: EVAL-003 is judged at the query's tijdstip, and only with one", "[controle][EVAL-003]") {
  Json state = generate_catalogue({});
  state["evaluaties"].erase(2);  // sw-1 was never evaluated
  Harness h(state);
  CHECK(found(controle(h)).empty());
  const Json on_time = controle(h, {{"tijdstip", "2026-11-22T10:00:00Z"}});
  CHECK(on_time["tijdstip"] == "2026-11-22T10:00:00Z");
  CHECK(found(on_time) == std::vector<std::string>{"EVAL-003 /organisaties/46"});
  CHECK(on_time["bevindingen"][0]["ernst"] == "waarschuwing");
  const Json late = controle(h, {{"tijdstip", "2027-06-02T00:00:00Z"}});
  CHECK(found(late) == std::vector<std::string>{"EVAL-003 /organisaties/45", "EVAL-003 /organisaties/46", "EVAL-003 /organisaties/47",
                                                "EVAL-003 /organisaties/48", "EVAL-003 /afspraken/0", "EVAL-003 /afspraken/1",
                                                "EVAL-003 /afspraken/2", "EVAL-003 /afspraken/3"});
  CHECK(late["aantallen"] == Json({{"fout", 0}, {"waarschuwing", 8}}));
}

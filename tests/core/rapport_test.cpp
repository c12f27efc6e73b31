// rapport (spec §4.8): a collective's report to its members, section by section, and its order.
#include "harness.hpp"

using namespace samen_test;

namespace {

Json org(const std::string& id, const std::string& type) {
  return {{"id", id}, {"naam", "Naam " + id}, {"type", type}, {"status", "Actief"}};
}

Json membership(const std::string& id, const std::string& lid, const std::string& status) {
  Json m = {{"id", id}, {"samenwerking", "sw-noord"}, {"lid", lid}, {"status", status}, {"aangegevenOp", "2026-01-01T00:00:00Z"}};
  if (status == "actief") m["actiefSinds"] = "2026-01-02T00:00:00Z";
  return m;
}

Json usage(const std::string& id, const std::string& afnemer, const std::string& module, Json extra = Json::object()) {
  Json u = {{"id", id}, {"afnemer", afnemer}, {"module", module}, {"status", "In productie"}};
  for (auto& [key, value] : extra.items()) u[key] = value;
  return u;
}

Json report_state() {
  return {
      {"organisaties",
       {org("sw-noord", "Samenwerking"), org("g-a", "Gemeente"), org("g-b", "Gemeente"), org("g-c", "Gemeente"),
        org("g-d", "Gemeente"), org("g-e", "Gemeente"), org("g-x", "Gemeente"), org("l-x", "Leverancier"),
        org("l-acme", "Leverancier"), org("l-beta", "Leverancier")}},
      {"lidmaatschappen",
       {membership("lm-b", "g-b", "actief"), membership("lm-a", "g-a", "actief"), membership("lm-c", "g-c", "aangevraagd"),
        membership("lm-d", "g-d", "beeindigd"), membership("lm-e", "g-e", "afgewezen"), membership("lm-l", "l-x", "actief")}},
      {"modules",
       {{{"id", "m-zaak"}, {"naam", "Zaak"}, {"aanbieder", "l-acme"}},
        {{"id", "m-fin"}, {"naam", "Fin"}, {"aanbieder", "l-acme"}},
        {{"id", "m-web"}, {"naam", "Web"}, {"aanbieder", "l-beta"}},
        {{"id", "m-eigen"}, {"naam", "Eigen"}, {"aanbieder", "sw-noord"}}}},
      {"diensten", {{{"id", "d-host"}, {"naam", "Hosting"}, {"type", "Hosting"}, {"aanbieder", "sw-noord"}, {"modules", {"m-eigen"}}}}},
      {"gebruik",
       {usage("u-sw-zaak", "sw-noord", "m-zaak", {{"deelnemers", {"g-a", "g-b"}}}),
        usage("u-a-zaak", "g-a", "m-zaak"),
        usage("u-b-fin", "g-b", "m-fin"),
        usage("u-a-fin", "g-a", "m-fin", {{"status", "Gepland"}}),
        usage("u-c-fin", "g-c", "m-fin"),
        usage("u-d-web", "g-d", "m-web"),
        usage("u-b-web", "g-b", "m-web", {{"status", "Uitgefaseerd"}}),
        usage("u-sw-eigen", "sw-noord", "m-eigen", {{"deelnemers", {"g-a"}}}),
        usage("u-x-eigen", "g-x", "m-eigen", {{"diensten", {"d-host"}}}),
        usage("u-b-eigen", "g-b", "m-eigen", {{"diensten", {"d-host"}}})}},
      {"koppelingen",
       {{{"id", "k-2"}, {"naam", "Zaak → Fin"}, {"eigenaar", "sw-noord"}, {"moduleA", "m-zaak"}, {"moduleB", "m-fin"},
         {"gegevensuitwisselingRichting", "AnaarB"}, {"deelnemers", {"g-a", "g-b"}}, {"extra", 1}},
        {{"id", "k-1"}, {"eigenaar", "sw-noord"}, {"moduleA", "m-zaak"}, {"buitengemeentelijkVoorziening", "BRP"},
         {"gegevensuitwisselingRichting", "BnaarA"}},
        {{"id", "k-a"}, {"eigenaar", "g-a"}, {"moduleA", "m-zaak"}, {"moduleB", "m-fin"}, {"gegevensuitwisselingRichting", "AnaarB"}}}},
      {"afspraken",
       {{{"id", "a-1"}, {"samenwerking", "sw-noord"}, {"partnermodel", "samen-sterk"}, {"fase", "uitvoeren"},
         {"vastgelegdOp", "2026-01-01T00:00:00Z"}},
        {{"id", "a-0"}, {"samenwerking", "sw-noord"}, {"partnermodel", "samen-sterk"}, {"fase", "afgerond"}},
        {{"id", "a-2"}, {"samenwerking", "sw-noord"}, {"partnermodel", "samen-sterk"}, {"fase", "verkennen"}}}},
      {"evaluaties",
       {{{"id", "e-2"}, {"onderwerp", "sw-noord"}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"},
         {"vastgelegdOp", "2026-05-01T00:00:00Z"}},
        {{"id", "e-1"}, {"onderwerp", "sw-noord"}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"},
         {"stopzetten", true}, {"vastgelegdOp", "2026-03-01T00:00:00Z"}}}}};
}

Json rapport(Harness& h, const std::string& samenwerking = "sw-noord", const char* tijdstip = nullptr) {
  Json query = {{"vraag", "rapport"}, {"gegevens", {{"samenwerking", samenwerking}}}};
  if (tijdstip) query["tijdstip"] = tijdstip;
  return h.query(query);
}

std::vector<std::string> column(const Json& list, const std::string& key) {
  std::vector<std::string> out;
  for (const Json& item : list) out.push_back(item.at(key).get<std::string>());
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("rapport: members by status", "[rapport]") {
  Harness h(report_state());
  const Json r = rapport(h);
  CHECK(r["meldingen"].empty());
  CHECK(r["samenwerking"] == "sw-noord");
  CHECK(r["type"] == "Samenwerking");
  CHECK(r["aantallen"] == Json({{"aangevraagd", 1}, {"actief", 3}, {"afgewezen", 1}, {"beeindigd", 1}}));
  CHECK(column(r["leden"], "lid") == Strings{"g-c", "g-a", "g-b", "l-x", "g-e", "g-d"});
}

TEST_CASE("rapport: per module, which active members use it and how", "[rapport]") {
  Harness h(report_state());
  const Json modules = rapport(h)["modules"];
  // m-web: only a former member and a phased-out usage; neither counts.
  REQUIRE(column(modules, "module") == Strings{"m-eigen", "m-fin", "m-zaak"});
  const Json& zaak = modules[2];
  CHECK(zaak["aanbieder"] == "l-acme");
  CHECK(column(zaak["samenwerking"], "gebruik") == Strings{"u-sw-zaak"});
  CHECK(zaak["samenwerking"][0]["deelnemers"] == Json({"g-a", "g-b"}));
  CHECK(column(zaak["leden"], "organisatie") == Strings{"g-a", "g-b"});
  CHECK(column(zaak["leden"], "herkomst") == Strings{"beide", "samenwerking"});
  CHECK(column(zaak["leden"][0]["eigen"], "gebruik") == Strings{"u-a-zaak"});
  CHECK(column(zaak["leden"][0]["via"], "gebruik") == Strings{"u-sw-zaak"});
  const Json& fin = modules[1];
  CHECK(fin["samenwerking"].empty());
  CHECK(column(fin["leden"], "organisatie") == Strings{"g-a", "g-b"});  // not g-c: only aangevraagd
  CHECK(column(fin["leden"], "herkomst") == Strings{"eigen", "eigen"});
  CHECK(fin["leden"][0]["eigen"][0] == Json({{"gebruik", "u-a-fin"}, {"status", "Gepland"}}));
}

TEST_CASE("rapport: joint-purchasing candidates are modules two members registered separately", "[rapport]") {
  Harness h(report_state());
  const Json joint = rapport(h)["gezamenlijkeInkoop"];
  REQUIRE(column(joint, "module") == Strings{"m-fin"});
  CHECK(joint[0]["viaSamenwerking"] == false);
  CHECK(column(joint[0]["leden"], "gebruik") == Strings{"u-a-fin", "u-b-fin"});
  SECTION("neighbour: one own registration beside the collective's is no candidate") {
    Json state = report_state();
    state["gebruik"].push_back(usage("u-b-zaak", "g-b", "m-zaak"));
    Harness more(state);
    const Json now = rapport(more)["gezamenlijkeInkoop"];
    CHECK(column(now, "module") == Strings{"m-fin", "m-zaak"});
    CHECK(now[1]["viaSamenwerking"] == true);
  }
}

TEST_CASE("rapport: the collective's koppelingen, with their fields", "[rapport]") {
  Harness h(report_state());
  const Json k = rapport(h)["koppelingen"];
  REQUIRE(column(k, "koppeling") == Strings{"k-1", "k-2"});  // not k-a: owned by a member
  CHECK(k[0] == Json({{"koppeling", "k-1"}, {"moduleA", "m-zaak"}, {"buitengemeentelijkVoorziening", "BRP"},
                      {"gegevensuitwisselingRichting", "BnaarA"}}));
  CHECK(k[1]["deelnemers"] == Json({"g-a", "g-b"}));
  CHECK_FALSE(k[1].contains("extra"));
}

TEST_CASE("rapport: the collective's own offering and its uptake inside and outside", "[rapport]") {
  Harness h(report_state());
  const Json aanbod = rapport(h)["aanbod"];
  REQUIRE(column(aanbod["modules"], "module") == Strings{"m-eigen"});
  const Json& eigen = aanbod["modules"][0];
  CHECK(column(eigen["binnen"], "gebruik") == Strings{"u-b-eigen", "u-sw-eigen"});
  CHECK(eigen["binnen"][1]["deelnemers"] == Json({"g-a"}));
  CHECK(column(eigen["buiten"], "afnemer") == Strings{"g-x"});
  CHECK(eigen["aantalBinnen"] == 2);  // g-a via the collective, g-b itself
  CHECK(eigen["aantalBuiten"] == 1);
  const Json& host = aanbod["diensten"][0];
  CHECK(host["dienst"] == "d-host");
  CHECK(host["type"] == "Hosting");
  CHECK(column(host["binnen"], "gebruik") == Strings{"u-b-eigen"});
  CHECK(column(host["buiten"], "gebruik") == Strings{"u-x-eigen"});
}

TEST_CASE("rapport: evaluation status, EVAL-003 at the query's tijdstip", "[rapport][EVAL-003]") {
  Harness h(report_state());
  const Json now = rapport(h, "sw-noord", "2026-11-22T10:00:00Z")["evaluatie"];
  CHECK(now["laatste"] == Json({{"evaluatie", "e-2"}, {"vastgelegdOp", "2026-05-01T00:00:00Z"}, {"stopzetten", false}}));
  CHECK(column(now["afspraken"], "afspraak") == Strings{"a-1", "a-2"});  // a-0 is afgerond
  CHECK(now["afspraken"][0]["laatste"].is_null());
  CHECK(now["bevindingen"].empty());

  const Json later = rapport(h, "sw-noord", "2027-05-02T00:00:00Z")["evaluatie"];
  CHECK(column(later["bevindingen"], "code") == Strings{"EVAL-003", "EVAL-003"});
  CHECK(column(later["bevindingen"], "pad") == Strings{"/organisaties/0", "/afspraken/0"});
  CHECK(column(later["bevindingen"], "id") == Strings{"sw-noord", "a-1"});
  CHECK(later["bevindingen"][0]["ernst"] == "waarschuwing");
  // without a tijdstip, EVAL-003 is not judged
  CHECK(rapport(h)["evaluatie"]["bevindingen"].empty());
}

TEST_CASE("rapport: the order does not depend on the order of the state", "[rapport]") {
  Json state = report_state();
  Json reversed = state;
  for (auto& [kind, items] : reversed.items()) std::reverse(items.begin(), items.end());
  Harness a(state), b(reversed);
  Json ra = rapport(a, "sw-noord", "2026-11-22T10:00:00Z");
  Json rb = rapport(b, "sw-noord", "2026-11-22T10:00:00Z");
  CHECK(ra.dump() == rb.dump());
}

TEST_CASE("rapport: only for an existing collective", "[rapport]") {
  Harness h(report_state());
  CHECK(codes(rapport(h, "sw-onbekend")) == Strings{"INVOER-003"});
  CHECK(codes(rapport(h, "g-a")) == Strings{"INVOER-002"});
  CHECK(codes(h.query({{"vraag", "rapport"}, {"gegevens", Json::object()}})) == Strings{"INVOER-001"});
  CHECK_FALSE(rapport(h, "g-a").contains("leden"));
}

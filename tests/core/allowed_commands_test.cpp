// toegestaneOpdrachten: the buttons a UI shows come from the rules themselves.
#include <fstream>

#include "harness.hpp"

using namespace samen_test;

namespace {

Json allowed(Harness& h, const Json& actor, const std::string& object) {
  return h.query({{"vraag", "toegestaneOpdrachten"}, {"actor", actor}, {"gegevens", {{"object", object}}}});
}

// The verdict for one command (the first entry of that name) in the answer.
Json entry(const Json& answer, const std::string& opdracht) {
  for (const Json& item : answer.at("opdrachten"))
    if (item.at("opdracht") == opdracht) return item;
  FAIL("no entry for " << opdracht << " in " << answer.dump());
  return nullptr;
}

}  // namespace

TEST_CASE("on a requested membership the collective may confirm and the member may not", "[toegestaneOpdrachten]") {
  Harness h;
  const Json collective = allowed(h, beheerder("sw-noord"), "l-zeist");
  CHECK(collective["soort"] == "lidmaatschap");
  CHECK(entry(collective, "lidmaatschap.bevestigen")["toegestaan"] == true);
  CHECK(entry(collective, "lidmaatschap.afwijzen")["toegestaan"] == true);
  CHECK(entry(collective, "lidmaatschap.beeindigen")["toegestaan"] == true);

  const Json member = allowed(h, beheerder("g-zeist"), "l-zeist");
  const Json confirm = entry(member, "lidmaatschap.bevestigen");
  CHECK(confirm["toegestaan"] == false);
  CHECK(confirm["meldingen"][0]["code"] == "LID-005");
  CHECK(entry(member, "lidmaatschap.beeindigen")["toegestaan"] == true);

  const Json stranger = allowed(h, visitor(), "l-zeist");
  for (const Json& item : stranger["opdrachten"]) CHECK(item["toegestaan"] == false);
}

TEST_CASE("an active membership can no longer be confirmed, by anyone", "[toegestaneOpdrachten]") {
  Harness h;
  const Json answer = allowed(h, fb(), "l-utrecht");
  CHECK(entry(answer, "lidmaatschap.bevestigen")["toegestaan"] == false);
  CHECK(entry(answer, "lidmaatschap.bevestigen")["meldingen"][0]["code"] == "LID-005");
  CHECK(entry(answer, "lidmaatschap.beeindigen")["toegestaan"] == true);
}

TEST_CASE("declaring membership of a collective: allowed for a non-member, not for a member", "[toegestaneOpdrachten]") {
  Harness h;
  CHECK(entry(allowed(h, beheerder("g-houten"), "sw-noord"), "lidmaatschap.aangeven")["toegestaan"] == true);
  const Json member = entry(allowed(h, beheerder("g-utrecht"), "sw-noord"), "lidmaatschap.aangeven");
  CHECK(member["toegestaan"] == false);
  CHECK(member["meldingen"][0]["code"] == "LID-004");
  // A functioneel-beheerder without an organisation chooses the member in the form.
  CHECK(entry(allowed(h, fb(), "sw-noord"), "lidmaatschap.aangeven")["toegestaan"] == true);
  // A visitor may not.
  CHECK(entry(allowed(h, visitor(), "sw-noord"), "lidmaatschap.aangeven")["toegestaan"] == false);
}

TEST_CASE("probing changes nothing and an unknown object is INVOER-003", "[toegestaneOpdrachten]") {
  Harness h;
  const std::string before = h.exported();
  allowed(h, beheerder("sw-noord"), "l-zeist");
  CHECK(h.exported() == before);
  const Json unknown = allowed(h, fb(), "bestaat-niet");
  CHECK(unknown["meldingen"][0]["code"] == "INVOER-003");
  CHECK_FALSE(unknown.contains("opdrachten"));
}

TEST_CASE("every probe is well-formed: a functioneel-beheerder never meets a shape problem", "[toegestaneOpdrachten]") {
  std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json");
  const Json state = Json::parse(in);
  Harness h(state);
  std::vector<std::string> objects{""};
  for (const auto& [kind, items] : state.items())
    for (const Json& item : items) objects.push_back(item["id"].get<std::string>());
  std::size_t judged = 0;
  for (const std::string& object : objects) {
    Json query = {{"vraag", "toegestaneOpdrachten"}, {"actor", fb()}, {"gegevens", Json::object()}};
    if (!object.empty()) query["gegevens"]["object"] = object;
    const Json answer = h.query(query);
    for (const Json& item : answer["opdrachten"]) {
      ++judged;
      for (const Json& melding : item["meldingen"]) {
        INFO(object << " " << item.dump());
        CHECK(melding["code"] != "INVOER-001");
        CHECK(melding["code"] != "INVOER-002");
        CHECK(melding["code"] != "INVOER-005");
      }
    }
  }
  CHECK(judged > 50);
}

#include "harness.hpp"

namespace samen_test {

Json fixture_state() {
  return Json::parse(R"({
  "organisaties": [
    {"id": "g-utrecht", "naam": "Gemeente Utrecht", "type": "Gemeente", "status": "Actief", "cbsCode": "0344"},
    {"id": "g-zeist", "naam": "Gemeente Zeist", "type": "Gemeente", "status": "Actief"},
    {"id": "g-houten", "naam": "Gemeente Houten", "type": "Gemeente", "status": "Actief"},
    {"id": "g-concept", "naam": "Gemeente Concept", "type": "Gemeente", "status": "Concept"},
    {"id": "l-acme", "naam": "Acme", "type": "Leverancier", "status": "Actief"},
    {"id": "l-beta", "naam": "Beta", "type": "Leverancier", "status": "Actief"},
    {"id": "sw-noord", "naam": "Regio Noord", "type": "Samenwerking", "status": "Actief", "samenwerkingtype": "DVO"},
    {"id": "sw-zuid", "naam": "Regio Zuid", "type": "Samenwerking", "status": "Actief"},
    {"id": "sw-slapend", "naam": "Slapend", "type": "Samenwerking", "status": "Deactief"},
    {"id": "com-open", "naam": "Open Community", "type": "Community", "status": "Actief"}
  ],
  "lidmaatschappen": [
    {"id": "l-utrecht", "samenwerking": "sw-noord", "lid": "g-utrecht", "status": "actief", "aangegevenOp": "2026-01-01T00:00:00Z", "actiefSinds": "2026-01-02T00:00:00Z"},
    {"id": "l-zeist", "samenwerking": "sw-noord", "lid": "g-zeist", "status": "aangevraagd", "aangegevenOp": "2026-02-01T00:00:00Z"}
  ],
  "modules": [
    {"id": "m-zaak", "naam": "Zaaksysteem", "aanbieder": "l-acme"},
    {"id": "m-fin", "naam": "Financiën", "aanbieder": "l-acme"},
    {"id": "m-eigen", "naam": "Eigen app", "aanbieder": "sw-noord"}
  ],
  "gebruik": [
    {"id": "u-noord-zaak", "afnemer": "sw-noord", "module": "m-zaak", "status": "In productie", "deelnemers": ["g-utrecht"]},
    {"id": "u-utrecht-fin", "afnemer": "g-utrecht", "module": "m-fin", "status": "Gepland"}
  ],
  "koppelingen": [
    {"id": "k-noord", "naam": "Zaak naar Fin", "moduleA": "m-zaak", "moduleB": "m-fin", "gegevensuitwisselingRichting": "AnaarB", "eigenaar": "sw-noord", "deelnemers": ["g-utrecht"]}
  ]
})");
}

Harness::Harness(const Json& state, const std::string& options)
    : engine_([&] {
        auto created = samen::Engine::create(options);
        REQUIRE(created);
        return std::move(*created);
      }()) {
  const auto loaded = engine_.load(state.dump());
  if (!loaded) FAIL(samen::render_failure(loaded.error()));
}

Json Harness::apply(const Json& command) {
  const auto answer = engine_.apply(command.dump());
  if (!answer) FAIL(samen::render_failure(answer.error()));
  return Json::parse(*answer);
}

Json Harness::check(const Json& command) {
  const auto answer = engine_.check(command.dump());
  if (!answer) FAIL(samen::render_failure(answer.error()));
  return Json::parse(*answer);
}

Json Harness::query(const Json& query) {
  const auto answer = engine_.query(query.dump());
  if (!answer) FAIL(samen::render_failure(answer.error()));
  return Json::parse(*answer);
}

std::string Harness::exported() {
  const auto answer = engine_.export_state();
  REQUIRE(answer);
  return *answer;
}

std::vector<std::string> codes(const Json& result) {
  std::vector<std::string> out;
  for (const Json& melding : result.at("meldingen")) out.push_back(melding.at("code").get<std::string>());
  return out;
}

bool has_code(const Json& result, const std::string& code) {
  for (const std::string& c : codes(result))
    if (c == code) return true;
  return false;
}

Json changed(const Json& result, const std::string& soort, const std::string& id) {
  for (const Json& w : result.at("wijzigingen"))
    if (w.at("soort") == soort && w.at("object").at("id") == id) return w.at("object");
  return nullptr;
}

}  // namespace samen_test

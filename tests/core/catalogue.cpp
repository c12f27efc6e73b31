#include "catalogue.hpp"

#include <string>

namespace samen_test {
namespace {

using Json = nlohmann::ordered_json;

std::string id(const char* prefix, int i) { return std::string(prefix) + std::to_string(i); }

}  // namespace

Json generate_catalogue(const CatalogueSize& s) {
  Json orgs = Json::array(), contacts = Json::array(), aanvragen = Json::array(), members = Json::array();
  Json modules = Json::array(), usage = Json::array(), koppelingen = Json::array();
  const auto member_of = [&](int collective, int nth) { return id("g-", collective + nth * s.collectives); };
  const auto member_count = [&](int collective) { return (s.gemeenten - collective + s.collectives - 1) / s.collectives; };

  for (int g = 0; g < s.gemeenten; ++g)
    orgs.push_back({{"id", id("g-", g)}, {"naam", "Gemeente " + std::to_string(g)}, {"type", "Gemeente"}, {"status", "Actief"},
                    {"cbsCode", std::to_string(1000 + g)}});
  for (int l = 0; l < s.leveranciers; ++l)
    orgs.push_back({{"id", id("l-", l)}, {"naam", "Leverancier " + std::to_string(l)}, {"type", "Leverancier"}, {"status", "Actief"}});
  for (int c = 0; c < s.collectives; ++c) {
    const std::string naam = "Samenwerking " + std::to_string(c);
    Json deelnemers = Json::array();
    for (int n = 0; n < member_count(c); ++n) deelnemers.push_back(member_of(c, n));
    orgs.push_back({{"id", id("sw-", c)}, {"naam", naam}, {"type", "Samenwerking"}, {"status", "Actief"},
                    {"samenwerkingtype", "DVO"}, {"deelnemers", deelnemers}});
    contacts.push_back({{"id", id("cp-", c)}, {"organisatie", id("sw-", c)}, {"e-mailadres", "beheer@sw" + std::to_string(c) + ".example"},
                        {"rollen", {"gebruik-beheerder", "aanbod-beheerder"}}});
    aanvragen.push_back({{"id", id("av-", c)}, {"naam", naam}, {"type", "Samenwerking"}, {"doel", "Samen inkopen"},
                         {"contactpersoon", {{"naam", "Beheer"}, {"e-mailadres", "beheer@example.org"}}},
                         {"grondslag", "DVO"}, {"samenwerkingtype", "DVO"}, {"status", "geregistreerd"},
                         {"ingediendOp", "2025-01-01T09:00:00Z"}, {"beoordeeldOp", "2025-02-01T09:00:00Z"},
                         {"organisatie", id("sw-", c)}});
  }
  for (int g = 0; g < s.gemeenten; ++g)
    members.push_back({{"id", id("lm-", g)}, {"samenwerking", id("sw-", g % s.collectives)}, {"lid", id("g-", g)},
                       {"status", "actief"}, {"aangegevenOp", "2025-03-01T09:00:00Z"}, {"actiefSinds", "2025-03-02T09:00:00Z"}});
  for (int m = 0; m < s.modules; ++m)
    modules.push_back({{"id", id("m-", m)}, {"naam", "Module " + std::to_string(m)}, {"aanbieder", id("l-", m % s.leveranciers)}});

  const int half = s.modules / 2;
  for (int i = 0; i < s.own_usage; ++i)
    usage.push_back({{"id", id("u-", i)}, {"afnemer", id("g-", i % s.gemeenten)}, {"module", id("m-", i / s.gemeenten)},
                     {"status", "In productie"}});
  for (int j = 0; j < s.collective_usage; ++j) {
    const int c = j % s.collectives;
    Json deelnemers = Json::array();
    for (int n = 0; n < member_count(c) && n < 5; ++n) deelnemers.push_back(member_of(c, n));
    usage.push_back({{"id", id("uc-", j)}, {"afnemer", id("sw-", c)}, {"module", id("m-", half + j / s.collectives)},
                     {"status", "Gepland"}, {"deelnemers", deelnemers}});
  }
  for (int k = 0; k < s.koppelingen; ++k) {
    const int c = k % s.collectives;
    const int a = (k / s.collectives) % half;
    Json deelnemers = Json::array();
    for (int n = 0; n < member_count(c) && n < 2; ++n) deelnemers.push_back(member_of(c, n));
    koppelingen.push_back({{"id", id("k-", k)}, {"naam", "Koppeling " + std::to_string(k)}, {"eigenaar", id("sw-", c)},
                           {"moduleA", id("m-", half + a)}, {"moduleB", id("m-", half + (a + 1) % half)},
                           {"gegevensuitwisselingRichting", "AnaarB"}, {"status", "in gebruik"}, {"deelnemers", deelnemers}});
  }
  // Per collective: an afspraak in uitvoeren (complete terms, an event of its own month), and a
  // recent evaluation of the collective and of the afspraak.
  Json afspraken = Json::array(), evaluaties = Json::array();
  Json voorwaarden = Json::object();
  for (const char* key : {"logoZichtbaar", "toegankelijkVoorLeden", "technischeFocus", "geenAcquisitie", "openStandaarden",
                          "datumAfgestemd"})
    voorwaarden[key] = true;
  for (int c = 0; c < s.collectives; ++c) {
    const std::string day = std::to_string(2027 + c / 12) + "-" + (c % 12 < 9 ? "0" : "") + std::to_string(c % 12 + 1);
    afspraken.push_back({{"id", id("a-", c)}, {"samenwerking", id("sw-", c)}, {"partnermodel", "samen-sterk"},
                         {"doelstellingen", {"Samen inkopen"}}, {"rolverdeling", "gelijkwaardig"}, {"voorwaarden", voorwaarden},
                         {"draagvlak", true}, {"evenement", {{"van", day + "-10"}, {"tot", day + "-12"}}},
                         {"fase", "uitvoeren"}, {"vastgelegdOp", "2026-01-01T09:00:00Z"}});
    for (const std::string& onderwerp : {id("sw-", c), id("a-", c)})
      evaluaties.push_back({{"id", "e-" + onderwerp}, {"onderwerp", onderwerp}, {"plan", "p"}, {"do", "d"}, {"check", "c"},
                            {"act", "a"}, {"verlooptZoalsGepland", true}, {"vastgelegdOp", "2026-06-01T09:00:00Z"}});
  }
  return {{"organisaties", orgs}, {"contactpersonen", contacts}, {"aanvragen", aanvragen}, {"lidmaatschappen", members},
          {"modules", modules}, {"diensten", Json::array()}, {"gebruik", usage}, {"koppelingen", koppelingen},
          {"afspraken", afspraken}, {"evaluaties", evaluaties}};
}

}  // namespace samen_test

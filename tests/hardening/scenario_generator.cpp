#include "scenario_generator.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "spec_names.hpp"

namespace scenario {

// The exported state, indexed so that a command can name objects that exist.
struct Generator::View {
  std::map<std::string, std::vector<std::string>> orgs_by_type;
  std::vector<std::string> orgs, collectives, afnemers;
  std::map<std::string, std::vector<std::string>> ids_of;  // list name -> ids
  std::map<std::string, const Json*> by_id;
  std::vector<const Json*> approved_aanvragen;
  std::vector<std::string> proposals;                      // gebruik ids with a voorstel
  std::map<std::string, std::vector<std::string>> active_members;  // collective -> members

  explicit View(const Json& state) {
    for (const auto& [list, objects] : state.items()) {
      for (const Json& object : objects) {
        const std::string id = object.value("id", "");
        ids_of[list].push_back(id);
        by_id[id] = &object;
        if (list == "organisaties") {
          const std::string type = object.value("type", Json("")).is_string() ? object.value("type", "") : "";
          orgs.push_back(id);
          orgs_by_type[type].push_back(id);
          if (type == "Samenwerking" || type == "Community") collectives.push_back(id);
          if (type == "Gemeente" || type == "Samenwerking") afnemers.push_back(id);
        } else if (list == "aanvragen" && object.value("status", Json("")) == "goedgekeurd") {
          approved_aanvragen.push_back(&object);
        } else if (list == "gebruik" && object.contains("voorstel")) {
          proposals.push_back(id);
        } else if (list == "lidmaatschappen" && object.value("status", Json("")) == "actief") {
          active_members[object.value("samenwerking", "")].push_back(object.value("lid", ""));
        }
      }
    }
  }
  const std::vector<std::string>& ids(const std::string& list) const {
    static const std::vector<std::string> none;
    const auto found = ids_of.find(list);
    return found == ids_of.end() ? none : found->second;
  }
  std::string field(const std::string& id, const char* key) const {
    const auto found = by_id.find(id);
    if (found == by_id.end() || !found->second->contains(key) || !(*found->second)[key].is_string()) return "";
    return (*found->second)[key].get<std::string>();
  }
};

namespace {

constexpr std::array<const char*, 5> kRoles = {"aanbod-beheerder", "gebruik-beheerder", "gebruik-raadpleger",
                                               "organisatie-beheerder", "vng-raadpleger"};
constexpr std::array<const char*, 5> kGebruikStatuses = {"Verwerving", "Gepland", "In productie", "Uit te faseren",
                                                         "Uitgefaseerd"};
constexpr std::array<const char*, 6> kVoorstelStatuses = {"aangevraagd", "goedgekeurd", "afgewezen",
                                                          "actief", "inactief", "ingetrokken"};
constexpr std::array<const char*, 6> kFasen = {"verkennen", "delen", "overeenkomen", "uitvoeren", "afgerond", "beeindigd"};
constexpr std::array<const char*, 4> kLidStatuses = {"aangevraagd", "actief", "afgewezen", "beeindigd"};

std::string tijdstip(int step) {
  char text[32];
  std::snprintf(text, sizeof text, "2027-01-%02dT%02d:%02d:%02dZ", 1 + step / 86400 % 28, step / 3600 % 24, step / 60 % 60,
                step % 60);
  return text;
}

}  // namespace

std::string Generator::pick_or_fresh(const std::vector<std::string>& ids, const char* prefix) {
  return ids.empty() || chance(0.05) ? fresh(prefix) : pick(ids);
}

Json Generator::roles() {
  Json out = Json::array();
  const int count = chance(0.1) ? 0 : 1 + below(2);
  for (int i = 0; i < count; ++i) {
    std::string rol = kRoles[static_cast<std::size_t>(below(static_cast<int>(kRoles.size())))];
    if (chance(0.2)) rol[0] = static_cast<char>(rol[0] - 'a' + 'A');  // the register's spelling
    out.push_back(rol);
  }
  return out;
}

Json Generator::world(int organisations) {
  Json state = Json::object();
  Json& orgs = state["organisaties"] = Json::array();
  const std::array<std::pair<const char*, const char*>, 4> types = {
      {{"Gemeente", "g"}, {"Leverancier", "l"}, {"Samenwerking", "sw"}, {"Community", "com"}}};
  std::map<std::string, std::vector<std::string>> by_type;
  for (int i = 0; i < organisations; ++i) {
    const int roll = below(100);
    const auto& [type, prefix] = types[i < 4 ? static_cast<std::size_t>(i) : roll < 40 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3];
    const std::string id = fresh(prefix);
    Json org = {{"id", id}, {"naam", std::string(type) + " " + id}, {"type", type}};
    org["status"] = chance(0.8) ? "Actief" : chance(0.5) ? "Concept" : "Deactief";
    if (std::string(type) == "Samenwerking") org["samenwerkingtype"] = "DVO";
    orgs.push_back(org);
    by_type[type].push_back(id);
  }
  std::vector<std::string> collectives = by_type["Samenwerking"];
  collectives.insert(collectives.end(), by_type["Community"].begin(), by_type["Community"].end());
  std::vector<std::string> members = by_type["Gemeente"];
  members.insert(members.end(), by_type["Leverancier"].begin(), by_type["Leverancier"].end());

  for (int i = 0; i < 3; ++i)
    state["contactpersonen"].push_back({{"id", fresh("cp")}, {"organisatie", pick(members)},
                                        {"e-mailadres", "cp@voorbeeld.nl"}, {"rollen", {"gebruik-beheerder"}}});
  for (int i = 0; i < 5; ++i) {
    const std::string type = chance(0.5) ? "Samenwerking" : "Community";
    Json aanvraag = {{"id", fresh("av")}, {"naam", "Nieuw collectief " + std::to_string(counter_)}, {"type", type},
                     {"doel", "Samen verder"}, {"contactpersoon", {{"naam", "A"}, {"e-mailadres", "a@b.nl"}}},
                     {"status", i < 2 ? "goedgekeurd" : pick(std::vector<std::string>{"ingediend", "afgewezen", "geregistreerd"})}};
    if (type == "Samenwerking") aanvraag.update({{"grondslag", "B&W-besluit"}, {"samenwerkingtype", "DVO"}});
    state["aanvragen"].push_back(aanvraag);
  }
  std::set<std::pair<std::string, std::string>> open;
  for (const std::string& collective : collectives) {
    for (int i = 0, n = 1 + below(3); i < n; ++i) {
      const std::string member = pick(members);
      std::string status = kLidStatuses[static_cast<std::size_t>(below(4))];
      if ((status == "aangevraagd" || status == "actief") && !open.insert({collective, member}).second) status = "beeindigd";
      Json m = {{"id", fresh("lm")}, {"samenwerking", collective}, {"lid", member}, {"status", status},
                {"aangegevenOp", "2026-01-01T00:00:00Z"}};
      if (status != "aangevraagd" && status != "afgewezen") m["actiefSinds"] = "2026-01-02T00:00:00Z";
      state["lidmaatschappen"].push_back(m);
    }
  }
  std::vector<std::pair<std::string, std::string>> modules;  // id, aanbieder
  for (const Json& org : orgs) {
    const std::string type = org["type"];
    const int count = type == "Leverancier" ? 2 : type == "Gemeente" ? 0 : below(2) + (type == "Samenwerking");
    for (int i = 0; i < count; ++i) {
      const std::string id = fresh("m");
      state["modules"].push_back({{"id", id}, {"naam", "Module " + id}, {"aanbieder", org["id"]}});
      modules.emplace_back(id, org["id"]);
    }
  }
  if (modules.empty()) return state;
  for (int i = 0; i < 2; ++i) {
    const auto& [module, aanbieder] = pick(modules);
    state["diensten"].push_back({{"id", fresh("d")}, {"naam", "Dienst"}, {"type", "Hosting"}, {"aanbieder", aanbieder},
                                 {"modules", {module}}});
  }
  std::vector<std::string> afnemers = by_type["Gemeente"];
  afnemers.insert(afnemers.end(), by_type["Samenwerking"].begin(), by_type["Samenwerking"].end());
  for (int i = 0; i < 8; ++i) {
    const auto& [module, aanbieder] = pick(modules);
    Json usage = {{"id", fresh("u")}, {"afnemer", pick(afnemers)}, {"module", module},
                  {"status", kGebruikStatuses[static_cast<std::size_t>(below(5))]}};
    if (i >= 5) usage["voorstel"] = {{"door", aanbieder}, {"status", kVoorstelStatuses[static_cast<std::size_t>(below(6))]}};
    state["gebruik"].push_back(usage);
  }
  for (int i = 0; i < 3; ++i)
    state["koppelingen"].push_back({{"id", fresh("k")}, {"eigenaar", pick(members)}, {"moduleA", pick(modules).first},
                                    {"moduleB", pick(modules).first}, {"gegevensuitwisselingRichting", "AnaarB"},
                                    {"status", "in gebruik"}});
  for (int i = 0; i < 3 && !collectives.empty(); ++i) {
    const std::string id = fresh("a");
    state["afspraken"].push_back({{"id", id}, {"samenwerking", pick(collectives)}, {"partner", pick(members)},
                                  {"partnermodel", chance(0.5) ? "samen-sterk" : "co-branding"},
                                  {"fase", kFasen[static_cast<std::size_t>(below(5))]},
                                  {"vastgelegdOp", "2026-02-01T00:00:00Z"}});
    state["evaluaties"].push_back({{"id", fresh("e")}, {"onderwerp", id}, {"plan", "p"}, {"do", "d"}, {"check", "c"},
                                   {"act", "a"}, {"vastgelegdOp", "2026-03-01T00:00:00Z"}});
  }
  return state;
}

Json Generator::options() {
  Json beleid = Json::object();
  if (chance(0.5)) beleid["lidmaatschapBevestiging"] = chance(0.5);
  if (chance(0.3)) beleid["genesteSamenwerkingen"] = true;
  if (chance(0.3)) beleid["communityGebruikNamensLeden"] = true;
  if (chance(0.2)) beleid["aanbiederTypen"] = {"Leverancier", "Samenwerking"};
  return {{"beleid", beleid}};
}

Json Generator::gegevens_for(const std::string& o, const View& v) {
  const auto id_of = [&](const char* list, const char* prefix) { return pick_or_fresh(v.ids(list), prefix); };
  const std::string org = pick_or_fresh(v.orgs, "g");
  const std::string collective = pick_or_fresh(v.collectives, "sw");
  const std::string module = id_of("modules", "m");
  if (o == "aanvraag.indienen") {
    const bool sw = chance(0.5);
    Json g = {{"id", fresh("av")}, {"naam", "Collectief " + std::to_string(counter_)}, {"type", sw ? "Samenwerking" : "Community"},
              {"doel", "Samen"}, {"contactpersoon", {{"naam", "B"}, {"e-mailadres", "b@c.nl"}}}};
    if (sw) g.update({{"grondslag", "GR"}, {"samenwerkingtype", "DVO"}});
    return g;
  }
  if (o == "aanvraag.beoordelen")
    return {{"id", id_of("aanvragen", "av")}, {"besluit", chance(0.5) ? "goedgekeurd" : "afgewezen"}, {"motivering", "m"}};
  if (o == "organisatie.registreren") {
    const std::array<const char*, 4> types = {"Gemeente", "Leverancier", "Samenwerking", "Community"};
    const std::string type = types[static_cast<std::size_t>(below(4))];
    Json g = {{"organisatie", {{"id", fresh("nieuw")}, {"naam", "Nieuw " + std::to_string(counter_)}, {"type", type}}}};
    if ((type == "Samenwerking" || type == "Community") && !v.approved_aanvragen.empty()) {
      const Json& aanvraag = *pick(v.approved_aanvragen);
      g["organisatie"]["naam"] = aanvraag["naam"];
      g["organisatie"]["type"] = aanvraag["type"];
      if (aanvraag["type"] == "Samenwerking") g["organisatie"]["samenwerkingtype"] = "DVO";
      g["aanvraag"] = aanvraag["id"];
    }
    if (type != "Gemeente" || chance(0.3))
      g["eersteBeheerder"] = {{"id", fresh("cp")}, {"e-mailadres", "eerste@nieuw.nl"},
                              {"rollen", {chance(0.1) ? "functioneel-beheerder" : "gebruik-beheerder"}}};
    return g;
  }
  if (o == "organisatie.wijzigen") return {{"id", org}, {"naam", "Andere naam " + std::to_string(counter_++)}};
  if (o == "organisatie.activeren" || o == "organisatie.deactiveren") return {{"id", org}};
  if (o == "contactpersoon.registreren") {
    Json rollen = roles();
    if (rollen.empty()) rollen.push_back("gebruik-beheerder");
    if (chance(0.1)) rollen.push_back("functioneel-beheerder");
    return {{"id", fresh("cp")}, {"organisatie", org}, {"e-mailadres", "c@d.nl"}, {"rollen", rollen}};
  }
  if (o == "lidmaatschap.aangeven") return {{"id", fresh("lm")}, {"samenwerking", collective}, {"lid", org}};
  if (o.rfind("lidmaatschap.", 0) == 0) return {{"id", id_of("lidmaatschappen", "lm")}, {"reden", "r"}};
  if (o == "module.registreren") return {{"id", fresh("m")}, {"naam", "Module " + std::to_string(counter_)}, {"aanbieder", org}};
  if (o == "dienst.registreren") {
    Json g = {{"id", fresh("d")}, {"naam", "Dienst " + std::to_string(counter_)}, {"type", "Ondersteuning"}, {"aanbieder", org}};
    if (chance(0.5)) g["modules"] = {module};
    return g;
  }
  if (o == "module.verwijderen") return {{"id", module}};
  if (o == "dienst.verwijderen") return {{"id", id_of("diensten", "d")}};
  if (o == "gebruik.registreren") {
    const std::string afnemer = pick_or_fresh(v.afnemers, "g");
    Json g = {{"id", fresh("u")}, {"afnemer", afnemer}, {"module", module},
              {"status", kGebruikStatuses[static_cast<std::size_t>(below(4))]}};
    const auto members = v.active_members.find(afnemer);
    if (members != v.active_members.end() && chance(0.5)) g["deelnemers"] = {pick(members->second)};
    return g;
  }
  if (o == "gebruik.wijzigen")
    return {{"id", id_of("gebruik", "u")}, {"status", kGebruikStatuses[static_cast<std::size_t>(below(5))]}};
  if (o == "gebruik.voorstellen") return {{"id", fresh("u")}, {"afnemer", pick_or_fresh(v.afnemers, "g")}, {"module", module}};
  if (o == "gebruik.voorstel-beoordelen")
    return {{"id", pick_or_fresh(v.proposals, "u")}, {"status", kVoorstelStatuses[static_cast<std::size_t>(below(6))]}};
  if (o == "koppeling.registreren")
    return {{"id", fresh("k")}, {"eigenaar", org}, {"moduleA", module}, {"moduleB", id_of("modules", "m")},
            {"gegevensuitwisselingRichting", "BnaarA"}};
  if (o == "koppeling.wijzigen") return {{"id", id_of("koppelingen", "k")}, {"naam", "Koppeling " + std::to_string(counter_++)}};
  if (o == "afspraak.vastleggen")
    return {{"id", fresh("a")}, {"samenwerking", collective}, {"partner", org}, {"doelstellingen", {"kennis delen"}},
            {"rolverdeling", "gelijkwaardig"}, {"partnermodel", chance(0.5) ? "samen-sterk" : "co-branding"}};
  if (o == "afspraak.wijzigen") return {{"id", id_of("afspraken", "a")}, {"doelstellingen", {"samen inkopen"}}};
  if (o == "afspraak.fase-wijzigen")
    return {{"id", id_of("afspraken", "a")}, {"fase", kFasen[static_cast<std::size_t>(below(6))]}};
  if (o == "afspraak.beeindigen") return {{"id", id_of("afspraken", "a")}, {"reden", "klaar"}};
  // evaluatie.vastleggen
  const std::string onderwerp = chance(0.5) ? collective : id_of("afspraken", "a");
  return {{"id", fresh("e")}, {"onderwerp", onderwerp}, {"plan", "p"}, {"do", "d"}, {"check", "c"}, {"act", "a"}};
}

// Organisations the gegevens name, directly or one step away: the likeliest ones to act for.
std::vector<std::string> Generator::related_organisations(const Json& gegevens, const View& v) const {
  std::set<std::string> out;
  const auto add = [&](const std::string& id) {
    if (std::find(v.orgs.begin(), v.orgs.end(), id) != v.orgs.end()) out.insert(id);
  };
  std::vector<const Json*> values{&gegevens};
  if (gegevens.contains("organisatie") && gegevens["organisatie"].is_object()) values.push_back(&gegevens["organisatie"]);
  for (const Json* object : values) {
    for (const auto& [key, value] : object->items()) {
      if (!value.is_string()) continue;
      const std::string id = value;
      add(id);
      for (const char* field : {"samenwerking", "lid", "afnemer", "aanbieder", "eigenaar", "partner"}) add(v.field(id, field));
      add(v.field(v.field(id, "module"), "aanbieder"));
      add(v.field(v.field(id, "onderwerp"), "samenwerking"));
    }
  }
  return {out.begin(), out.end()};
}

Json Generator::actor_for(const Json& gegevens, const std::string& opdracht, const View& v) {
  const std::vector<std::string> related = related_organisations(gegevens, v);
  const int roll = below(100);
  if (roll < 12) {
    Json actor = {{"rollen", {chance(0.2) ? "Functioneel-Beheerder" : "functioneel-beheerder"}}};
    if (chance(0.3) && !v.orgs.empty()) actor["organisatie"] = pick(v.orgs);
    return actor;
  }
  if (roll < 57 && !related.empty()) return {{"organisatie", pick(related)}, {"rollen", roles()}};
  if (roll < 77 && !v.orgs.empty()) return {{"organisatie", pick(v.orgs)}, {"rollen", roles()}};
  if (roll < 85) {
    switch (below(4)) {
      case 0: return Json::object();
      case 1: return nullptr;
      case 2: return {{"rollen", Json::array()}};
      default: return {{"organisatie", nullptr}};
    }
  }
  if (roll < 90) return {{"rollen", roles()}};
  if (roll < 95) {
    const std::vector<std::string>& modules = v.ids("modules");
    return {{"organisatie", modules.empty() || chance(0.5) ? std::string("x-onbekend") : pick(modules)},
            {"rollen", {"aanbod-beheerder", "gebruik-beheerder"}}};
  }
  if (opdracht == "organisatie.registreren") return {{"organisatie", gegevens["organisatie"]["id"]}, {"rollen", roles()}};
  return {{"organisatie", related.empty() ? std::string("x-onbekend") : pick(related)},
          {"rollen", {"aanbod-beheerder", "gebruik-beheerder", "organisatie-beheerder"}}};
}

Json Generator::command(const Json& exported, int step) {
  const View view(exported);
  const std::string opdracht(pick(std::vector<std::string_view>(samen_support::kSpecCommands.begin(),
                                                                samen_support::kSpecCommands.end())));
  Json gegevens = gegevens_for(opdracht, view);
  Json command = {{"opdracht", opdracht}, {"tijdstip", tijdstip(step)}};
  const Json actor = actor_for(gegevens, opdracht, view);
  if (!actor.is_null()) command["actor"] = actor;
  // A few commands of the wrong shape, so that authority is also judged next to shape problems.
  if (chance(0.02)) command.erase("tijdstip");
  if (chance(0.02) && !gegevens.empty()) gegevens[gegevens.begin().key()] = 42;
  command["gegevens"] = gegevens;
  return command;
}

}  // namespace scenario

// The table of spec §7 as data. Each command lists where the organisations are whose beheerder
// may give it (routes from the command through the state) and which roles count for the kind
// of organisation found there. A functioneel-beheerder may always act.
#include "authority_oracle.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace authority_oracle {
namespace {

// --- The actor, read independently of the engine ------------------------------------------

struct Who {
  std::string organisatie;  // "" when none
  std::set<std::string> rollen;  // lower case
  bool fb() const { return rollen.count("functioneel-beheerder") > 0; }
  bool visitor() const { return organisatie.empty() && rollen.empty(); }
};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A string field of an object, or "".
std::string text_of(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || !object[key].is_string()) return "";
  return object[key].get<std::string>();
}

Who who_acts(const Json& command) {
  Who who;
  const auto actor = command.find("actor");
  if (actor == command.end() || !actor->is_object()) return who;
  if (actor->contains("organisatie") && (*actor)["organisatie"].is_string()) who.organisatie = (*actor)["organisatie"];
  if (actor->contains("rollen") && (*actor)["rollen"].is_array())
    for (const Json& rol : (*actor)["rollen"])
      if (rol.is_string()) who.rollen.insert(lower(rol.get<std::string>()));
  return who;
}

// --- Which roles make a beheerder, by the kind of organisation --------------------------

enum class Roles {
  beheerder,           // aanbod- or gebruik-beheerder
  organisatie_beheer,  // ... or organisatie-beheerder (organisatie.wijzigen, contactpersoon.registreren)
  offering,            // aanbod-beheerder; for a Samenwerking also gebruik-beheerder
  usage,               // gebruik-beheerder; for a Samenwerking also aanbod-beheerder
  koppeling,           // a Gemeente's gebruik-, a Leverancier's aanbod-, anyone else's beheerder
  aanbod,              // aanbod-beheerder only (gebruik.voorstellen)
};

std::set<std::string> roles_for(Roles roles, const std::string& type) {
  const std::set<std::string> both = {"aanbod-beheerder", "gebruik-beheerder"};
  switch (roles) {
    case Roles::beheerder: return both;
    case Roles::organisatie_beheer: return {"aanbod-beheerder", "gebruik-beheerder", "organisatie-beheerder"};
    case Roles::offering: return type == "Samenwerking" ? both : std::set<std::string>{"aanbod-beheerder"};
    case Roles::usage: return type == "Samenwerking" ? both : std::set<std::string>{"gebruik-beheerder"};
    case Roles::koppeling:
      if (type == "Gemeente") return {"gebruik-beheerder"};
      if (type == "Leverancier") return {"aanbod-beheerder"};
      return both;
    case Roles::aanbod: return {"aanbod-beheerder"};
  }
  return {};
}

// --- Routes: from the command to an organisation ----------------------------------------
// "gegevens.lid"                          the id in gegevens.lid
// "gegevens.id>lidmaatschap.samenwerking" the lidmaatschap named by gegevens.id, its samenwerking
// Each hop names the list the object must be in, so a route never passes through the wrong kind.

std::vector<std::string> split(const std::string& text, char by) {
  std::vector<std::string> out;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, by);) out.push_back(part);
  return out;
}

const std::map<std::string, std::string> kListOfKind = {
    {"organisatie", "organisaties"}, {"lidmaatschap", "lidmaatschappen"}, {"module", "modules"},
    {"dienst", "diensten"}, {"gebruik", "gebruik"}, {"koppeling", "koppelingen"}, {"afspraak", "afspraken"}};

// The id a route ends at, or "" when it breaks off (a missing field or object, a wrong kind).
std::string follow(const std::string& route, const Json& command, const Catalogue& catalogue) {
  const std::vector<std::string> hops = split(route, '>');
  const std::vector<std::string> start = split(hops[0], '.');  // "gegevens", field
  const auto gegevens = command.find("gegevens");
  if (gegevens == command.end() || !gegevens->is_object()) return "";
  const auto first = gegevens->find(start[1]);
  if (first == gegevens->end() || !first->is_string()) return "";
  std::string id = *first;
  for (std::size_t i = 1; i < hops.size(); ++i) {
    const std::vector<std::string> step = split(hops[i], '.');  // kind, field
    std::string list;
    const Json* object = catalogue.find(id, &list);
    if (!object || list != kListOfKind.at(step[0])) return "";
    const auto next = object->find(step[1]);
    if (next == object->end() || !next->is_string()) return "";
    id = *next;
  }
  return id;
}

// --- The table -----------------------------------------------------------------------------

struct Line {
  enum class Kind { anyone, fb_only, beheerder_of, registration, proposal_review } kind;
  std::vector<std::string> routes;  // beheerder_of: any of these organisations' beheerders
  Roles roles = Roles::beheerder;
};

Line anyone() { return {Line::Kind::anyone, {}}; }
Line fb_only() { return {Line::Kind::fb_only, {}}; }
Line beheerder_of(std::vector<std::string> routes, Roles roles = Roles::beheerder) {
  return {Line::Kind::beheerder_of, std::move(routes), roles};
}

const std::map<std::string, Line> kTable = {
    {"aanvraag.indienen", anyone()},
    {"aanvraag.beoordelen", fb_only()},
    {"organisatie.activeren", fb_only()},
    {"organisatie.deactiveren", fb_only()},
    {"organisatie.registreren", {Line::Kind::registration, {}}},
    {"organisatie.wijzigen", beheerder_of({"gegevens.id"}, Roles::organisatie_beheer)},
    {"contactpersoon.registreren", beheerder_of({"gegevens.organisatie"}, Roles::organisatie_beheer)},
    {"lidmaatschap.aangeven", beheerder_of({"gegevens.lid"})},
    {"lidmaatschap.bevestigen", beheerder_of({"gegevens.id>lidmaatschap.samenwerking"})},
    {"lidmaatschap.afwijzen", beheerder_of({"gegevens.id>lidmaatschap.samenwerking"})},
    {"lidmaatschap.beeindigen",
     beheerder_of({"gegevens.id>lidmaatschap.lid", "gegevens.id>lidmaatschap.samenwerking"})},
    {"module.registreren", beheerder_of({"gegevens.aanbieder"}, Roles::offering)},
    {"dienst.registreren", beheerder_of({"gegevens.aanbieder"}, Roles::offering)},
    {"module.verwijderen", beheerder_of({"gegevens.id>module.aanbieder"}, Roles::offering)},
    {"dienst.verwijderen", beheerder_of({"gegevens.id>dienst.aanbieder"}, Roles::offering)},
    {"gebruik.registreren", beheerder_of({"gegevens.afnemer"}, Roles::usage)},
    {"gebruik.wijzigen", beheerder_of({"gegevens.id>gebruik.afnemer"}, Roles::usage)},
    {"gebruik.voorstellen", beheerder_of({"gegevens.module>module.aanbieder"}, Roles::aanbod)},
    {"gebruik.voorstel-beoordelen", {Line::Kind::proposal_review, {}}},
    {"koppeling.registreren", beheerder_of({"gegevens.eigenaar"}, Roles::koppeling)},
    {"koppeling.wijzigen", beheerder_of({"gegevens.id>koppeling.eigenaar"}, Roles::koppeling)},
    {"afspraak.vastleggen", beheerder_of({"gegevens.samenwerking"})},
    {"afspraak.wijzigen", beheerder_of({"gegevens.id>afspraak.samenwerking"})},
    {"afspraak.fase-wijzigen", beheerder_of({"gegevens.id>afspraak.samenwerking"})},
    {"afspraak.beeindigen", beheerder_of({"gegevens.id>afspraak.samenwerking", "gegevens.id>afspraak.partner"})},
    {"evaluatie.vastleggen", beheerder_of({"gegevens.onderwerp", "gegevens.onderwerp>afspraak.samenwerking"})},
};

// gebruik.voorstel-beoordelen: who decides depends on where the proposal goes (spec §7).
std::vector<std::string> proposal_routes(const Json& command) {
  const std::string afnemer = "gegevens.id>gebruik.afnemer";
  const std::string aanbieder = "gegevens.id>gebruik.module>module.aanbieder";
  const std::string status = text_of(command.value("gegevens", Json::object()), "status");
  if (status == "goedgekeurd" || status == "afgewezen") return {afnemer};
  if (status == "aangevraagd" || status == "ingetrokken") return {aanbieder};
  if (status == "actief" || status == "inactief") return {afnemer, aanbieder};
  return {};
}

Verdict beheerder_of_any(const std::vector<std::string>& routes, Roles roles, const Who& who, const Json& command,
                         const Catalogue& catalogue) {
  if (who.organisatie.empty()) return {false, "acts for no organisation"};
  std::string tried;
  for (const std::string& route : routes) {
    const std::string id = follow(route, command, catalogue);
    std::string list;
    const Json* organisation = id.empty() ? nullptr : catalogue.find(id, &list);
    if (!organisation || list != "organisaties") {
      tried += " [" + route + ": no organisation]";
      continue;
    }
    if (id != who.organisatie) {
      tried += " [" + route + " is " + id + "]";
      continue;
    }
    const std::string type = organisation->value("type", "");
    for (const std::string& rol : roles_for(roles, type))
      if (who.rollen.count(rol)) return {true, "a beheerder (" + rol + ") of " + id};
    tried += " [" + id + " (" + type + "): lacks the role]";
  }
  return {false, "no beheerder of the organisation concerned:" + tried};
}

// Beyond the table, one line no table may miss: roles only VNG holds are granted by a
// functioneel-beheerder only, or any beheerder could make someone one.
bool grants_vng_role(const Json& contact) {
  if (!contact.is_object() || !contact.contains("rollen") || !contact["rollen"].is_array()) return false;
  for (const Json& rol : contact["rollen"])
    if (rol.is_string() && (lower(rol) == "functioneel-beheerder" || lower(rol) == "vng-raadpleger")) return true;
  return false;
}

Verdict registration(const Who& who, const Json& command) {
  const Json gegevens = command.value("gegevens", Json::object());
  const Json organisatie = gegevens.is_object() ? gegevens.value("organisatie", Json()) : Json();
  const std::string type = text_of(organisatie, "type");
  if (type != "Leverancier") return {false, "only a functioneel-beheerder registers a " + (type.empty() ? "?" : type)};
  if (gegevens.is_object() && grants_vng_role(gegevens.value("eersteBeheerder", Json())))
    return {false, "a VNG role for the first beheerder"};
  if (who.organisatie.empty()) return {true, "anyone registers a Leverancier"};
  if (text_of(organisatie, "id") == who.organisatie) return {true, "a Leverancier registers itself"};
  return {false, "acts for " + who.organisatie + ", not for the new Leverancier"};
}

}  // namespace

Catalogue::Catalogue(const Json& exported) : state_(exported) {
  for (auto& [list, objects] : state_.items())
    for (const Json& object : objects)
      if (object.contains("id") && object["id"].is_string()) by_id_[object["id"].get<std::string>()] = {list, &object};
}

const Json* Catalogue::find(const std::string& id, std::string* list) const {
  const auto found = by_id_.find(id);
  if (found == by_id_.end()) return nullptr;
  if (list) *list = found->second.list;
  return found->second.object;
}

Verdict judge(const Json& command, const Catalogue& catalogue) {
  const Who who = who_acts(command);
  if (who.fb()) return {true, "a functioneel-beheerder"};
  const Json& name = command.value("opdracht", Json());
  const auto line = name.is_string() ? kTable.find(name.get<std::string>()) : kTable.end();
  if (line == kTable.end()) return {false, "not a command of spec §2.2"};
  switch (line->second.kind) {
    case Line::Kind::anyone: return {true, "anyone, also a visitor"};
    case Line::Kind::fb_only: return {false, "only a functioneel-beheerder"};
    case Line::Kind::registration: return registration(who, command);
    case Line::Kind::proposal_review:
      return beheerder_of_any(proposal_routes(command), Roles::beheerder, who, command, catalogue);
    case Line::Kind::beheerder_of: break;
  }
  if (name == "contactpersoon.registreren" && grants_vng_role(command.value("gegevens", Json())))
    return {false, "a VNG role for the new contactpersoon"};
  return beheerder_of_any(line->second.routes, line->second.roles, who, command, catalogue);
}

}  // namespace authority_oracle

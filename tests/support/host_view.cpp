#include "host_view.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace samen_support {
namespace {

using Json = nlohmann::ordered_json;

// soort (singular, in wijzigingen) -> the state's array (spec §2.1).
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kArrays = {{
    {"organisatie", "organisaties"}, {"contactpersoon", "contactpersonen"}, {"aanvraag", "aanvragen"},
    {"lidmaatschap", "lidmaatschappen"}, {"module", "modules"}, {"dienst", "diensten"}, {"gebruik", "gebruik"},
    {"koppeling", "koppelingen"}, {"afspraak", "afspraken"}, {"evaluatie", "evaluaties"}}};

std::optional<std::string_view> array_of(const std::string& soort) {
  for (const auto& [singular, plural] : kArrays)
    if (singular == soort) return plural;
  return std::nullopt;
}

Json::iterator find_by_id(Json& list, const Json& id) {
  for (auto it = list.begin(); it != list.end(); ++it)
    if (it->is_object() && it->contains("id") && (*it)["id"] == id) return it;
  return list.end();
}

}  // namespace

HostView::HostView(std::string_view exported) : state_(Json::parse(exported)) {}

std::optional<std::string> HostView::persist(std::string_view apply_answer) {
  const Json answer = Json::parse(apply_answer);
  for (const Json& change : answer.at("wijzigingen")) {
    const auto plural = array_of(change.at("soort").get<std::string>());
    if (!plural) return "unknown soort " + change.at("soort").dump();
    Json& list = state_[std::string(*plural)];
    const Json& object = change.at("object");
    const auto existing = find_by_id(list, object.at("id"));
    const std::string actie = change.at("actie").get<std::string>();
    if (actie == "aanmaken") {
      if (existing != list.end()) return "aanmaken of an id the host already has: " + object.at("id").dump();
      list.push_back(object);
    } else if (actie == "wijzigen") {
      if (existing == list.end()) return "wijzigen of an id the host does not have: " + object.at("id").dump();
      *existing = object;
    } else if (actie == "verwijderen") {
      if (existing == list.end()) return "verwijderen of an id the host does not have: " + object.at("id").dump();
      list.erase(existing);
    } else {
      return "unknown actie " + actie;
    }
  }
  return std::nullopt;
}

std::optional<std::string> HostView::difference(std::string_view exported) const {
  const Json engine = Json::parse(exported);
  if (engine == state_) return std::nullopt;
  for (const auto& [name, list] : engine.items()) {
    const auto mine = state_.find(name);
    if (mine == state_.end()) return "the host lacks " + name;
    if (*mine != list) {
      const std::size_t n = std::max(mine->size(), list.size());
      for (std::size_t i = 0; i < n; ++i) {
        const Json a = i < mine->size() ? (*mine)[i] : Json();
        const Json b = i < list.size() ? list[i] : Json();
        if (a != b) return name + "[" + std::to_string(i) + "]: host has " + a.dump() + ", engine has " + b.dump();
      }
    }
  }
  return "the host has arrays the engine does not";
}

}  // namespace samen_support

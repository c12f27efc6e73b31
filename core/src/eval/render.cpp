#include "eval/render.hpp"

namespace samen {
namespace {

constexpr const char* kActies[] = {"aanmaken", "wijzigen", "verwijderen"};

}  // namespace

Json melding_json(const Melding& melding, Taal taal) {
  Json out = Json::object();
  out["code"] = std::string(melding.code());
  out["ernst"] = ernst_name(melding.severity());
  out["melding"] = message(taal, melding.key, melding.args);
  out["pad"] = melding.pad;
  return out;
}

Json meldingen_json(const std::vector<Melding>& meldingen, Taal taal) {
  Json out = Json::array();
  for (const Melding& melding : meldingen) out.push_back(melding_json(melding, taal));
  return out;
}

std::string render_decision(const Decision& decision, Taal taal) {
  Json out = Json::object();
  out["toegestaan"] = decision.toegestaan;
  out["meldingen"] = meldingen_json(decision.meldingen, taal);
  Json wijzigingen = Json::array();
  for (const Change& change : decision.wijzigingen) {
    Json item = Json::object();
    item["actie"] = kActies[static_cast<int>(change.actie)];
    item["soort"] = std::string(kind_name(change.kind));
    item["object"] = change.object;
    wijzigingen.push_back(std::move(item));
  }
  out["wijzigingen"] = std::move(wijzigingen);
  return dump(out);
}

}  // namespace samen

// controle: every rule that can be judged on stored data, over the whole loaded state
// (docs/queries/report.md). Each finding is a melding (code, ernst, melding, pad into the
// exported state) plus the object it is about (soort, id).
#include "queries/controle.hpp"

#include "checks/controle.hpp"
#include "eval/render.hpp"
#include "json/object.hpp"

namespace samen::queries {

Json bevinding_json(const Ctx& c, const Melding& melding, Kind kind, std::string_view id) {
  Json item = melding_json(melding, c.options.taal);
  item["soort"] = std::string(kind_name(kind));
  item["id"] = std::string(id);
  return item;
}

Json controle(Ctx& c) {
  std::size_t fouten = 0, waarschuwingen = 0;
  Json bevindingen = Json::array();
  for (const checks::Finding& finding : checks::run_controle(c)) {
    (finding.melding.severity() == Ernst::fout ? fouten : waarschuwingen) += 1;
    bevindingen.push_back(bevinding_json(c, finding.melding, finding.kind, checks::id_at(c.state, finding.kind, finding.index)));
  }
  Json out = Json::object();
  if (c.command.tijdstip) out["tijdstip"] = c.command.tijdstip_text;
  out["aantallen"] = json_object({{"fout", fouten}, {"waarschuwing", waarschuwingen}});
  out["bevindingen"] = std::move(bevindingen);
  return out;
}

}  // namespace samen::queries

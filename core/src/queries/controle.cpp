// controle: every rule that can be judged on stored data, over the whole loaded state
// (docs/queries/report.md). Each finding is a melding (code, ernst, melding, pad into the
// exported state) plus the object it is about (soort, id).
#include "queries/controle.hpp"

#include "checks/controle.hpp"
#include "eval/render.hpp"

namespace samen::queries {

void write_bevinding(JsonWriter& out, const Ctx& c, const Melding& melding, Kind kind, std::string_view id) {
  write_melding_open(out, melding, c.options.taal);
  out.text("soort", kind_name(kind)).text("id", id).close_object();
}

void controle(Ctx& c, JsonWriter& out) {
  const std::vector<checks::Finding> findings = checks::run_controle(c);
  std::size_t fouten = 0;
  for (const checks::Finding& finding : findings) fouten += finding.melding.severity() == Ernst::fout ? 1 : 0;
  if (c.command.tijdstip) out.text("tijdstip", c.command.tijdstip_text);
  out.key("aantallen").open_object();
  out.number("fout", static_cast<std::int64_t>(fouten)).number("waarschuwing", static_cast<std::int64_t>(findings.size() - fouten));
  out.close_object().key("bevindingen").open_array();
  for (const checks::Finding& finding : findings)
    write_bevinding(out, c, finding.melding, finding.kind, checks::id_at(c.state, finding.kind, finding.index));
  out.close_array();
}

}  // namespace samen::queries

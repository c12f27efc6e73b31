#include "eval/render.hpp"

namespace samen {
namespace {

constexpr const char* kActies[] = {"aanmaken", "wijzigen", "verwijderen"};

}  // namespace

void write_melding_open(JsonWriter& out, const Melding& melding, Taal taal) {
  out.open_object()
      .text("code", melding.code())
      .text("ernst", ernst_name(melding.severity()))
      .text("melding", message(taal, melding.key, melding.args))
      .text("pad", melding.pad);
}

void write_meldingen(JsonWriter& out, const std::vector<Melding>& meldingen, Taal taal) {
  out.open_array();
  for (const Melding& melding : meldingen) {
    write_melding_open(out, melding, taal);
    out.close_object();
  }
  out.close_array();
}

std::string render_decision(const Decision& decision, Taal taal) {
  JsonWriter out;
  out.open_object().flag("toegestaan", decision.toegestaan).key("meldingen");
  write_meldingen(out, decision.meldingen, taal);
  out.key("wijzigingen").open_array();
  for (const Change& change : decision.wijzigingen) {
    out.open_object()
        .text("actie", kActies[static_cast<int>(change.actie)])
        .text("soort", kind_name(change.kind))
        .key("object")
        .json(change.object)
        .close_object();
  }
  out.close_array().close_object();
  return out.str();
}

}  // namespace samen

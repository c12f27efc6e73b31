// Agreements (spec §4.6; seeds: the guide's four steps and the association's two partner
// models): a collective records how it works with a partner, moves it through verkennen,
// delen, overeenkomen, uitvoeren to afgerond, and either party may end it at any time.
// The rules AFS-001 ... AFS-008 live in agreement_rules.cpp.
#include "rules/agreements.hpp"

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/decode.hpp"
#include "rules/agreement_rules.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"

namespace samen::rules {
namespace {

// A stored afspraak without a (valid) fase counts as just recorded.
Fase fase_of(const Afspraak& afspraak) { return afspraak.fase.value_or(Fase::verkennen); }

// The afspraak named by gegevens.id; it decides who may act, so it is resolved in stage 1.
const Afspraak* named_afspraak(Ctx& c) {
  const auto id = Fields(c, c.command.gegevens, "/gegevens").id("id");
  return id ? c.resolve<Afspraak>(*id) : nullptr;
}

bool null_given(const Ctx& c, std::string_view key) {
  const Json* gegevens = c.command.gegevens;
  if (!gegevens) return false;
  const auto found = gegevens->find(key);
  return found != gegevens->end() && found->is_null();
}

// ORG-003: the collective and the partner of an afspraak, and the actor's own organisation.
void require_parties_active(Ctx& c, const Organisatie* collective, std::string_view collective_pad,
                            const Organisatie* partner, std::string_view partner_pad) {
  require_active(c, collective, collective_pad);
  require_active(c, partner, partner_pad);
  require_actor_active(c, {collective, partner});
}

}  // namespace

void afspraak_vastleggen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto samenwerking = g.id("samenwerking");
  read_afspraak_fields(c, Need::required);
  refuse_fixed_changes(c, {"fase", "vastgelegdOp", "beeindigdOp"}, Json::object());
  const Organisatie* collective = samenwerking ? c.resolve<Organisatie>(*samenwerking) : nullptr;
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {samenwerking->text})) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  require_collective(c, *collective, *samenwerking);
  Json afspraak = new_object(c);
  const Organisatie* partner = resolve_partner(c, afspraak, collective->id);
  const AfspraakTerms terms = decode_terms(afspraak);
  check_terms(c, terms, partner, Pads{c, std::nullopt});
  if (terms.evenement) afs006_no_overlapping_event(c, collective->id, *terms.evenement, std::nullopt, "/gegevens/evenement");
  require_parties_active(c, collective, samenwerking->pad, partner, "/gegevens/partner");
  if (c.blocked()) return;

  afspraak["fase"] = std::string(kFasen.name(Fase::verkennen));
  afspraak["vastgelegdOp"] = c.command.tijdstip_text;
  c.create(Kind::afspraak, std::move(afspraak));
}

void afspraak_wijzigen(Ctx& c) {
  const Afspraak* stored = named_afspraak(c);
  read_afspraak_fields(c, Need::optional);
  refuse_fixed_changes(c, {"samenwerking", "fase", "vastgelegdOp", "beeindigdOp"},
                       stored ? parse_stored(stored->json) : Json::object());
  if (null_given(c, "partnermodel")) c.report("INVOER-001", "/gegevens/partnermodel", {"/gegevens/partnermodel"});
  if (!stored || c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(stored->samenwerking)})) return;

  c.stage(Stage::rules);
  if (!afs007_not_final(c, *stored)) return;
  const Slot slot = *c.state.slot(stored->id);
  const Json before = c.current(slot);
  Json afspraak = with_changes(c, slot);
  const Organisatie* collective = c.state.get<Organisatie>(stored->samenwerking);
  const Organisatie* partner = resolve_partner(c, afspraak, stored->samenwerking);
  const AfspraakTerms terms = decode_terms(afspraak);
  const Pads pads{c, std::nullopt};
  check_terms(c, terms, partner, pads);
  // After overeenkomen, a change may not undo what that phase needed (spec §7).
  if (agreed(fase_of(*stored))) {
    afs004_goals_and_roles(c, terms, pads);
    afs005_conditions_met(c, terms, pads);
  }
  if (Fields(c, c.command.gegevens, "/gegevens").has("evenement") && terms.evenement)
    afs006_no_overlapping_event(c, stored->samenwerking, *terms.evenement, slot.index, "/gegevens/evenement");
  require_parties_active(c, collective, "/gegevens/id", partner, pads({"partner", "id"}));
  if (c.blocked() || afspraak == before) return;

  c.modify(slot) = std::move(afspraak);
}

void afspraak_fase_wijzigen(Ctx& c) {
  const Afspraak* stored = named_afspraak(c);
  const auto fase = Fields(c, c.command.gegevens, "/gegevens").choice("fase", kFasen);
  if (!stored || c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(stored->samenwerking)})) return;

  c.stage(Stage::rules);
  if (!afs007_not_final(c, *stored)) return;
  const Fase from = fase_of(*stored);
  afs004_phase_in_order(c, from, *fase);
  if (agreed(*fase)) {
    const Pads pads{c, std::string("/gegevens/fase")};
    afs004_goals_and_roles(c, stored->terms, pads);
    afs005_conditions_met(c, stored->terms, pads);
  }
  afs008_support_before_moving_on(c, from, *fase, stored->terms);
  require_parties_active(c, c.state.get<Organisatie>(stored->samenwerking), "/gegevens/id",
                         c.state.get<Organisatie>(stored->partner), "/gegevens/id");
  if (c.blocked()) return;

  c.modify(*c.state.slot(stored->id))["fase"] = std::string(kFasen.name(*fase));
}

void afspraak_beeindigen(Ctx& c) {
  const Afspraak* stored = named_afspraak(c);
  Fields(c, c.command.gegevens, "/gegevens").text("reden", Need::optional);
  if (!stored || c.blocked()) return;

  // Either party may end it (without a partner, the collective alone).
  c.stage(Stage::authority);
  const std::string_view collective = c.state.name(stored->samenwerking);
  const std::string_view partner = stored->partner ? c.state.name(stored->partner) : collective;
  if (!authorize(c, {collective, partner}, {kBeheerderRollen, "AFS-007", "/gegevens/id"})) return;

  // "Partijen kunnen op elk moment de samenwerking stoppen": ending needs no Actief party.
  c.stage(Stage::rules);
  if (!afs007_not_final(c, *stored)) return;

  Json& afspraak = c.modify(*c.state.slot(stored->id));
  afspraak["fase"] = std::string(kFasen.name(Fase::beeindigd));
  afspraak["beeindigdOp"] = c.command.tijdstip_text;
  if (const Json* reden = Fields(c, c.command.gegevens, "/gegevens").raw("reden")) afspraak["reden"] = *reden;
}

}  // namespace samen::rules

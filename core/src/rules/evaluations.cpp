// Evaluations (spec §4.7): a collective's beheerder records a Plan-Do-Check-Act evaluation of
// the collective or of one of its afspraken, with the guide's four questions. Rules EVAL-001,
// EVAL-002, EVAL-004 here; EVAL-003 is judged over the state by controle and rapport.
#include "rules/evaluations.hpp"

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/text.hpp"
#include "model/time.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"

namespace samen::rules {
namespace {

constexpr std::string_view kPdca[] = {"plan", "do", "check", "act"};

// What an evaluation is about, and the collective whose beheerder records it.
struct Subject {
  const Organisatie* organisation = nullptr;  // the subject itself, when it is an organisation
  const Afspraak* afspraak = nullptr;         // or when it is an afspraak
  Id collective;
};

// onderwerp: a collective or an afspraak. Resolved in stage 1: it decides who may act.
std::optional<Subject> resolve_subject(Ctx& c, const IdField& field) {
  const auto slot = c.state.slot(field.text);
  if (!slot) {
    c.report("INVOER-003", field.pad, {field.pad, field.text});
    return std::nullopt;
  }
  if (slot->kind == Kind::organisatie) {
    const Organisatie& organisation = c.state.at<Organisatie>(slot->index);
    return Subject{&organisation, nullptr, organisation.id};
  }
  if (slot->kind == Kind::afspraak) {
    const Afspraak& afspraak = c.state.at<Afspraak>(slot->index);
    return Subject{nullptr, &afspraak, afspraak.samenwerking};
  }
  c.report("INVOER-002/soort", field.pad, {field.pad, field.text, "Samenwerking/Community/afspraak"});
  return std::nullopt;
}

// EVAL-004: the evaluation answers "stopzetten": a hint to consider ending it (not given for
// an afspraak that has ended already).
void eval004_consider_stopping(Ctx& c, const Subject& subject) {
  if (subject.afspraak && subject.afspraak->ended()) return;
  const Json* stopzetten = Fields(c, c.command.gegevens, "/gegevens").raw("stopzetten");
  if (stopzetten && stopzetten->is_boolean() && stopzetten->get<bool>()) c.report("EVAL-004", "/gegevens/stopzetten");
}

// Active subjects (spec §7 "Evaluations"): a collective that is Actief, an afspraak in uitvoeren.
// Returns whether the subject is active and, for an afspraak, when it was recorded.
bool active_subject(const State& state, Slot slot, std::optional<std::int64_t>& recorded) {
  if (slot.kind == Kind::organisatie) {
    const Organisatie& o = state.at<Organisatie>(slot.index);
    return o.type && is_collective(*o.type) && o.status == OrgStatus::Actief;
  }
  if (slot.kind == Kind::afspraak) {
    const Afspraak& a = state.at<Afspraak>(slot.index);
    recorded = a.vastgelegd_op;
    return a.fase == Fase::uitvoeren;
  }
  return false;
}

}  // namespace

const Evaluatie* latest_evaluation(const State& state, Id subject) {
  const Evaluatie* latest = nullptr;
  for (std::uint32_t index : state.index.evaluaties_by_onderwerp.get(subject)) {
    const Evaluatie& e = state.at<Evaluatie>(index);
    if (e.vastgelegd_op && (!latest || *e.vastgelegd_op > *latest->vastgelegd_op)) latest = &e;
  }
  return latest;
}

void eval001_pdca_complete(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  for (std::string_view step : kPdca) {
    const Json* value = g.raw(step);
    if (!value || !value->is_string() || trim(value->get_ref<const std::string&>()).empty())
      c.report("EVAL-001", g.pad(step), {step});
  }
}

void evaluatie_vastleggen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto onderwerp = g.id("onderwerp");
  for (std::string_view step : kPdca) g.text(step, Need::optional);  // their absence is EVAL-001's
  g.flag("verlooptZoalsGepland");
  g.text("bijsturen", Need::optional);
  g.flag("stopzetten");
  g.flag("zelfdeDoel");
  refuse_fixed_changes(c, {"vastgelegdOp"}, Json::object());
  const auto subject = onderwerp ? resolve_subject(c, *onderwerp) : std::nullopt;
  if (c.blocked()) return;

  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(subject->collective)}, {kBeheerderRollen, "EVAL-002", onderwerp->pad})) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  if (subject->organisation) require_collective(c, *subject->organisation, *onderwerp);
  eval001_pdca_complete(c);
  eval004_consider_stopping(c, *subject);
  require_actor_active(c);
  if (c.blocked()) return;

  Json evaluatie = new_object(c);
  evaluatie["vastgelegdOp"] = c.command.tijdstip_text;
  c.create(Kind::evaluatie, std::move(evaluatie));
}

std::optional<Melding> eval003_overdue(const State& state, const Beleid& beleid, Id subject, std::int64_t tijdstip,
                                       std::string pad) {
  const auto slot = state.slot(subject);
  std::optional<std::int64_t> recorded;
  if (!slot || !active_subject(state, *slot, recorded)) return std::nullopt;
  const Evaluatie* latest_evaluatie = latest_evaluation(state, subject);
  const auto latest = latest_evaluatie ? latest_evaluatie->vastgelegd_op : std::nullopt;
  const auto since = latest ? latest : recorded;
  if (since && tijdstip <= add_months_ms(*since, beleid.evaluatie_termijn_maanden)) return std::nullopt;
  Melding melding;
  melding.stage = Stage::rules;
  melding.key = latest ? "EVAL-003" : "EVAL-003/nooit";
  melding.pad = std::move(pad);
  melding.args = {object_label(state, state.name(subject)), std::to_string(beleid.evaluatie_termijn_maanden)};
  return melding;
}

std::vector<Melding> eval003_overdue(const State& state, const Beleid& beleid, std::int64_t tijdstip) {
  std::vector<Melding> out;
  const auto scan = [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    std::size_t exported = 0;  // position in the exported array: removed objects are not exported
    for (const T& item : state.table<T>().items) {
      if (item.removed) continue;
      const std::string pad = pointer_join(pointer_join("", kKindArrays[static_cast<std::size_t>(T::kKind)]), exported++);
      if (auto melding = eval003_overdue(state, beleid, item.id, tijdstip, pad)) out.push_back(std::move(*melding));
    }
  };
  scan(static_cast<Organisatie*>(nullptr));
  scan(static_cast<Afspraak*>(nullptr));
  return out;
}

}  // namespace samen::rules

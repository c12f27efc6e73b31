#include "eval/context.hpp"

#include <algorithm>

#include "model/order.hpp"

namespace samen {

void Ctx::report(std::string_view key, std::string_view pad, MessageArgs args) {
  record(Melding{stage_, std::string(key), std::string(pad), owned(args), std::nullopt});
}

void Ctx::record(Melding melding) {
  melding.stage = stage_;
  if (melding.severity() == Ernst::fout) blocked_ = true;
  meldingen_.push_back(std::move(melding));
}

void Ctx::effect(std::string_view key, std::string_view pad, MessageArgs args) {
  effects_.push_back(Melding{Stage::rules, std::string(key), std::string(pad), owned(args), std::nullopt});
}

const Json* Ctx::pending(std::string_view id) const {
  const auto found = change_by_id_.find(std::string(id));
  if (found == change_by_id_.end()) return nullptr;
  const Change& change = changes_[found->second];
  return change.actie == Actie::verwijderen ? nullptr : &change.object;
}

bool Ctx::require_new(const IdField& field) {
  if (state.slot(field.text) || pending(field.text)) {
    report("INVOER-004", field.pad, {field.text});
    return false;
  }
  return true;
}

std::string Ctx::label(Id id) const { return label(state.name(id)); }

std::string Ctx::label(std::string_view id) const { return object_label(state, id); }

std::string object_label(const State& state, std::string_view id) {
  std::string naam;
  if (const auto slot = state.slot(id)) {
    with_kind(slot->kind, [&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      if constexpr (requires(const T& t) { t.naam; }) naam = state.at<T>(slot->index).naam;
    });
  }
  if (naam.empty()) return std::string(id);
  return naam + " (" + std::string(id) + ")";
}

Json& Ctx::create(Kind kind, Json object) {
  const std::string id = object.at("id").get<std::string>();
  change_by_id_[id] = changes_.size();
  changes_.push_back(Change{Actie::aanmaken, kind, std::nullopt, std::move(object)});
  return changes_.back().object;
}

std::string Ctx::id_of(Slot slot) const {
  return with_kind(slot.kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    return std::string(state.name(state.at<T>(slot.index).id));
  });
}

Json Ctx::current(Slot slot) const {
  if (const Json* changed = pending(id_of(slot))) return *changed;
  return parse_stored(state.json_of(slot));
}

Json& Ctx::modify(Slot slot) {
  const std::string_view json = state.json_of(slot);
  const std::string id = id_of(slot);
  if (const auto found = change_by_id_.find(id); found != change_by_id_.end()) return changes_[found->second].object;
  change_by_id_[id] = changes_.size();
  changes_.push_back(Change{Actie::wijzigen, slot.kind, slot, parse_stored(json)});
  return changes_.back().object;
}

void Ctx::remove(Slot slot) {
  Json& object = modify(slot);
  Change& change = changes_[change_by_id_.at(object.at("id").get<std::string>())];
  change.actie = Actie::verwijderen;
  change.object = parse_stored(state.json_of(slot));  // as it was
}

Decision Ctx::finish() && {
  Decision decision;
  decision.toegestaan = !blocked_;
  decision.meldingen = std::move(meldingen_);
  if (decision.toegestaan) {
    for (Melding& melding : effects_) decision.meldingen.push_back(std::move(melding));
    decision.wijzigingen.assign(std::make_move_iterator(changes_.begin()), std::make_move_iterator(changes_.end()));
  }
  stable_sort_items(decision.meldingen, [](const Melding& a, const Melding& b) {
    if (a.stage != b.stage) return a.stage < b.stage;
    if (a.pad != b.pad) return a.pad < b.pad;
    return a.code() < b.code();
  });
  // The same finding twice (e.g. one id listed twice) is reported once.
  decision.meldingen.erase(std::unique(decision.meldingen.begin(), decision.meldingen.end(),
                                       [](const Melding& a, const Melding& b) {
                                         return a.key == b.key && a.pad == b.pad && a.args == b.args;
                                       }),
                           decision.meldingen.end());
  return decision;
}

}  // namespace samen

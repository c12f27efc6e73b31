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

std::optional<std::uint32_t> Ctx::change_of(std::string_view id) const {
  return change_by_id_.find(id, [&](std::uint32_t position) -> std::string_view { return change_ids_[position]; });
}

Json& Ctx::add_change(std::string id, Change change) {
  changes_.push_back(std::make_unique<Change>(std::move(change)));
  change_ids_.push_back(std::move(id));
  change_by_id_.add(change_ids_.back(), static_cast<std::uint32_t>(changes_.size() - 1));
  return changes_.back()->object;
}

const Json* Ctx::pending(std::string_view id) const {
  const auto found = change_of(id);
  if (!found) return nullptr;
  const Change& change = *changes_[*found];
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
  std::string id = object.at("id").get<std::string>();
  return add_change(std::move(id), Change{Actie::aanmaken, kind, std::nullopt, std::move(object)});
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
  std::string id = id_of(slot);
  if (const auto found = change_of(id)) return changes_[*found]->object;
  return add_change(std::move(id), Change{Actie::wijzigen, slot.kind, slot, parse_stored(json)});
}

void Ctx::remove(Slot slot) {
  modify(slot);
  Change& change = *changes_[*change_of(id_of(slot))];  // modify() has just made sure of it
  change.actie = Actie::verwijderen;
  change.object = parse_stored(state.json_of(slot));  // as it was
}

Decision Ctx::finish() && {
  Decision decision;
  decision.toegestaan = !blocked_;
  decision.meldingen = std::move(meldingen_);
  if (decision.toegestaan) {
    for (Melding& melding : effects_) decision.meldingen.push_back(std::move(melding));
    decision.wijzigingen.reserve(changes_.size());
    for (auto& change : changes_) decision.wijzigingen.push_back(std::move(*change));
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

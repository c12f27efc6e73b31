// The evaluation context of one command: what the rules read (state, options, command)
// and what they produce (meldingen and wijzigingen). Rules never touch the state; apply
// commits the wijzigingen afterwards, so a refused command cannot change anything.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/command.hpp"
#include "json/json.hpp"
#include "messages/messages.hpp"
#include "model/state.hpp"
#include "model/text_arena.hpp"
#include "model/text_index.hpp"
#include "options.hpp"

namespace samen {

// The order of evaluation (spec §7): shape first, then authority, then everything else.
enum class Stage : std::uint8_t { shape = 1, authority = 2, rules = 3 };

struct Melding {
  Stage stage = Stage::rules;
  std::string key;  // message key: the code, or "CODE/variant"
  std::string pad;  // JSON Pointer into the command
  std::vector<std::string> args;
  std::optional<Ernst> ernst;  // only where a report overrides the catalogue's severity

  std::string_view code() const { return code_of(key); }
  Ernst severity() const { return ernst.value_or(ernst_of(code())); }
};

enum class Actie : std::uint8_t { aanmaken, wijzigen, verwijderen };

struct Change {
  Actie actie;
  Kind kind;
  std::optional<Slot> slot;  // the existing object, for wijzigen and verwijderen
  Json object;               // the full object after the change (before, for verwijderen)
};

struct Decision {
  bool toegestaan = true;
  std::vector<Melding> meldingen;  // sorted by stage, pad, code
  std::vector<Change> wijzigingen;  // empty when refused
};

// "naam (id)", or just the id: how messages name an object (also outside a command).
std::string object_label(const State& state, std::string_view id);

// An id given in the gegevens, with where it was given. Both views live as long as the
// evaluation (the command's DOM, and the context's arena of pointers): nothing to destroy, so
// the many rules that hold one need no cleanup code for it (issue 7).
struct IdField {
  std::string_view text;
  std::string_view pad;
};

class Ctx {
 public:
  Ctx(const State& state_in, const Options& options_in, const Command& command_in)
      : state(state_in), options(options_in), beleid(options_in.beleid), command(command_in) {}

  const State& state;
  const Options& options;
  const Beleid& beleid;
  const Command& command;
  const Actor& actor() const { return command.actor; }

  void stage(Stage stage) { stage_ = stage; }
  // Records a melding of the current stage; its severity comes from the rule catalogue.
  void report(std::string_view key, std::string_view pad, MessageArgs args = {});
  // A melding made before the evaluation began (the envelope's), recorded in the current stage.
  void record(Melding melding);
  // A warning about the effect of the command (LID-007, KOP-006): kept only if allowed.
  void effect(std::string_view key, std::string_view pad, MessageArgs args = {});
  // True once any melding of severity "fout" was recorded.
  bool blocked() const { return blocked_; }

  // Resolving ids named in the gegevens: INVOER-003 when missing, INVOER-002 when the object
  // is of another kind. Null when either was reported.
  template <class T>
  const T* resolve(const IdField& field);
  // INVOER-004 when an object with this id exists or is being created by this command.
  bool require_new(const IdField& field);

  // A JSON Pointer kept for the rest of the evaluation (IdField, Fields): views instead of
  // strings spare the many rules that hold them cleanup code (issue 7).
  std::string_view keep(std::string_view pad) { return pads_.append(pad); }

  // "naam (id)", or just the id: how messages name an object.
  std::string label(Id id) const;
  std::string label(std::string_view id) const;

  // Wijzigingen. Several changes to one object within a command merge into one.
  // References stay valid for the whole evaluation.
  Json& create(Kind kind, Json object);
  Json& modify(Slot slot);
  // The object as this command has it so far (pending changes included), as a copy.
  Json current(Slot slot) const;
  void remove(Slot slot);

  Decision finish() &&;

 private:
  const Json* pending(std::string_view id) const;
  std::string id_of(Slot slot) const;
  std::optional<std::uint32_t> change_of(std::string_view id) const;  // its position in changes_
  Json& add_change(std::string id, Change change);

  Stage stage_ = Stage::shape;
  bool blocked_ = false;
  std::vector<Melding> meldingen_;
  std::vector<Melding> effects_;
  std::vector<std::unique_ptr<Change>> changes_;  // each on its own: references handed out stay valid
  std::vector<std::string> change_ids_;  // the id of each change in changes_
  TextIndex change_by_id_;
  TextArena pads_{256};
};

template <class T>
const T* Ctx::resolve(const IdField& field) {
  const auto slot = state.slot(field.text);
  if (!slot) {
    report("INVOER-003", field.pad, {field.pad, field.text});
    return nullptr;
  }
  if (slot->kind != T::kKind) {
    report("INVOER-002/soort", field.pad, {field.pad, field.text, kind_name(T::kKind)});
    return nullptr;
  }
  return &state.at<T>(slot->index);
}

}  // namespace samen

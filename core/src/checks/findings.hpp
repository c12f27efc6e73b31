// The findings of `controle` (spec §2.4, §6 `samen check`): every rule that can be judged on
// stored data, over the whole state. Each family of checks (checks/*.cpp) walks its tables once
// and reports what it finds about an object; the report names the object (soort, id) and points
// at the offending field with a JSON Pointer into the exported state ("/gebruik/12/deelnemers/0").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/context.hpp"
#include "model/state.hpp"

namespace samen::checks {

struct Finding {
  Kind kind;
  std::uint32_t index;  // table position of the object the finding is about
  std::string within;   // JSON Pointer inside that object ("" for the object itself)
  Melding melding;      // melding.pad: the full JSON Pointer into the exported state
};

class Findings {
 public:
  // The query's context: its state, policy, tijdstip (for EVAL-003) and how it names objects.
  explicit Findings(const Ctx& ctx);

  const Ctx& ctx;
  const State& state;
  const Beleid& beleid;
  std::optional<std::int64_t> tijdstip() const { return ctx.command.tijdstip; }

  // Records a finding; its severity is the code's (spec §5) unless `ernst` overrides it.
  void report(Kind kind, std::uint32_t index, std::string_view within, std::string_view key, MessageArgs args = {},
              std::optional<Ernst> ernst = std::nullopt);
  template <class T>
  void report(const T& object, std::string_view within, std::string_view key, MessageArgs args = {},
              std::optional<Ernst> ernst = std::nullopt) {
    report(T::kKind, index_of(object), within, key, args, ernst);
  }
  // The same for a melding whose arguments were made elsewhere (by a rule written for commands).
  void record(Kind kind, std::uint32_t index, std::string within, std::string key, std::vector<std::string> args,
              std::optional<Ernst> ernst = std::nullopt);

  // "/gebruik/12": where the object stands in the exported state (removed objects are not exported).
  std::string pointer(Kind kind, std::uint32_t index) const;
  template <class T>
  std::string pointer(const T& object, std::string_view within = {}) const {
    return pointer(T::kKind, index_of(object)) + std::string(within);
  }
  template <class T>
  std::uint32_t index_of(const T& object) const {
    return static_cast<std::uint32_t>(&object - state.table<T>().items.data());
  }
  std::string label(Id id) const { return ctx.label(id); }
  std::string name(Id id) const { return std::string(state.name(id)); }
  // A reference that was given: present and not "" (an empty one counts as absent).
  bool given(Id id) const { return id && !state.name(id).empty(); }

  // A list with an element that is not a string: its typed view skips that element, so the
  // positions of the others are unknown there and the families leave its elements alone.
  void mark_irregular(Kind kind, std::uint32_t index);
  template <class T>
  bool regular(const T& object) const {
    return !irregular_[static_cast<std::size_t>(T::kKind)][index_of(object)];
  }

  // Whether `member` has an active membership of `collective` (as stored, whatever the time).
  bool active_member(Id collective, Id member) const;

  // Judges a stored object with a rule written for commands: the object stands in for the
  // gegevens of a scratch command, and each melding's pad ("/gegevens/…") moves onto the object.
  template <class Rule>
  void judge_stored(Kind kind, std::uint32_t index, const Json& stored, Rule&& rule) {
    Command command;
    command.opdracht = "controle";
    command.gegevens = &stored;
    command.tijdstip = tijdstip();
    Ctx scratch(state, ctx.options, command);
    rule(scratch);
    for (Melding& melding : std::move(scratch).finish().meldingen) adopt(kind, index, std::move(melding));
  }

  // Sorted by object (export order), then by pointer inside it, then by code; each once.
  std::vector<Finding> take() &&;

 private:
  void adopt(Kind kind, std::uint32_t index, Melding melding);

  std::array<std::vector<std::uint32_t>, kKindCount> positions_;
  std::array<std::vector<char>, kKindCount> irregular_;  // bytes: no std::vector<bool> code in the module
  std::vector<Finding> findings_;
};

// The id of the object at a table position.
std::string_view id_at(const State& state, Kind kind, std::uint32_t index);
// Where one object stands in the exported state ("/afspraken/3"), counted from the start of its
// table: for a few objects; Findings::pointer answers in constant time for the whole report.
std::string pointer_to(const State& state, Kind kind, std::uint32_t index);

// Whether a stored object has `key` with a value: not absent, null or "".
inline bool filled(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  return found != object.end() && !found->is_null() && !(found->is_string() && found->get_ref<const std::string&>().empty());
}

// Calls f with every object of kind T that was not removed, in table (export) order.
template <class T, class F>
void each(const State& state, F&& f) {
  const auto& items = state.table<T>().items;
  for (std::uint32_t i = 0; i < items.size(); ++i)
    if (!items[i].removed) f(items[i]);
}

}  // namespace samen::checks

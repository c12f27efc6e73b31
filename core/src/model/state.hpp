// The loaded catalogue: one table per kind, ids interned, and the indexes the rules look
// things up by, so that deciding one command never scans a whole table.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "json/json.hpp"
#include "model/ids.hpp"
#include "model/interval_index.hpp"
#include "model/multi_index.hpp"
#include "model/objects.hpp"
#include "model/text_arena.hpp"

namespace samen {

struct CapturedField;  // model/decode.hpp

template <class T>
struct Table {
  std::vector<T> items;  // removed objects stay as tombstones so that indexes stay valid
};

struct Slot {
  Kind kind;
  std::uint32_t index;
};

struct Indexes {
  MultiIndex<Id, IdHash> memberships_by_collective;
  MultiIndex<Id, IdHash> memberships_by_member;
  MultiIndex<std::uint64_t> open_memberships_by_pair;  // pair_key(collective, member)
  MultiIndex<Id, IdHash> contactpersonen_by_organisatie;
  MultiIndex<Id, IdHash> modules_by_aanbieder;
  MultiIndex<std::uint64_t> modules_by_name;           // module_name_key(aanbieder, naam)
  MultiIndex<Id, IdHash> diensten_by_aanbieder;
  MultiIndex<Id, IdHash> diensten_by_module;
  MultiIndex<Id, IdHash> usage_by_afnemer;
  MultiIndex<Id, IdHash> usage_by_module;
  MultiIndex<std::uint64_t> usage_by_afnemer_module;   // pair_key(afnemer, module)
  MultiIndex<Id, IdHash> usage_by_deelnemer;
  MultiIndex<Id, IdHash> usage_by_dienst;
  MultiIndex<Id, IdHash> koppelingen_by_eigenaar;
  MultiIndex<Id, IdHash> koppelingen_by_module;        // module A or B
  MultiIndex<Id, IdHash> koppelingen_by_deelnemer;
  MultiIndex<std::uint64_t> koppelingen_by_pair;       // unordered_pair_key(module A, module B or none)
  MultiIndex<Id, IdHash> afspraken_by_samenwerking;
  MultiIndex<Id, IdHash> afspraken_by_partner;
  MultiIndex<Id, IdHash> evaluaties_by_onderwerp;
  IntervalIndexById events_by_samenwerking;  // afspraken whose evenement takes a date (AFS-006)
};

// Not copyable: objects hold views into the state's own text arena. Moving keeps them valid.
class State {
 public:
  State() = default;
  State(State&&) noexcept = default;
  State& operator=(State&&) noexcept = default;
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  IdTable ids;
  Indexes index;

  template <class T>
  Table<T>& table() { return std::get<Table<T>>(tables_); }
  template <class T>
  const Table<T>& table() const { return std::get<Table<T>>(tables_); }

  // The object an id names, if it exists (references to missing objects are allowed).
  std::optional<Slot> slot(Id id) const {
    if (id.value >= slots_.size() || !slots_[id.value].defined) return std::nullopt;
    return Slot{slots_[id.value].kind, slots_[id.value].index};
  }
  std::optional<Slot> slot(std::string_view id) const {
    const auto found = ids.find(id);
    return found ? slot(*found) : std::nullopt;
  }
  std::optional<Id> find_id(std::string_view text) const { return ids.find(text); }
  std::string_view name(Id id) const { return ids.name(id); }

  // Typed lookup: the object with this id if it exists and is of kind T.
  template <class T>
  const T* get(Id id) const {
    const auto found = slot(id);
    if (!found || found->kind != T::kKind) return nullptr;
    return &table<T>().items[found->index];
  }
  template <class T>
  const T& at(std::uint32_t position) const { return table<T>().items[position]; }

  // Stored JSON of any object, by slot: valid until the state next changes.
  std::string_view json_of(Slot slot) const;

  // Mutation, used by load and by committing an applied command. Each decodes the object
  // from its JSON and keeps every index in step. `object` must have a string "id".
  std::uint32_t insert(Kind kind, const Json& object);
  // The same for an object whose compact text is already written (the streaming loader):
  // `captured` says where in `json` the values of the keys decode() reads are
  // (decoded_keys()). decode() reads them in place, from the copy in the arena.
  std::uint32_t insert(Kind kind, std::string_view json, std::span<const CapturedField> captured);
  void replace(Slot slot, const Json& object);
  void remove(Slot slot);

  std::size_t count(Kind kind) const;  // live objects of a kind
  void reserve(Kind kind, std::size_t objects);  // room for this many in the kind's table
  std::string export_json() const;
  // Bytes of object text the state holds: live texts plus those replaced or removed and not
  // yet compacted away. Stays below twice the live bytes plus a small constant.
  std::size_t text_bytes_held() const { return texts_.bytes(); }

 private:
  struct SlotEntry {
    Kind kind = Kind::organisatie;
    bool defined = false;
    std::uint32_t index = 0;
  };
  void set_slot(Id id, Kind kind, std::uint32_t position);
  template <class T>
  void own_texts(T& item);  // moves the decoded text views into texts_
  template <class T>
  std::uint32_t add(Kind kind, T& item);  // a decoded item with its json in texts_: the table, indexes, slot
  void release_texts(std::size_t bytes);  // counts them as waste; compacts when waste dominates
  void compact_texts();

  std::tuple<Table<Organisatie>, Table<Contactpersoon>, Table<Aanvraag>, Table<Lidmaatschap>, Table<Module>,
             Table<Dienst>, Table<Gebruik>, Table<Koppeling>, Table<Afspraak>, Table<Evaluatie>>
      tables_;
  std::vector<SlotEntry> slots_;  // by Id.value
  std::array<std::size_t, kKindCount> live_counts_{};
  TextArena texts_;                  // every object's json and other texts
  std::size_t wasted_text_bytes_ = 0;  // in texts_, no longer referenced by any object
};

// Calls f with a (typed) null pointer of the object type of `kind`, to dispatch on kind.
template <class F>
decltype(auto) with_kind(Kind kind, F&& f) {
  switch (kind) {
    case Kind::organisatie: return f(static_cast<Organisatie*>(nullptr));
    case Kind::contactpersoon: return f(static_cast<Contactpersoon*>(nullptr));
    case Kind::aanvraag: return f(static_cast<Aanvraag*>(nullptr));
    case Kind::lidmaatschap: return f(static_cast<Lidmaatschap*>(nullptr));
    case Kind::module: return f(static_cast<Module*>(nullptr));
    case Kind::dienst: return f(static_cast<Dienst*>(nullptr));
    case Kind::gebruik: return f(static_cast<Gebruik*>(nullptr));
    case Kind::koppeling: return f(static_cast<Koppeling*>(nullptr));
    case Kind::afspraak: return f(static_cast<Afspraak*>(nullptr));
    case Kind::evaluatie: break;
  }
  return f(static_cast<Evaluatie*>(nullptr));
}

}  // namespace samen

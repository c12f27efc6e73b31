// Which index entries each kind of object has. One function per kind serves both adding and
// removing, so that the two can never disagree.
#pragma once

#include "model/state.hpp"

namespace samen {

struct IndexOp {
  bool add;
  std::uint32_t value;

  template <class Key, class Hash>
  void operator()(MultiIndex<Key, Hash>& index, const Key& key) const {
    if (add) index.add(key, value);
    else index.remove(key, value);
  }
  template <class Hash>
  void operator()(MultiIndex<Id, Hash>& index, Id key) const {
    if (!key) return;  // absent reference: nothing to index
    if (add) index.add(key, value);
    else index.remove(key, value);
  }
};

void update_indexes(Indexes& index, const IdTable& ids, const Organisatie& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Contactpersoon& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Aanvraag& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Lidmaatschap& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Module& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Dienst& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Gebruik& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Koppeling& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Afspraak& object, IndexOp op);
void update_indexes(Indexes& index, const IdTable& ids, const Evaluatie& object, IndexOp op);

// Index keys that are derived from text.
// A module's name key is a hash of aanbieder and fold_case(trim(naam)): a string per key
// would cost more than the module. Look modules up by name with first_module_named.
std::uint64_t module_name_key(Id aanbieder, std::string_view naam);
// The first module (export order) of this aanbieder with this name, case-insensitive, trimmed.
std::optional<std::uint32_t> first_module_named(const State& state, Id aanbieder, std::string_view naam);
// An aanvraag's name as ORG-001 compares it with the collective's: case-insensitive, trimmed.
std::string aanvraag_name_key(std::string_view naam);

}  // namespace samen

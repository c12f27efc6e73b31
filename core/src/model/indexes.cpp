#include "model/indexes.hpp"

#include <algorithm>

#include "model/text.hpp"
#include "model/text_index.hpp"

namespace samen {

std::uint64_t module_name_key(Id aanbieder, std::string_view naam) {
  return text_hash(fold_case(trim(naam)), kTextHashBasis ^ aanbieder.value);
}

std::optional<std::uint32_t> first_module_named(const State& state, Id aanbieder, std::string_view naam) {
  const std::string wanted = fold_case(trim(naam));
  for (std::uint32_t position : state.index.modules_by_name.get(module_name_key(aanbieder, naam))) {
    const Module& module = state.at<Module>(position);  // the key may collide: compare the names
    if (module.aanbieder == aanbieder && fold_case(trim(module.naam)) == wanted) return position;
  }
  return std::nullopt;
}

std::string aanvraag_name_key(std::string_view naam) { return fold_case(trim(naam)); }

void update_indexes(Indexes&, const IdTable&, const Organisatie&, IndexOp) {}

void update_indexes(Indexes& index, const IdTable&, const Contactpersoon& o, IndexOp op) {
  op(index.contactpersonen_by_organisatie, o.organisatie);
}

void update_indexes(Indexes&, const IdTable&, const Aanvraag&, IndexOp) {}

void update_indexes(Indexes& index, const IdTable&, const Lidmaatschap& o, IndexOp op) {
  op(index.memberships_by_collective, o.samenwerking);
  op(index.memberships_by_member, o.lid);
  if (o.open()) op(index.open_memberships_by_pair, pair_key(o.samenwerking, o.lid));
}

void update_indexes(Indexes& index, const IdTable&, const Module& o, IndexOp op) {
  op(index.modules_by_aanbieder, o.aanbieder);
  if (o.aanbieder && !o.naam.empty()) op(index.modules_by_name, module_name_key(o.aanbieder, o.naam));
}

void update_indexes(Indexes& index, const IdTable&, const Dienst& o, IndexOp op) {
  op(index.diensten_by_aanbieder, o.aanbieder);
  for (Id module : o.modules) op(index.diensten_by_module, module);
}

void update_indexes(Indexes& index, const IdTable&, const Gebruik& o, IndexOp op) {
  op(index.usage_by_afnemer, o.afnemer);
  op(index.usage_by_module, o.module);
  op(index.usage_by_afnemer_module, pair_key(o.afnemer, o.module));
  for (Id deelnemer : o.deelnemers) op(index.usage_by_deelnemer, deelnemer);
  for (Id dienst : o.diensten) op(index.usage_by_dienst, dienst);
}

void update_indexes(Indexes& index, const IdTable&, const Koppeling& o, IndexOp op) {
  op(index.koppelingen_by_eigenaar, o.eigenaar);
  op(index.koppelingen_by_module, o.module_a);
  if (o.module_b != o.module_a) op(index.koppelingen_by_module, o.module_b);
  for (Id deelnemer : o.deelnemers) op(index.koppelingen_by_deelnemer, deelnemer);
  op(index.koppelingen_by_pair, unordered_pair_key(o.module_a, o.module_b));
}

void update_indexes(Indexes& index, const IdTable&, const Afspraak& o, IndexOp op) {
  op(index.afspraken_by_samenwerking, o.samenwerking);
  op(index.afspraken_by_partner, o.partner);
  if (o.samenwerking && o.holds_date()) {
    if (op.add) index.events_by_samenwerking.add(o.samenwerking, *o.terms.evenement, op.value);
    else index.events_by_samenwerking.remove(o.samenwerking, *o.terms.evenement, op.value);
  }
}

void update_indexes(Indexes& index, const IdTable&, const Evaluatie& o, IndexOp op) {
  op(index.evaluaties_by_onderwerp, o.onderwerp);
}

}  // namespace samen

#include "model/decode.hpp"

#include <algorithm>

#include "json/same_text.hpp"
#include "model/order.hpp"
#include "model/state.hpp"
#include "model/time.hpp"

namespace samen {

FieldValue ObjectFields::find(std::string_view key) const {
  if (asked_) {
    asked_->push_back(key);
    return {};
  }
  if (object_) {
    const auto found = object_->find(key);
    return found == object_->end() ? FieldValue() : FieldValue(&*found);
  }
  for (const CapturedField& field : captured_)
    if (same_text(field.key, key)) return FieldValue(StoredValue(text_.substr(field.begin, field.end - field.begin)), *decoded_);
  return {};
}

const std::string* string_field(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  return found == object.end() || !found->is_string() ? nullptr : &found->get_ref<const std::string&>();
}

namespace {

// A view into the decoded object: State::insert and replace move it into the arena.
std::string_view text(const FieldValue& value) { return value.string().value_or(std::string_view()); }

Id ref(const FieldValue& value, IdTable& ids) {
  const auto id = value.string();
  return id ? ids.intern(*id) : Id{};
}

IdList refs(const FieldValue& value, IdTable& ids) {
  std::vector<Id> out;
  value.each_element([&](const FieldValue& item) {
    if (const auto id = item.string()) out.push_back(ids.intern(*id));
  });
  if (out.empty()) return {};
  return out;
}

template <class E, std::size_t N>
std::optional<E> choice(const FieldValue& value, const Vocab<E, N>& vocab) {
  const auto name = value.string();
  return name ? vocab.parse(*name) : std::nullopt;
}

std::optional<std::int64_t> instant(const FieldValue& value) {
  const auto text = value.string();
  return text ? parse_datetime(*text) : std::nullopt;
}

std::optional<std::int32_t> date(const FieldValue& value) {
  const auto text = value.string();
  return text ? parse_date(*text) : std::nullopt;
}

std::optional<bool> flag(const FieldValue& value) { return value.boolean(); }

void base(ObjectFields object, IdTable& ids, ObjectBase& out) { out.id = ref(object.find("id"), ids); }

}  // namespace

std::vector<std::string_view> decoded_keys(Kind kind) {
  std::vector<std::string_view> keys;
  const ObjectFields recorder(&keys);
  IdTable ids;
  with_kind(kind, [&](auto* type) {
    std::remove_pointer_t<decltype(type)> item;
    decode(recorder, ids, item);
  });
  stable_sort_items(keys, [](std::string_view a, std::string_view b) { return a < b; });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void decode(ObjectFields o, IdTable& ids, Organisatie& out) {
  base(o, ids, out);
  out.naam = text(o.find("naam"));
  out.type = choice(o.find("type"), kOrgTypes);
  out.status = choice(o.find("status"), kOrgStatuses).value_or(OrgStatus::Concept);
  out.winstoogmerk = flag(o.find("winstoogmerk"));
  out.deelnemers = refs(o.find("deelnemers"), ids);
  out.deelnames = refs(o.find("deelnames"), ids);
}

void decode(ObjectFields o, IdTable& ids, Contactpersoon& out) {
  base(o, ids, out);
  out.organisatie = ref(o.find("organisatie"), ids);
  out.rollen = 0;
  o.find("rollen").each_element([&](const FieldValue& item) {
    if (const auto name = item.string())
      if (const auto rol = parse_rol(*name)) out.rollen |= bit(*rol);
  });
}

void decode(ObjectFields o, IdTable& ids, Aanvraag& out) {
  base(o, ids, out);
  out.naam = text(o.find("naam"));
  out.type = choice(o.find("type"), kOrgTypes);
  out.status = choice(o.find("status"), kAanvraagStatuses);
  out.organisatie = ref(o.find("organisatie"), ids);
}

void decode(ObjectFields o, IdTable& ids, Lidmaatschap& out) {
  base(o, ids, out);
  out.samenwerking = ref(o.find("samenwerking"), ids);
  out.lid = ref(o.find("lid"), ids);
  out.status = choice(o.find("status"), kLidStatuses);
  out.actief_sinds = instant(o.find("actiefSinds"));
  out.beeindigd_op = instant(o.find("beeindigdOp"));
}

void decode(ObjectFields o, IdTable& ids, Module& out) {
  base(o, ids, out);
  out.naam = text(o.find("naam"));
  out.aanbieder = ref(o.find("aanbieder"), ids);
}

void decode(ObjectFields o, IdTable& ids, Dienst& out) {
  base(o, ids, out);
  out.naam = text(o.find("naam"));
  out.aanbieder = ref(o.find("aanbieder"), ids);
  out.modules = refs(o.find("modules"), ids);
}

void decode(ObjectFields o, IdTable& ids, Gebruik& out) {
  base(o, ids, out);
  out.afnemer = ref(o.find("afnemer"), ids);
  out.module = ref(o.find("module"), ids);
  out.status = choice(o.find("status"), kGebruikStatuses);
  out.deelnemers = refs(o.find("deelnemers"), ids);
  out.diensten = refs(o.find("diensten"), ids);
  out.voorstel.reset();
  if (const FieldValue voorstel = o.find("voorstel"); voorstel.is_object())
    out.voorstel = Voorstel{ref(voorstel.member("door"), ids), choice(voorstel.member("status"), kVoorstelStatuses)};
}

void decode(ObjectFields o, IdTable& ids, Koppeling& out) {
  base(o, ids, out);
  out.naam = text(o.find("naam"));
  out.eigenaar = ref(o.find("eigenaar"), ids);
  out.module_a = ref(o.find("moduleA"), ids);
  out.module_b = ref(o.find("moduleB"), ids);
  out.buitengemeentelijk = o.find("buitengemeentelijkVoorziening").string();
  out.richting = choice(o.find("gegevensuitwisselingRichting"), kRichtingen);
  out.status = choice(o.find("status"), kKoppelingStatuses);
  out.deelnemers = refs(o.find("deelnemers"), ids);
}

void decode(ObjectFields o, IdTable& ids, Afspraak& out) {
  base(o, ids, out);
  out.samenwerking = ref(o.find("samenwerking"), ids);
  out.partner = ref(o.find("partner"), ids);
  out.fase = choice(o.find("fase"), kFasen);
  out.vastgelegd_op = instant(o.find("vastgelegdOp"));
  out.terms = decode_terms(o);
}

AfspraakTerms decode_terms(ObjectFields o) {
  AfspraakTerms out;
  out.partnermodel = choice(o.find("partnermodel"), kPartnermodellen);
  out.buro_ondersteuning = choice(o.find("buroOndersteuning"), kBuroOndersteuning);
  out.goedkeuring_bestuur = flag(o.find("goedkeuringBestuur")).value_or(false);
  out.draagvlak = flag(o.find("draagvlak")).value_or(false);
  out.rolverdeling = choice(o.find("rolverdeling"), kRolverdelingen).has_value();
  o.find("financieleVerplichtingen").each_element([&](const FieldValue& item) {
    if (const auto kind = choice(item, kFinancieleVerplichtingen))
      out.financiele_verplichtingen |= static_cast<std::uint8_t>(1u << *kind);
  });
  o.find("voorwaarden").each_member([&](std::string_view key, const FieldValue& value) {
    if (const auto condition = kVoorwaarden.parse(key); condition && value.boolean().value_or(false))
      out.voorwaarden_met |= static_cast<std::uint8_t>(1u << *condition);
  });
  o.find("doelstellingen").each_element([&](const FieldValue& item) {
    if (const auto goal = item.string(); goal && !goal->empty()) out.doelstellingen = true;
  });
  if (const FieldValue evenement = o.find("evenement"); evenement.is_object()) {
    const auto from = date(evenement.member("van"));
    const auto to = date(evenement.member("tot"));
    if (from && to && *from <= *to) out.evenement = DateInterval{*from, *to};
  }
  return out;
}

void decode(ObjectFields o, IdTable& ids, Evaluatie& out) {
  base(o, ids, out);
  out.onderwerp = ref(o.find("onderwerp"), ids);
  out.vastgelegd_op = instant(o.find("vastgelegdOp"));
  out.stopzetten = flag(o.find("stopzetten")).value_or(false);
}

}  // namespace samen

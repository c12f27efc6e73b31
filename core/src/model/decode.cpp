#include "model/decode.hpp"

#include <algorithm>

#include "json/same_text.hpp"
#include "model/state.hpp"
#include "model/time.hpp"

namespace samen {

const Json* ObjectFields::find(std::string_view key) const {
  if (asked_) {
    asked_->push_back(key);
    return nullptr;
  }
  if (captured_) {
    for (const CapturedField& field : *captured_)
      if (same_text(field.key, key)) return &field.value;
    return nullptr;
  }
  const auto found = object_->find(key);
  return found == object_->end() ? nullptr : &*found;
}

namespace {

const std::string* string_of(const Json* value) {
  return value && value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
}

}  // namespace

const std::string* string_field(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  return found == object.end() ? nullptr : string_of(&*found);
}

namespace {

// A view into the decoded JSON: State::insert and replace move it into the arena.
std::string_view text(ObjectFields object, std::string_view key) {
  const std::string* value = string_of(object.find(key));
  return value ? std::string_view(*value) : std::string_view();
}

Id ref(ObjectFields object, std::string_view key, IdTable& ids) {
  const std::string* value = string_of(object.find(key));
  return value ? ids.intern(*value) : Id{};
}

IdList refs(ObjectFields object, std::string_view key, IdTable& ids) {
  const Json* found = object.find(key);
  if (!found || !found->is_array() || found->empty()) return {};
  std::vector<Id> out;
  out.reserve(found->size());
  for (const Json& item : *found)
    if (item.is_string()) out.push_back(ids.intern(item.get_ref<const std::string&>()));
  return out;
}

template <class E, std::size_t N>
std::optional<E> choice(ObjectFields object, std::string_view key, const Vocab<E, N>& vocab) {
  const std::string* value = string_of(object.find(key));
  return value ? vocab.parse(*value) : std::nullopt;
}

std::optional<std::int64_t> instant(ObjectFields object, std::string_view key) {
  const std::string* value = string_of(object.find(key));
  return value ? parse_datetime(*value) : std::nullopt;
}

std::optional<bool> flag(ObjectFields object, std::string_view key) {
  const Json* found = object.find(key);
  if (!found || !found->is_boolean()) return std::nullopt;
  return found->get<bool>();
}

void base(ObjectFields object, IdTable& ids, ObjectBase& out) { out.id = ref(object, "id", ids); }

}  // namespace

std::vector<std::string_view> decoded_keys(Kind kind) {
  std::vector<std::string_view> keys;
  const ObjectFields recorder(&keys);
  IdTable ids;
  with_kind(kind, [&](auto* type) {
    std::remove_pointer_t<decltype(type)> item;
    decode(recorder, ids, item);
  });
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void decode(ObjectFields o, IdTable& ids, Organisatie& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.type = choice(o, "type", kOrgTypes);
  out.status = choice(o, "status", kOrgStatuses).value_or(OrgStatus::Concept);
  out.winstoogmerk = flag(o, "winstoogmerk");
  out.deelnemers = refs(o, "deelnemers", ids);
  out.deelnames = refs(o, "deelnames", ids);
}

void decode(ObjectFields o, IdTable& ids, Contactpersoon& out) {
  base(o, ids, out);
  out.organisatie = ref(o, "organisatie", ids);
  out.rollen = 0;
  if (const Json* found = o.find("rollen"); found && found->is_array())
    for (const Json& item : *found)
      if (item.is_string())
        if (const auto rol = parse_rol(item.get_ref<const std::string&>())) out.rollen |= bit(*rol);
}

void decode(ObjectFields o, IdTable& ids, Aanvraag& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.type = choice(o, "type", kOrgTypes);
  out.status = choice(o, "status", kAanvraagStatuses);
  out.organisatie = ref(o, "organisatie", ids);
}

void decode(ObjectFields o, IdTable& ids, Lidmaatschap& out) {
  base(o, ids, out);
  out.samenwerking = ref(o, "samenwerking", ids);
  out.lid = ref(o, "lid", ids);
  out.status = choice(o, "status", kLidStatuses);
  out.actief_sinds = instant(o, "actiefSinds");
  out.beeindigd_op = instant(o, "beeindigdOp");
}

void decode(ObjectFields o, IdTable& ids, Module& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.aanbieder = ref(o, "aanbieder", ids);
}

void decode(ObjectFields o, IdTable& ids, Dienst& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.aanbieder = ref(o, "aanbieder", ids);
  out.modules = refs(o, "modules", ids);
}

void decode(ObjectFields o, IdTable& ids, Gebruik& out) {
  base(o, ids, out);
  out.afnemer = ref(o, "afnemer", ids);
  out.module = ref(o, "module", ids);
  out.status = choice(o, "status", kGebruikStatuses);
  out.deelnemers = refs(o, "deelnemers", ids);
  out.diensten = refs(o, "diensten", ids);
  out.voorstel.reset();
  if (const Json* found = o.find("voorstel"); found && found->is_object())
    out.voorstel = Voorstel{ref(*found, "door", ids), choice(*found, "status", kVoorstelStatuses)};
}

void decode(ObjectFields o, IdTable& ids, Koppeling& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.eigenaar = ref(o, "eigenaar", ids);
  out.module_a = ref(o, "moduleA", ids);
  out.module_b = ref(o, "moduleB", ids);
  const std::string* voorziening = string_of(o.find("buitengemeentelijkVoorziening"));
  out.buitengemeentelijk = voorziening ? std::optional<std::string_view>(*voorziening) : std::nullopt;
  out.richting = choice(o, "gegevensuitwisselingRichting", kRichtingen);
  out.status = choice(o, "status", kKoppelingStatuses);
  out.deelnemers = refs(o, "deelnemers", ids);
}

void decode(ObjectFields o, IdTable& ids, Afspraak& out) {
  base(o, ids, out);
  out.samenwerking = ref(o, "samenwerking", ids);
  out.partner = ref(o, "partner", ids);
  out.fase = choice(o, "fase", kFasen);
  out.vastgelegd_op = instant(o, "vastgelegdOp");
  out.terms = decode_terms(o);
}

AfspraakTerms decode_terms(ObjectFields o) {
  AfspraakTerms out;
  out.partnermodel = choice(o, "partnermodel", kPartnermodellen);
  out.buro_ondersteuning = choice(o, "buroOndersteuning", kBuroOndersteuning);
  out.goedkeuring_bestuur = flag(o, "goedkeuringBestuur").value_or(false);
  out.draagvlak = flag(o, "draagvlak").value_or(false);
  out.rolverdeling = choice(o, "rolverdeling", kRolverdelingen).has_value();
  if (const Json* found = o.find("financieleVerplichtingen"); found && found->is_array())
    for (const Json& item : *found)
      if (const auto kind = item.is_string() ? kFinancieleVerplichtingen.parse(item.get_ref<const std::string&>()) : std::nullopt)
        out.financiele_verplichtingen |= static_cast<std::uint8_t>(1u << *kind);
  if (const Json* found = o.find("voorwaarden"); found && found->is_object())
    for (const auto& [key, value] : found->items())
      if (const auto condition = kVoorwaarden.parse(key); condition && value.is_boolean() && value.get<bool>())
        out.voorwaarden_met |= static_cast<std::uint8_t>(1u << *condition);
  if (const Json* found = o.find("doelstellingen"); found && found->is_array())
    for (const Json& item : *found)
      if (item.is_string() && !item.get_ref<const std::string&>().empty()) out.doelstellingen = true;
  if (const Json* found = o.find("evenement"); found && found->is_object()) {
    const std::string* van = string_field(*found, "van");
    const std::string* tot = string_field(*found, "tot");
    const auto from = van ? parse_date(*van) : std::nullopt;
    const auto to = tot ? parse_date(*tot) : std::nullopt;
    if (from && to && *from <= *to) out.evenement = DateInterval{*from, *to};
  }
  return out;
}

void decode(ObjectFields o, IdTable& ids, Evaluatie& out) {
  base(o, ids, out);
  out.onderwerp = ref(o, "onderwerp", ids);
  out.vastgelegd_op = instant(o, "vastgelegdOp");
  out.stopzetten = flag(o, "stopzetten").value_or(false);
}

}  // namespace samen

#include "model/decode.hpp"

#include "model/time.hpp"

namespace samen {

const std::string* string_field(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) return nullptr;
  return &found->get_ref<const std::string&>();
}

namespace {

std::string text(const Json& object, std::string_view key) {
  const std::string* value = string_field(object, key);
  return value ? *value : std::string();
}

Id ref(const Json& object, std::string_view key, IdTable& ids) {
  const std::string* value = string_field(object, key);
  return value ? ids.intern(*value) : Id{};
}

std::vector<Id> refs(const Json& object, std::string_view key, IdTable& ids) {
  std::vector<Id> out;
  const auto found = object.find(key);
  if (found == object.end() || !found->is_array()) return out;
  out.reserve(found->size());
  for (const Json& item : *found)
    if (item.is_string()) out.push_back(ids.intern(item.get_ref<const std::string&>()));
  return out;
}

template <class E, std::size_t N>
std::optional<E> choice(const Json& object, std::string_view key, const Vocab<E, N>& vocab) {
  const std::string* value = string_field(object, key);
  return value ? vocab.parse(*value) : std::nullopt;
}

std::optional<std::int64_t> instant(const Json& object, std::string_view key) {
  const std::string* value = string_field(object, key);
  return value ? parse_datetime(*value) : std::nullopt;
}

std::optional<bool> flag(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_boolean()) return std::nullopt;
  return found->get<bool>();
}

void base(const Json& object, IdTable& ids, ObjectBase& out) { out.id = ref(object, "id", ids); }

}  // namespace

void decode(const Json& o, IdTable& ids, Organisatie& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.type = choice(o, "type", kOrgTypes);
  out.status = choice(o, "status", kOrgStatuses).value_or(OrgStatus::Concept);
  out.winstoogmerk = flag(o, "winstoogmerk");
  out.deelnemers = refs(o, "deelnemers", ids);
  out.deelnames = refs(o, "deelnames", ids);
}

void decode(const Json& o, IdTable& ids, Contactpersoon& out) {
  base(o, ids, out);
  out.organisatie = ref(o, "organisatie", ids);
  out.rollen = 0;
  if (const auto found = o.find("rollen"); found != o.end() && found->is_array())
    for (const Json& item : *found)
      if (item.is_string())
        if (const auto rol = parse_rol(item.get_ref<const std::string&>())) out.rollen |= bit(*rol);
}

void decode(const Json& o, IdTable& ids, Aanvraag& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.type = choice(o, "type", kOrgTypes);
  out.status = choice(o, "status", kAanvraagStatuses);
  out.organisatie = ref(o, "organisatie", ids);
}

void decode(const Json& o, IdTable& ids, Lidmaatschap& out) {
  base(o, ids, out);
  out.samenwerking = ref(o, "samenwerking", ids);
  out.lid = ref(o, "lid", ids);
  out.status = choice(o, "status", kLidStatuses);
  out.actief_sinds = instant(o, "actiefSinds");
  out.beeindigd_op = instant(o, "beeindigdOp");
}

void decode(const Json& o, IdTable& ids, Module& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.aanbieder = ref(o, "aanbieder", ids);
}

void decode(const Json& o, IdTable& ids, Dienst& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.aanbieder = ref(o, "aanbieder", ids);
  out.modules = refs(o, "modules", ids);
}

void decode(const Json& o, IdTable& ids, Gebruik& out) {
  base(o, ids, out);
  out.afnemer = ref(o, "afnemer", ids);
  out.module = ref(o, "module", ids);
  out.status = choice(o, "status", kGebruikStatuses);
  out.deelnemers = refs(o, "deelnemers", ids);
  out.diensten = refs(o, "diensten", ids);
  out.voorstel.reset();
  if (const auto found = o.find("voorstel"); found != o.end() && found->is_object())
    out.voorstel = Voorstel{ref(*found, "door", ids), choice(*found, "status", kVoorstelStatuses)};
}

void decode(const Json& o, IdTable& ids, Koppeling& out) {
  base(o, ids, out);
  out.naam = text(o, "naam");
  out.eigenaar = ref(o, "eigenaar", ids);
  out.module_a = ref(o, "moduleA", ids);
  out.module_b = ref(o, "moduleB", ids);
  const std::string* voorziening = string_field(o, "buitengemeentelijkVoorziening");
  out.buitengemeentelijk = voorziening ? std::optional<std::string>(*voorziening) : std::nullopt;
  out.richting = choice(o, "gegevensuitwisselingRichting", kRichtingen);
  out.status = choice(o, "status", kKoppelingStatuses);
  out.deelnemers = refs(o, "deelnemers", ids);
}

void decode(const Json& o, IdTable& ids, Afspraak& out) {
  base(o, ids, out);
  out.samenwerking = ref(o, "samenwerking", ids);
  out.partner = ref(o, "partner", ids);
  out.fase = choice(o, "fase", kFasen);
  out.vastgelegd_op = instant(o, "vastgelegdOp");
  out.terms = decode_terms(o);
}

AfspraakTerms decode_terms(const Json& o) {
  AfspraakTerms out;
  out.partnermodel = choice(o, "partnermodel", kPartnermodellen);
  out.buro_ondersteuning = choice(o, "buroOndersteuning", kBuroOndersteuning);
  out.goedkeuring_bestuur = flag(o, "goedkeuringBestuur").value_or(false);
  out.draagvlak = flag(o, "draagvlak").value_or(false);
  out.rolverdeling = choice(o, "rolverdeling", kRolverdelingen).has_value();
  if (const auto found = o.find("financieleVerplichtingen"); found != o.end() && found->is_array())
    for (const Json& item : *found)
      if (const auto kind = item.is_string() ? kFinancieleVerplichtingen.parse(item.get_ref<const std::string&>()) : std::nullopt)
        out.financiele_verplichtingen |= static_cast<std::uint8_t>(1u << *kind);
  if (const auto found = o.find("voorwaarden"); found != o.end() && found->is_object())
    for (const auto& [key, value] : found->items())
      if (const auto condition = kVoorwaarden.parse(key); condition && value.is_boolean() && value.get<bool>())
        out.voorwaarden_met |= static_cast<std::uint8_t>(1u << *condition);
  if (const auto found = o.find("doelstellingen"); found != o.end() && found->is_array())
    for (const Json& item : *found)
      if (item.is_string() && !item.get_ref<const std::string&>().empty()) out.doelstellingen = true;
  if (const auto found = o.find("evenement"); found != o.end() && found->is_object()) {
    const std::string* van = string_field(*found, "van");
    const std::string* tot = string_field(*found, "tot");
    const auto from = van ? parse_date(*van) : std::nullopt;
    const auto to = tot ? parse_date(*tot) : std::nullopt;
    if (from && to && *from <= *to) out.evenement = DateInterval{*from, *to};
  }
  return out;
}

void decode(const Json& o, IdTable& ids, Evaluatie& out) {
  base(o, ids, out);
  out.onderwerp = ref(o, "onderwerp", ids);
  out.vastgelegd_op = instant(o, "vastgelegdOp");
  out.stopzetten = flag(o, "stopzetten").value_or(false);
}

}  // namespace samen

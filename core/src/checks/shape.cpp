// Shape of the stored objects: required fields, JSON types, closed lists and references
// (INVOER-001, INVOER-002, INVOER-003), from one schema per kind. Fields that a rule's own code
// covers are left to that rule's family (samenwerkingtype: ORG-004; a missing direction of a
// koppeling: KOP-002; grondslag of an aanvraag: AANV-001; plan/do/check/act: EVAL-001), and
// the terms of an afspraak are read by afspraak.*'s own reader (checks/agreements.cpp).
#include <span>

#include "checks/families.hpp"
#include "json/same_text.hpp"
#include "json/stored_view.hpp"
#include "model/time.hpp"

namespace samen::checks {
namespace {

enum class Type : std::uint8_t { text, texts, flag, instant, choice, roles, object, ref, refs };

using KindSet = std::uint16_t;
constexpr KindSet bit(Kind kind) { return static_cast<KindSet>(1u << static_cast<unsigned>(kind)); }

struct Spec {
  std::string_view key;
  Type type;
  bool required = false;
  std::span<const std::string_view> values = {};  // choice: the closed list
  KindSet kinds = 0;                              // ref, refs: what the reference may name
  std::span<const Spec> members = {};             // object: its own fields
};

constexpr KindSet kOrg = bit(Kind::organisatie);
constexpr KindSet kModule = bit(Kind::module);
constexpr std::array<std::string_view, 2> kCollectiveTypes = {"Samenwerking", "Community"};

constexpr Spec kVoorstel[] = {
    {"door", Type::ref, false, {}, kOrg},  // a stored proposal without it is by the module's aanbieder
    {"status", Type::choice, true, kVoorstelStatuses.names},
};
constexpr Spec kAanvraagContact[] = {{"naam", Type::text, true}, {"e-mailadres", Type::text, true}};
constexpr Spec kPraktisch[] = {
    {"tijd", Type::flag}, {"handen", Type::flag}, {"budget", Type::flag}, {"rolverdeling", Type::text}};

constexpr Spec kOrganisatie[] = {
    {"naam", Type::text, true},
    {"type", Type::choice, true, kOrgTypes.names},
    {"status", Type::choice, false, kOrgStatuses.names},
    {"winstoogmerk", Type::flag},
    {"deelnemers", Type::refs, false, {}, kOrg},
    {"deelnames", Type::refs, false, {}, kOrg},
};
constexpr Spec kContactpersoon[] = {
    {"organisatie", Type::ref, true, {}, kOrg},
    {"e-mailadres", Type::text, true},
    {"rollen", Type::roles},
};
constexpr Spec kAanvraag[] = {
    {"naam", Type::text, true},
    {"type", Type::choice, true, kCollectiveTypes},
    {"doel", Type::text, true},
    {"contactpersoon", Type::object, true, {}, 0, kAanvraagContact},
    {"status", Type::choice, true, kAanvraagStatuses.names},
    {"organisatie", Type::ref, false, {}, kOrg},
    {"ingediendOp", Type::instant},
    {"beoordeeldOp", Type::instant},
    {"motieven", Type::texts},
    {"beoogdeLeden", Type::texts},
    {"vorm", Type::choice, false, kVormen.names},
    {"praktisch", Type::object, false, {}, 0, kPraktisch},
    {"draagvlak", Type::flag},
};
constexpr Spec kLidmaatschap[] = {
    {"samenwerking", Type::ref, true, {}, kOrg},
    {"lid", Type::ref, true, {}, kOrg},
    {"status", Type::choice, true, kLidStatuses.names},
    {"aangegevenOp", Type::instant},
    {"actiefSinds", Type::instant},
    {"afgewezenOp", Type::instant},
    {"beeindigdOp", Type::instant},
};
constexpr Spec kModuleSpec[] = {
    {"naam", Type::text, true},
    {"aanbieder", Type::ref, true, {}, kOrg},
};
constexpr Spec kDienst[] = {
    {"naam", Type::text, true},
    {"type", Type::choice, true, kDienstTypen.names},
    {"aanbieder", Type::ref, true, {}, kOrg},
    {"modules", Type::refs, false, {}, kModule},
};
constexpr Spec kGebruik[] = {
    {"afnemer", Type::ref, true, {}, kOrg},
    {"module", Type::ref, true, {}, kModule},
    {"status", Type::choice, true, kGebruikStatuses.names},
    {"deelnemers", Type::refs, false, {}, kOrg},
    {"diensten", Type::refs, false, {}, bit(Kind::dienst)},
    {"voorstel", Type::object, false, {}, 0, kVoorstel},
};
constexpr Spec kKoppeling[] = {
    {"naam", Type::text},
    {"eigenaar", Type::ref, true, {}, kOrg},
    {"moduleA", Type::ref, true, {}, kModule},
    {"moduleB", Type::ref, false, {}, kModule},
    {"buitengemeentelijkVoorziening", Type::text},
    {"gegevensuitwisselingRichting", Type::choice, false, kRichtingen.names},
    {"type", Type::choice, false, kKoppelingTypen.names},
    {"status", Type::choice, false, kKoppelingStatuses.names},
    {"deelnemers", Type::refs, false, {}, kOrg},
};
constexpr Spec kAfspraak[] = {
    {"samenwerking", Type::ref, true, {}, kOrg},
    {"partner", Type::ref, false, {}, kOrg},
    {"fase", Type::choice, true, kFasen.names},
    {"vastgelegdOp", Type::instant},
    {"beeindigdOp", Type::instant},
};
constexpr Spec kEvaluatie[] = {
    {"onderwerp", Type::ref, true, {}, kOrg | bit(Kind::afspraak)},
    {"verlooptZoalsGepland", Type::flag},
    {"bijsturen", Type::text},
    {"stopzetten", Type::flag},
    {"zelfdeDoel", Type::flag},
    {"vastgelegdOp", Type::instant},
};

constexpr std::array<std::span<const Spec>, kKindCount> kSchema = {
    kOrganisatie, kContactpersoon, kAanvraag, kLidmaatschap, kModuleSpec,
    kDienst,      kGebruik,        kKoppeling, kAfspraak,    kEvaluatie};

// The most fields one schema (or nested object) has: the shape check finds them in one pass.
constexpr std::size_t kMaxSpecs = 16;
constexpr bool fits(std::span<const Spec> specs) {
  if (specs.size() > kMaxSpecs) return false;
  for (const Spec& spec : specs)
    if (!fits(spec.members)) return false;
  return true;
}
static_assert([] {
  for (std::span<const Spec> specs : kSchema)
    if (!fits(specs)) return false;
  return true;
}());

std::string joined(std::span<const std::string_view> values) {
  std::string out;
  for (std::string_view value : values) {
    if (!out.empty()) out += ", ";
    out += value;
  }
  return out;
}

std::string kinds_text(KindSet kinds) {
  std::string out;
  for (std::size_t k = 0; k < kKindCount; ++k) {
    if (!(kinds & bit(static_cast<Kind>(k)))) continue;
    if (!out.empty()) out += "/";
    out += kKindNames[k];
  }
  return out;
}

// Where a value is within the object: its JSON Pointer is written only when a finding needs it
// (most values have none).
struct Where {
  const Where* parent = nullptr;  // none: the object itself
  std::string_view key;           // of a member
  std::size_t index = 0;          // of an element
  bool element = false;

  std::string pointer() const {
    if (!parent) return "";
    return element ? pointer_join(parent->pointer(), index) : pointer_join(parent->pointer(), key);
  }
};

// Checks the fields of one stored object against its schema, reading its text in place.
class ObjectShape {
 public:
  ObjectShape(Findings& f, Kind kind, std::uint32_t index) : f_(f), kind_(kind), index_(index) {}

  void fields(StoredValue object, std::span<const Spec> specs, const Where& within) {
    // One pass over the members finds the value of every spec (a schema has at most kMaxSpecs).
    std::array<std::optional<StoredValue>, kMaxSpecs> values;
    object.each_member([&](std::string_view key, StoredValue value) {
      for (std::size_t i = 0; i < specs.size(); ++i)
        if (same_text(specs[i].key, key)) values[i] = value;
    });
    for (std::size_t i = 0; i < specs.size(); ++i) {
      const Spec& spec = specs[i];
      if (!values[i] || values[i]->is_null()) {
        if (spec.required) report(Where{&within, spec.key}, "INVOER-001");
        continue;
      }
      value(*values[i], spec, Where{&within, spec.key});
    }
  }

 private:
  // The first argument of a shape message is where the field is.
  void report(const Where& where, std::string_view key, MessageArgs args = {}) {
    std::string within = where.pointer();
    std::vector<std::string> all;
    all.reserve(args.size() + 1);
    all.push_back(f_.pointer(kind_, index_) + within);
    for (std::string_view arg : args) all.emplace_back(arg);
    f_.record(kind_, index_, std::move(within), std::string(key), std::move(all));
  }

  // A string that is present (its content in text_); an empty one counts as missing where the
  // field is required.
  bool text(StoredValue value, const Spec& spec, const Where& at) {
    if (!value.is_string()) {
      report(at, "INVOER-002/tekst");
      return false;
    }
    text_ = value.string(scratch_);
    if (text_.empty()) {
      if (spec.required) report(at, "INVOER-001");
      return false;
    }
    return true;
  }

  void reference(std::string_view id, const Spec& spec, const Where& at) {
    const auto slot = f_.state.slot(id);
    if (!slot) report(at, "INVOER-003", {id});
    else if (!(spec.kinds & bit(slot->kind))) report(at, "INVOER-002/soort", {id, kinds_text(spec.kinds)});
  }

  void choice(StoredValue value, const Spec& spec, const Where& at) {
    if (!text(value, spec, at)) return;
    for (std::string_view allowed : spec.values)
      if (allowed == text_) return;
    report(at, "INVOER-002/waarde", {text_, joined(spec.values)});
  }

  void value(StoredValue value, const Spec& spec, const Where& at) {
    switch (spec.type) {
      case Type::text: text(value, spec, at); break;
      case Type::flag:
        if (!value.is_boolean()) report(at, "INVOER-002/bool");
        break;
      case Type::instant:
        if (text(value, spec, at) && !parse_datetime(text_)) report(at, "INVOER-002/tijdstip");
        break;
      case Type::choice: choice(value, spec, at); break;
      case Type::object:
        if (!value.is_object()) report(at, "INVOER-002/object");
        else fields(value, spec.members, at);
        break;
      case Type::ref:
        if (text(value, spec, at)) reference(text_, spec, at);
        break;
      case Type::texts:
      case Type::roles:
      case Type::refs: elements(value, spec, at); break;
    }
  }

  void elements(StoredValue list, const Spec& spec, const Where& at) {
    if (!list.is_array()) {
      report(at, "INVOER-002/lijst");
      return;
    }
    list.each_element([&](std::size_t i, StoredValue item) {
      if (!item.is_string()) {
        // The typed view skips this element: the positions of the others are off there.
        if (spec.type == Type::refs) f_.mark_irregular(kind_, index_);
        report(Where{&at, {}, i, true}, "INVOER-002/tekst");
        return;
      }
      const std::string_view given = item.string(scratch_);
      if (given.empty()) report(Where{&at, {}, i, true}, "INVOER-001");
      else if (spec.type == Type::roles && !parse_rol(given)) report(Where{&at, {}, i, true}, "INVOER-002/rol", {given});
      else if (spec.type == Type::refs) reference(given, spec, Where{&at, {}, i, true});
    });
  }

  Findings& f_;
  Kind kind_;
  std::uint32_t index_;
  std::string scratch_;   // a string's content when it has escapes
  std::string_view text_;  // the content of the string text() accepted last
};

}  // namespace

void check_shape(Findings& f) {
  for (std::size_t k = 0; k < kKindCount; ++k) {
    const Kind kind = static_cast<Kind>(k);
    with_kind(kind, [&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      each<T>(f.state, [&](const T& item) {
        ObjectShape(f, kind, f.index_of(item)).fields(StoredValue(item.json), kSchema[k], Where{});
      });
    });
  }
}

}  // namespace samen::checks

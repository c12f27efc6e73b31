// Koppelingen (journey phase 3.4; spec §4.5, §7): a Leverancier links from its own module A, a
// Gemeente links modules of its own landscape, a collective links modules across the landscapes
// of its active members and lists them as deelnemers. Rules KOP-001 ... KOP-006.
#include "rules/koppelingen.hpp"

#include <array>

#include "eval/authority.hpp"
#include "eval/fields.hpp"
#include "model/text.hpp"
#include "rules/common.hpp"
#include "rules/field_changes.hpp"
#include "rules/landscape.hpp"

namespace samen::rules {
namespace {

constexpr std::string_view kModuleA = "moduleA";
constexpr std::string_view kModuleB = "moduleB";
constexpr std::string_view kVoorziening = "buitengemeentelijkVoorziening";
constexpr std::string_view kRichting = "gegevensuitwisselingRichting";
// Optional fields where an empty text means absent, as Fields reads them.
constexpr std::array<std::string_view, 3> kOptionalTexts = {kModuleB, kVoorziening, "naam"};

// The gegevens both commands read; absent ones stay empty.
struct KoppelingFields {
  std::optional<IdField> module_a;
  std::optional<IdField> module_b;
  std::optional<std::vector<IdField>> deelnemers;
};

bool given(const Ctx& c, std::string_view key) { return c.command.gegevens && c.command.gegevens->contains(key); }

const std::string* text_of(const Json& object, std::string_view key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) return nullptr;
  return &found->get_ref<const std::string&>();
}

// KOP-002 (stage 1, in place of INVOER-001): a direction is required when registering and
// cannot be removed by wijzigen.
void kop002_direction(Ctx& c, Fields& g, bool registering) {
  const Json* value = g.raw(kRichting);
  const bool blank = value && value->is_string() && value->get_ref<const std::string&>().empty();
  if (!value || blank) {
    if (registering || given(c, kRichting)) c.report("KOP-002", g.pad(kRichting));
    return;
  }
  g.choice(kRichting, kRichtingen, Need::optional);
}

KoppelingFields read_fields(Ctx& c, Fields& g, bool registering) {
  KoppelingFields out;
  out.module_a = g.id(kModuleA, registering ? Need::required : Need::optional);
  out.module_b = g.id(kModuleB, Need::optional);
  g.text(kVoorziening, Need::optional);
  g.text("naam", Need::optional);
  g.choice("type", kKoppelingTypen, Need::optional);
  g.choice("status", kKoppelingStatuses, Need::optional);
  kop002_direction(c, g, registering);
  out.deelnemers = g.ids("deelnemers");
  return out;
}

// An empty or null optional text the command gives is absent: it is not stored. (Fields the
// command does not give stay as they are.)
void drop_blank_optionals(const Ctx& c, Json& object) {
  for (std::string_view key : kOptionalTexts) {
    if (!given(c, key)) continue;
    const auto found = object.find(key);
    if (found != object.end() && (found->is_null() || (found->is_string() && found->get_ref<const std::string&>().empty())))
      object.erase(found);
  }
}

// KOP-001: exactly one of moduleB and buitengemeentelijkVoorziening, judged on the koppeling as
// the command leaves it.
void kop001_one_far_end(Ctx& c, const Json& koppeling) {
  const bool module_b = text_of(koppeling, kModuleB) != nullptr;
  const bool voorziening = text_of(koppeling, kVoorziening) != nullptr;
  if (module_b == voorziening) c.report("KOP-001", pointer_join("/gegevens", module_b ? kVoorziening : kModuleB));
}

// KOP-003: a Leverancier only links from its own module A.
void kop003_own_module_a(Ctx& c, const Organisatie& eigenaar, const Module& module_a, std::string_view pad) {
  if (eigenaar.type == OrgType::Leverancier && module_a.aanbieder != eigenaar.id) c.report("KOP-003", pad);
}

// A module is in a collective's reach when it is in its own landscape or in that of one of its
// members active at `at`. Costs one index lookup per membership of the collective.
bool in_collective_landscape(const State& state, Id collective, Id module, std::int64_t at) {
  if (in_accepted_landscape(state, collective, module)) return true;
  for (std::uint32_t index : state.index.memberships_by_collective.get(collective)) {
    const Lidmaatschap& m = state.at<Lidmaatschap>(index);
    if (m.status == LidStatus::actief && active_member_at(state, collective, m.lid, at) &&
        in_accepted_landscape(state, m.lid, module))
      return true;
  }
  return false;
}

// KOP-004: a Gemeente links modules of its own landscape, a collective those of its own or its
// active members' landscapes; a Leverancier is bound by KOP-003 instead.
void kop004_in_landscape(Ctx& c, const Organisatie& eigenaar, const Module& module, std::string_view pad) {
  if (!eigenaar.type || eigenaar.type == OrgType::Leverancier) return;
  if (is_collective(*eigenaar.type)) {
    if (!in_collective_landscape(c.state, eigenaar.id, module.id, *c.command.tijdstip))
      c.report("KOP-004/samenwerking", pad, {c.label(module.id), c.label(eigenaar.id)});
  } else if (!in_accepted_landscape(c.state, eigenaar.id, module.id)) {
    c.report("KOP-004", pad, {c.label(module.id), c.label(eigenaar.id)});
  }
}

// KOP-004/lid: every deelnemer is an active member of the eigenaar at tijdstip (so only a
// collective lists any), each listed once.
void kop004_deelnemers(Ctx& c, Id eigenaar, const std::vector<IdField>& deelnemers, std::string_view pad) {
  for (const IdField* deelnemer : distinct_ids(c, deelnemers, pad)) {
    const Organisatie* member = c.resolve<Organisatie>(*deelnemer);
    if (member && !active_member_at(c.state, eigenaar, member->id, *c.command.tijdstip))
      c.report("KOP-004/lid", deelnemer->pad, {c.label(member->id), c.label(eigenaar)});
  }
}

// The two ends of a koppeling as the command leaves it: module A, and module B or the facility.
struct Ends {
  const Module* module_a = nullptr;
  const Module* module_b = nullptr;
  const std::string* voorziening = nullptr;
  bool complete() const { return module_a && ((module_b != nullptr) != (voorziening != nullptr)); }
};

Ends ends_of(const Ctx& c, const Json& koppeling) {
  const auto module = [&](std::string_view key) -> const Module* {
    const std::string* id = text_of(koppeling, key);
    const auto found = id ? c.state.find_id(*id) : std::nullopt;
    return found ? c.state.get<Module>(*found) : nullptr;
  };
  return {module(kModuleA), module(kModuleB), text_of(koppeling, kVoorziening)};
}

// KOP-005 (warning): the eigenaar already has a koppeling, not withdrawn, between the same two
// modules in either order (or from module A to the same facility).
void kop005_duplicate(Ctx& c, Id eigenaar, const Ends& ends, Id self) {
  if (!ends.complete()) return;
  const Id module_b = ends.module_b ? ends.module_b->id : Id{};
  std::string existing;
  for (const Koppeling* k : same_ends(c.state, eigenaar, ends.module_a->id, module_b,
                                            ends.voorziening ? std::optional<std::string_view>(*ends.voorziening) : std::nullopt, self)) {
    if (!existing.empty()) existing += ", ";
    existing += c.state.name(k->id);
  }
  if (!existing.empty())
    c.report("KOP-005", pointer_join("/gegevens", ends.voorziening ? kVoorziening : kModuleB), {existing});
}

// KOP-006 (effect warning): the name "[naam A] → [naam B]" or "[naam A] → [facility]"; a module
// without a name (or not in the state) is named by its id.
void kop006_derive_name(Ctx& c, Json& koppeling) {
  const auto module_name = [&](std::string_view key) {
    const std::string* id = text_of(koppeling, key);
    if (!id) return std::string();
    const auto found = c.state.find_id(*id);
    const Module* module = found ? c.state.get<Module>(*found) : nullptr;
    return module && !module->naam.empty() ? std::string(module->naam) : *id;
  };
  const std::string* voorziening = text_of(koppeling, kVoorziening);
  const std::string naam = module_name(kModuleA) + " → " + (voorziening ? *voorziening : module_name(kModuleB));
  koppeling["naam"] = naam;
  c.effect("KOP-006", "/gegevens/naam", {naam});
}

}  // namespace

std::vector<const Koppeling*> same_ends(const State& state, Id eigenaar, Id module_a, Id module_b,
                                        std::optional<std::string_view> voorziening, Id self) {
  std::vector<const Koppeling*> out;
  for (std::uint32_t index : state.index.koppelingen_by_pair.get(unordered_pair_key(module_a, module_b))) {
    const Koppeling& k = state.at<Koppeling>(index);
    if (k.id == self || k.eigenaar != eigenaar || k.status == KoppelingStatus::teruggetrokken) continue;
    if (voorziening &&
        (k.module_b || !k.buitengemeentelijk || fold_case(trim(*k.buitengemeentelijk)) != fold_case(trim(*voorziening))))
      continue;
    out.push_back(&k);
  }
  return out;
}

void koppeling_registreren(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const auto eigenaar_id = g.id("eigenaar");
  const KoppelingFields fields = read_fields(c, g, true);
  // The eigenaar decides who may act, so it must exist before authority is judged.
  const Organisatie* eigenaar = eigenaar_id ? c.resolve<Organisatie>(*eigenaar_id) : nullptr;
  if (c.blocked() || !eigenaar) return;

  c.stage(Stage::authority);
  if (!authorize(c, {eigenaar_id->text}, {koppeling_roles(eigenaar->type)})) return;

  c.stage(Stage::rules);
  c.require_new(*id);
  Json koppeling = new_object(c);
  drop_blank_optionals(c, koppeling);
  kop001_one_far_end(c, koppeling);
  const Module* module_a = c.resolve<Module>(*fields.module_a);
  const Module* module_b = fields.module_b ? c.resolve<Module>(*fields.module_b) : nullptr;
  if (module_a) {
    kop003_own_module_a(c, *eigenaar, *module_a, fields.module_a->pad);
    kop004_in_landscape(c, *eigenaar, *module_a, fields.module_a->pad);
  }
  if (module_b) kop004_in_landscape(c, *eigenaar, *module_b, fields.module_b->pad);
  if (fields.deelnemers) kop004_deelnemers(c, eigenaar->id, *fields.deelnemers, g.pad("deelnemers"));
  kop005_duplicate(c, eigenaar->id, ends_of(c, koppeling), Id{});
  require_active(c, eigenaar, eigenaar_id->pad);
  require_actor_active(c, {eigenaar});
  if (c.blocked()) return;

  if (!koppeling.contains("naam")) kop006_derive_name(c, koppeling);
  c.create(Kind::koppeling, std::move(koppeling));
}

void koppeling_wijzigen(Ctx& c) {
  Fields g(c, c.command.gegevens, "/gegevens");
  const auto id = g.id("id");
  const KoppelingFields fields = read_fields(c, g, false);
  // The koppeling names the eigenaar, which decides who may act.
  const Koppeling* stored = id ? c.resolve<Koppeling>(*id) : nullptr;
  if (stored) {
    constexpr std::array<std::string_view, 1> kFixed = {"eigenaar"};
    refuse_fixed_changes(c, kFixed, parse_stored(stored->json));
    const auto module_a = c.command.gegevens->find(kModuleA);
    if (module_a != c.command.gegevens->end() && (module_a->is_null() || is_text(*module_a, "")))
      c.report("INVOER-001/verwijderen", g.pad(kModuleA), {g.pad(kModuleA)});
  }
  if (c.blocked() || !stored) return;

  const Organisatie* eigenaar = c.state.get<Organisatie>(stored->eigenaar);
  c.stage(Stage::authority);
  if (!authorize(c, {c.state.name(stored->eigenaar)}, {koppeling_roles(eigenaar ? eigenaar->type : std::nullopt)}))
    return;

  // wijzigen judges what it changes: the rules about a field apply when the command sets it, so
  // a koppeling whose module has since left a landscape can still be renamed or withdrawn.
  c.stage(Stage::rules);
  const Slot slot = *c.state.slot(stored->id);
  const Json before = c.current(slot);
  Json after = with_changes(c, slot);
  drop_blank_optionals(c, after);
  const auto changes = [&](std::string_view key) {
    const auto was = before.find(key);
    const auto now = after.find(key);
    return (was == before.end()) != (now == after.end()) || (was != before.end() && *was != *now);
  };
  if (given(c, kModuleB) || given(c, kVoorziening)) kop001_one_far_end(c, after);
  const auto judge_module = [&](const std::optional<IdField>& field, bool is_a) {
    if (!field || !changes(is_a ? kModuleA : kModuleB)) return;
    const Module* module = c.resolve<Module>(*field);
    if (!module || !eigenaar) return;
    if (is_a) kop003_own_module_a(c, *eigenaar, *module, field->pad);
    kop004_in_landscape(c, *eigenaar, *module, field->pad);
  };
  judge_module(fields.module_a, true);
  judge_module(fields.module_b, false);
  if (fields.deelnemers) kop004_deelnemers(c, stored->eigenaar, *fields.deelnemers, g.pad("deelnemers"));
  if (changes(kModuleA) || changes(kModuleB) || changes(kVoorziening))
    kop005_duplicate(c, stored->eigenaar, ends_of(c, after), stored->id);
  require_active(c, eigenaar, id->pad);
  require_actor_active(c, {eigenaar});
  if (c.blocked()) return;

  if (given(c, "naam") && !after.contains("naam")) kop006_derive_name(c, after);
  if (after != before) c.modify(slot) = std::move(after);
}

}  // namespace samen::rules

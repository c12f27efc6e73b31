// Koppelingen as stored: KOP-001, KOP-002, KOP-003, the deelnemers half of KOP-004 and KOP-005.
// The landscape half of KOP-004 is judged when a koppeling is registered or changed, not here
// (spec §7).

#include "checks/families.hpp"
#include "model/id_set.hpp"
#include "rules/koppelingen.hpp"

namespace samen::checks {
namespace {

// KOP-001: exactly one of moduleB and buitengemeentelijkVoorziening (pointing where the command does).
void kop001_one_target(Findings& f, const Koppeling& k) {
  const bool module_b = f.given(k.module_b);
  const bool voorziening = k.buitengemeentelijk && !k.buitengemeentelijk->empty();
  if (module_b == voorziening) f.report(k, module_b ? "/buitengemeentelijkVoorziening" : "/moduleB", "KOP-001");
}

// KOP-002: a direction is required (a value outside the list is a shape finding).
void kop002_direction(Findings& f, const Koppeling& k) {
  if (k.richting || filled(parse_stored(k.json), "gegevensuitwisselingRichting")) return;
  f.report(k, "/gegevensuitwisselingRichting", "KOP-002");
}

// KOP-003: a Leverancier's koppeling starts from its own module A.
void kop003_own_module_a(Findings& f, const Koppeling& k) {
  const Organisatie* eigenaar = f.state.get<Organisatie>(k.eigenaar);
  const Module* module_a = f.state.get<Module>(k.module_a);
  if (eigenaar && module_a && eigenaar->type == OrgType::Leverancier && module_a->aanbieder != k.eigenaar)
    f.report(k, "/moduleA", "KOP-003");
}

// KOP-004 (deelnemers): each deelnemer is an active member of the eigenaar.
void kop004_deelnemers_are_members(Findings& f, const Koppeling& k) {
  if (k.deelnemers.empty() || !f.regular(k) || !f.state.get<Organisatie>(k.eigenaar)) return;
  IdSet seen;
  for (std::size_t i = 0; i < k.deelnemers.size(); ++i) {
    const Id member = k.deelnemers[i];
    if (!f.state.get<Organisatie>(member) || !seen.insert(member)) continue;
    if (!f.active_member(k.eigenaar, member))
      f.report(k, pointer_join("/deelnemers", i), "KOP-004/lid", {f.label(member), f.label(k.eigenaar)});
  }
}

// KOP-005 (warning): one koppeling, not withdrawn, per eigenaar between the same two modules
// (or module A and the same facility); every later one is reported, naming the first.
void kop005_one_per_pair(Findings& f, const Koppeling& k) {
  if (k.status == KoppelingStatus::teruggetrokken || !f.given(k.module_a)) return;
  const bool voorziening = k.buitengemeentelijk && !k.buitengemeentelijk->empty();
  if (f.given(k.module_b) == voorziening) return;  // KOP-001
  const auto same = rules::same_ends(f.state, k.eigenaar, k.module_a, voorziening ? Id{} : k.module_b,
                                     voorziening ? k.buitengemeentelijk : std::nullopt, k.id);
  if (same.empty() || f.index_of(*same.front()) > f.index_of(k)) return;
  f.report(k, voorziening ? "/buitengemeentelijkVoorziening" : "/moduleB", "KOP-005", {f.name(same.front()->id)});
}

}  // namespace

void check_koppelingen(Findings& f) {
  each<Koppeling>(f.state, [&](const Koppeling& k) {
    kop001_one_target(f, k);
    kop002_direction(f, k);
    kop003_own_module_a(f, k);
    kop004_deelnemers_are_members(f, k);
    kop005_one_per_pair(f, k);
  });
}

}  // namespace samen::checks

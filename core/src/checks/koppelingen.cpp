// Koppelingen as stored: KOP-001, KOP-002, KOP-003, the deelnemers half of KOP-004 and KOP-005.
// The landscape half of KOP-004 is judged when a koppeling is registered or changed, not here
// (spec §7).
#include <unordered_map>
#include <unordered_set>

#include "checks/families.hpp"

namespace samen::checks {
namespace {

// KOP-001: exactly one of moduleB and buitengemeentelijkVoorziening.
void kop001_one_target(Findings& f, const Koppeling& k) {
  const bool module_b = f.given(k.module_b);
  const bool voorziening = k.buitengemeentelijk && !k.buitengemeentelijk->empty();
  if (module_b != voorziening) return;
  f.report(k, module_b ? "/moduleB" : "", "KOP-001");
}

// KOP-002: a direction is required (a value outside the list is a shape finding).
void kop002_direction(Findings& f, const Koppeling& k) {
  if (k.richting || filled(Json::parse(k.json), "gegevensuitwisselingRichting")) return;
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
  std::unordered_set<std::uint32_t> seen;
  for (std::size_t i = 0; i < k.deelnemers.size(); ++i) {
    const Id member = k.deelnemers[i];
    if (!f.state.get<Organisatie>(member) || !seen.insert(member.value).second) continue;
    if (!f.active_member(k.eigenaar, member))
      f.report(k, pointer_join("/deelnemers", i), "KOP-004/lid", {f.label(member), f.label(k.eigenaar)});
  }
}

// KOP-005 (warning): one koppeling per unordered module pair and eigenaar; every later one is
// reported, naming the first. Withdrawn koppelingen do not count.
class Kop005Pairs {
 public:
  void check(Findings& f, const Koppeling& k) {
    if (k.status == KoppelingStatus::teruggetrokken || !f.given(k.eigenaar) || !f.given(k.module_a) ||
        !f.given(k.module_b))
      return;
    const auto [low, high] = std::minmax(k.module_a.value, k.module_b.value);
    const auto [first, added] = first_.try_emplace(Key{k.eigenaar.value, low, high}, &k);
    if (!added) f.report(k, "/moduleB", "KOP-005", {f.name(first->second->id)});
  }

 private:
  struct Key {
    std::uint32_t eigenaar, low, high;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& key) const noexcept {
      return std::hash<std::uint64_t>()(pair_key(Id{key.eigenaar}, Id{key.low})) ^ (std::size_t{key.high} * 0x9E3779B97F4A7C15ull);
    }
  };
  std::unordered_map<Key, const Koppeling*, KeyHash> first_;
};

}  // namespace

void check_koppelingen(Findings& f) {
  Kop005Pairs pairs;
  each<Koppeling>(f.state, [&](const Koppeling& k) {
    kop001_one_target(f, k);
    kop002_direction(f, k);
    kop003_own_module_a(f, k);
    kop004_deelnemers_are_members(f, k);
    pairs.check(f, k);
  });
}

}  // namespace samen::checks

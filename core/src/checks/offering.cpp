// The offering as stored: AANB-001 (who may offer) and AANB-003 (one module name per aanbieder).
#include "checks/families.hpp"
#include "model/indexes.hpp"

namespace samen::checks {
namespace {

// AANB-001: the aanbieder's type is in policy `aanbiederTypen`.
template <class T>
void aanb001_may_offer(Findings& f, const T& offered) {
  const Organisatie* aanbieder = f.state.get<Organisatie>(offered.aanbieder);
  if (aanbieder && aanbieder->type && !contains(f.beleid.aanbieder_typen, *aanbieder->type))
    f.report(offered, "/aanbieder", "AANB-001", {kOrgTypes.name(*aanbieder->type)});
}

// AANB-003: an aanbieder offers one module per name (case-insensitive, trimmed); every later
// one is reported, naming the first.
void aanb003_unique_name(Findings& f, const Module& module) {
  if (!module.aanbieder || module.naam.empty()) return;
  const auto same = first_module_named(f.state, module.aanbieder, module.naam);
  if (!same || *same == f.index_of(module)) return;
  const Module& first = f.state.at<Module>(*same);
  f.report(module, "/naam", "AANB-003", {f.label(module.aanbieder), first.naam, f.name(first.id)});
}

}  // namespace

void check_offering(Findings& f) {
  each<Module>(f.state, [&](const Module& module) {
    aanb001_may_offer(f, module);
    aanb003_unique_name(f, module);
  });
  each<Dienst>(f.state, [&](const Dienst& dienst) { aanb001_may_offer(f, dienst); });
}

}  // namespace samen::checks

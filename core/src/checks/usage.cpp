// Usage as stored: GEBR-001 ... GEBR-004, GEBR-006 (who proposed) and GEBR-007. The
// deelnemers must be active members of the afnemer as the state stands (the engine removes a
// member from them when its membership ends, spec §4.2).

#include "checks/families.hpp"
#include "model/id_set.hpp"
#include "rules/landscape.hpp"
#include "rules/usage.hpp"

namespace samen::checks {
namespace {

// GEBR-002: one live usage per afnemer and module; every later one is reported, naming the first.
void gebr002_one_live_usage(Findings& f, const Gebruik& usage) {
  if (!usage.live()) return;
  const Gebruik* first = own_live_usage(f.state, usage.afnemer, usage.module);
  if (first && first != &usage)
    f.report(usage, "/module", "GEBR-002", {f.label(usage.afnemer), f.name(first->id)});
}

// GEBR-003, GEBR-004 and GEBR-007 over the deelnemers of one usage.
void deelnemers(Findings& f, const Gebruik& usage, const Organisatie& afnemer) {
  if (usage.deelnemers.empty()) return;
  if (!rules::registers_for_members(f.beleid, afnemer.type)) {
    f.report(usage, "/deelnemers", "GEBR-003");
    return;
  }
  if (!f.regular(usage)) return;
  IdSet seen;
  for (std::size_t i = 0; i < usage.deelnemers.size(); ++i) {
    const Id member = usage.deelnemers[i];
    const std::string at = pointer_join("/deelnemers", i);
    if (!f.state.get<Organisatie>(member)) continue;  // a shape finding
    if (member == afnemer.id) f.report(usage, at, "GEBR-004/zelf");
    else if (!seen.insert(member)) f.report(usage, at, "GEBR-004/dubbel", {f.label(member)});
    else if (!f.active_member(afnemer.id, member))
      f.report(usage, at, "GEBR-004/lid", {f.label(member), f.label(afnemer.id)});
    else if (const Gebruik* own = usage.live() ? own_live_usage(f.state, member, usage.module) : nullptr)
      f.report(usage, at, "GEBR-007", {f.label(member), f.name(own->id)});
  }
}

// GEBR-006: a proposal comes from the module's own aanbieder.
void gebr006_proposed_by_aanbieder(Findings& f, const Gebruik& usage) {
  if (!usage.voorstel) return;
  const Module* module = f.state.get<Module>(usage.module);
  const Id door = usage.voorstel->door;
  if (!module || !f.state.get<Organisatie>(door) || !f.given(module->aanbieder) || door == module->aanbieder) return;
  f.report(usage, "/voorstel/door", "GEBR-006/door", {f.label(door), f.label(module->aanbieder)});
}

}  // namespace

void check_usage(Findings& f) {
  each<Gebruik>(f.state, [&](const Gebruik& usage) {
    const Organisatie* afnemer = f.state.get<Organisatie>(usage.afnemer);
    if (afnemer && afnemer->type && !rules::may_register_usage(f.beleid, afnemer->type))
      f.report(usage, "/afnemer", "GEBR-001", {kOrgTypes.name(*afnemer->type)});
    if (afnemer && f.state.get<Module>(usage.module)) gebr002_one_live_usage(f, usage);
    if (afnemer) deelnemers(f, usage, *afnemer);
    gebr006_proposed_by_aanbieder(f, usage);
  });
}

}  // namespace samen::checks

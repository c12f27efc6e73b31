#include "checks/controle.hpp"

#include "checks/families.hpp"

namespace samen::checks {
namespace {

using Family = void (*)(Findings&);

constexpr Family kFamilies[] = {
    check_shape,    check_organisations, check_admission,   check_memberships,
    check_offering, check_usage,         check_koppelingen, check_agreements,
    check_evaluations,
};

}  // namespace

std::vector<Finding> run_controle(const Ctx& ctx) {
  Findings findings(ctx);
  for (Family family : kFamilies) family(findings);
  return std::move(findings).take();
}

}  // namespace samen::checks

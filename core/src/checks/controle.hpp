// `controle` over the whole loaded state: every family of stored-data checks, one report.
#pragma once

#include <vector>

#include "checks/findings.hpp"

namespace samen::checks {

// Every finding, sorted by object (export order), pointer and code (Findings::take).
std::vector<Finding> run_controle(const Ctx& ctx);

}  // namespace samen::checks

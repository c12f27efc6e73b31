#include "queries/registry.hpp"

#include <array>

#include "queries/allowed_commands.hpp"
#include "queries/controle.hpp"
#include "queries/membership_queries.hpp"
#include "queries/rapport.hpp"
#include "queries/usage_queries.hpp"

namespace samen {
namespace {

constexpr std::array kQueries = {
    QueryEntry{"leden", queries::leden},
    QueryEntry{"deelnames", queries::deelnames},
    QueryEntry{"landschap", queries::landschap},
    QueryEntry{"mogelijkeDeelnemers", queries::mogelijke_deelnemers},
    QueryEntry{"toegestaneOpdrachten", queries::toegestane_opdrachten},
    QueryEntry{"rapport", queries::rapport},
    QueryEntry{"controle", queries::controle},
};

}  // namespace

const QueryEntry* find_query(std::string_view name) {
  for (const QueryEntry& entry : kQueries)
    if (entry.name == name) return &entry;
  return nullptr;
}

std::span<const QueryEntry> all_queries() { return kQueries; }

}  // namespace samen

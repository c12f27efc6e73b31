// Every query (vraag) the engine answers, by its wire name. A query handler reads the state
// through the context and returns its answer's fields; meldingen go through the context.
#pragma once

#include <span>
#include <string_view>

#include "eval/context.hpp"
#include "json/json.hpp"

namespace samen {

using QueryHandler = Json (*)(Ctx&);

struct QueryEntry {
  std::string_view name;
  QueryHandler answer;
};

const QueryEntry* find_query(std::string_view name);
std::span<const QueryEntry> all_queries();

}  // namespace samen

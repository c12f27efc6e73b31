// Every query (vraag) the engine answers, by its wire name. A query handler reads the state
// through the context and writes its answer's members (no braces: the engine puts "vraag" and
// "meldingen" before them); meldingen go through the context.
#pragma once

#include <span>
#include <string_view>

#include "eval/context.hpp"
#include "json/json_writer.hpp"

namespace samen {

using QueryHandler = void (*)(Ctx&, JsonWriter& answer);

struct QueryEntry {
  std::string_view name;
  QueryHandler answer;
};

const QueryEntry* find_query(std::string_view name);
std::span<const QueryEntry> all_queries();

}  // namespace samen

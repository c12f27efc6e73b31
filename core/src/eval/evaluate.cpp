#include "eval/evaluate.hpp"

#include "commands/registry.hpp"
#include "eval/envelope.hpp"

namespace samen {

Decision evaluate(const State& state, const Options& options, const CommandEntry& entry, const Json& root) {
  std::vector<Melding> problems;
  const Command command = read_envelope(root, std::string(entry.name), TimeNeed::required, problems);
  Ctx ctx(state, options, command);
  for (Melding& problem : problems) ctx.record(std::move(problem));
  if (!ctx.blocked()) entry.handle(ctx);
  return std::move(ctx).finish();
}

}  // namespace samen

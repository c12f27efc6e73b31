#include "rules/landscape.hpp"

#include <algorithm>

#include "model/multi_index.hpp"
#include "model/order.hpp"

namespace samen {

namespace {

bool live(const Gebruik& usage) { return usage.live(); }
bool accepted(const Gebruik& usage) { return usage.live() && !usage.awaiting_decision(); }

const Gebruik* first_own(const State& state, Id afnemer, Id module, bool (*counts)(const Gebruik&)) {
  for (std::uint32_t index : state.index.usage_by_afnemer_module.get(pair_key(afnemer, module))) {
    const Gebruik& usage = state.at<Gebruik>(index);
    if (counts(usage)) return &usage;
  }
  return nullptr;
}

const Gebruik* first_via_collective(const State& state, Id organisation, Id module, bool (*counts)(const Gebruik&)) {
  // An organisation is deelnemer of few registrations; scanning those beats scanning the
  // (possibly thousands of) users of a popular module.
  for (std::uint32_t index : state.index.usage_by_deelnemer.get(organisation)) {
    const Gebruik& usage = state.at<Gebruik>(index);
    if (usage.module == module && usage.afnemer != organisation && counts(usage)) return &usage;
  }
  return nullptr;
}

}  // namespace

const Gebruik* own_live_usage(const State& state, Id afnemer, Id module) {
  return first_own(state, afnemer, module, live);
}

const Gebruik* collective_live_usage(const State& state, Id organisation, Id module) {
  return first_via_collective(state, organisation, module, live);
}

bool in_landscape(const State& state, Id organisation, Id module) {
  return own_live_usage(state, organisation, module) || collective_live_usage(state, organisation, module);
}

bool in_accepted_landscape(const State& state, Id organisation, Id module) {
  return first_own(state, organisation, module, accepted) || first_via_collective(state, organisation, module, accepted);
}

std::vector<LandscapeEntry> landscape(const State& state, Id organisation) {
  std::vector<LandscapeEntry> entries;
  MultiIndex<Id, IdHash> by_module;  // module -> its entry
  const auto entry_for = [&](Id module) -> LandscapeEntry& {
    if (const auto found = by_module.get(module); !found.empty()) return entries[found.front()];
    by_module.add(module, static_cast<std::uint32_t>(entries.size()));
    return entries.emplace_back(LandscapeEntry{module, {}, {}});
  };
  for (std::uint32_t index : state.index.usage_by_afnemer.get(organisation)) {
    const Gebruik& usage = state.at<Gebruik>(index);
    if (usage.live() && usage.module) entry_for(usage.module).own.push_back(&usage);
  }
  for (std::uint32_t index : state.index.usage_by_deelnemer.get(organisation)) {
    const Gebruik& usage = state.at<Gebruik>(index);
    if (usage.live() && usage.module && usage.afnemer != organisation) entry_for(usage.module).via.push_back(&usage);
  }
  stable_sort_items(entries, [&](const LandscapeEntry& a, const LandscapeEntry& b) {
    return state.name(a.module) < state.name(b.module);
  });
  return entries;
}

}  // namespace samen

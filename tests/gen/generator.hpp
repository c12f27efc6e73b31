// The generated catalogue states S_k and command streams of the benchmark and of the loader
// equivalence tests (docs/performance.md). Deterministic: the same (scale, seed) gives the same
// bytes on every machine.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace samen_gen {

inline constexpr std::uint64_t kDefaultSeed = 20261122;

// Writes the state of scale k as JSON (spec §2.1) in chunks of a few megabytes, each passed to
// `sink` once, in order.
void write_state(double scale, std::uint64_t seed, const std::function<void(std::string_view)>& sink);

// The whole state in one string (for tests and small scales).
std::string state_json(double scale, std::uint64_t seed = kDefaultSeed);

// `count` commands (one JSON text each) on region 0 of the state of the same seed: every command
// of spec §2.2, by the right beheerders, by the wrong organisation, without the role, by visitors
// and functioneel-beheerders, with missing and ill-typed fields. Region 0 is in every S_k with
// k >= `fraction`, so the same stream applies to S1, S10 and S100 and decides the same there.
// Commands are generated independently of each other: meant for `check`, not for a run of `apply`.
std::vector<std::string> commands(std::size_t count, double fraction = 1.0, std::uint64_t seed = kDefaultSeed);

}  // namespace samen_gen

// Random catalogues and random commands for the authorization property test: states with
// organisations of every type and status, memberships, offering, usage and proposals,
// koppelingen, afspraken and evaluaties; commands of every kind of spec §2.2 with mostly
// well-formed gegevens that name objects of the current state, given by actors of every kind:
// functioneel-beheerders, beheerders with the right or the wrong roles, of the organisation
// concerned or of another, visitors, and actors claiming organisations that are not theirs.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace scenario {

using Json = nlohmann::json;

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  // A catalogue state of roughly `organisations` organisations and everything around them.
  Json world(int organisations);
  // Engine options with a random policy (authority does not depend on policy).
  Json options();
  // One command against the state as exported (parsed); `step` orders the tijdstippen.
  Json command(const Json& exported, int step);

 private:
  struct View;  // the exported state, indexed for picking
  Json gegevens_for(const std::string& opdracht, const View& view);
  Json actor_for(const Json& gegevens, const std::string& opdracht, const View& view);
  std::vector<std::string> related_organisations(const Json& gegevens, const View& view) const;

  int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }
  std::string fresh(const char* prefix) { return std::string(prefix) + "-" + std::to_string(++counter_); }
  std::string pick_or_fresh(const std::vector<std::string>& ids, const char* prefix);
  Json roles();

  std::mt19937_64 rng_;
  int counter_ = 0;
};

}  // namespace scenario

// Test helpers: an engine on a small state, commands built in one line, results as JSON.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "samen/engine.hpp"

namespace samen_test {

using Json = nlohmann::ordered_json;

inline const char* kTijdstip = "2026-11-22T10:00:00Z";

// Actors.
inline Json fb() { return {{"rollen", {"functioneel-beheerder"}}}; }
inline Json visitor() { return Json::object(); }
inline Json beheerder(const std::string& org, const std::string& rol = "gebruik-beheerder") {
  return {{"organisatie", org}, {"rollen", {rol}}};
}

inline Json command(const std::string& opdracht, const Json& actor, const Json& gegevens,
                    const std::string& tijdstip = kTijdstip) {
  return {{"opdracht", opdracht}, {"actor", actor}, {"tijdstip", tijdstip}, {"gegevens", gegevens}};
}

// The small catalogue most tests start from (see fixture_state()).
Json fixture_state();

class Harness {
 public:
  explicit Harness(const Json& state = fixture_state(), const std::string& options = "");

  Json apply(const Json& command);  // requires an evaluated answer
  Json check(const Json& command);
  Json query(const Json& query);
  std::string exported();
  samen::Engine& engine() { return engine_; }

 private:
  samen::Engine engine_;
};

std::vector<std::string> codes(const Json& result);  // codes of all meldingen, in order
bool has_code(const Json& result, const std::string& code);
// The object of the first wijziging of this soort and id, or null.
Json changed(const Json& result, const std::string& soort, const std::string& id);

}  // namespace samen_test

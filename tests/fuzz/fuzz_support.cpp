#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace samen_fuzz {

const std::string& example_state() {
  static const std::string state = [] {
    std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (buffer.str().empty()) breach("cannot read examples/catalogus.json");
    return buffer.str();
  }();
  return state;
}

Session example_session(std::string_view options) {
  auto session = Session::create(options);
  if (!session) breach("cannot create an engine with options", options);
  const Reply loaded = session->load(example_state());
  require(loaded.ok(), "cannot load the example state", loaded.text);
  return std::move(*session);
}

void breach(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "\n*** samen contract breach: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!detail.empty())
    std::fprintf(stderr, "    %.*s\n", static_cast<int>(detail.size() > 4000 ? 4000 : detail.size()), detail.data());
  std::abort();
}

void require(bool condition, std::string_view what, std::string_view detail) {
  if (!condition) breach(what, detail);
}

void require_contract(Call call, const Reply& reply) {
  if (const auto problem = samen_support::contract_breach(call, reply)) breach("answer breaks the contract", *problem);
}

bool allowed(const Reply& reply) {
  if (!reply.ok()) return false;
  const auto root = nlohmann::json::parse(reply.text);
  return root.at("toegestaan").get<bool>();
}

bool check_then_apply(Session& session, std::string_view command, samen_support::HostView& host,
                      std::string& exported_before) {
  const Reply checked = session.check(command);
  require_contract(Call::command, checked);
  require(session.exported() == exported_before, "check changed the state", command);
  const Reply applied = session.apply(command);
  require_contract(Call::command, applied);
  require(checked.status == applied.status && checked.text == applied.text, "check and apply disagree",
          checked.text + "\n    apply: " + applied.text);
  const std::string after = session.exported();
  if (!allowed(applied)) {
    require(after == exported_before, "a refused command changed the state", command);
    return false;
  }
  if (auto problem = host.persist(applied.text)) breach("wijzigingen cannot be persisted", *problem);
  if (auto problem = host.difference(after)) breach("wijzigingen do not tell the whole change", *problem);
  exported_before = after;
  return true;
}

void require_round_trip(const Session& session, std::string_view options) {
  const std::string first = session.exported();
  require(!first.empty(), "export failed");
  auto fresh = Session::create(options);
  require(fresh.has_value(), "options accepted once are refused the second time", options);
  const Reply loaded = fresh->load(first);
  require(loaded.ok(), "the engine's own export does not load", loaded.text);
  require(fresh->exported() == first, "load(export()) does not give the same export");
}

}  // namespace samen_fuzz

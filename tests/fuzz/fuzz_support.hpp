// What every fuzz target shares: the example state, and turning a breach of the engine's
// contract into a crash that libFuzzer (or the corpus replay in ctest) reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "answer_contract.hpp"
#include "capi_session.hpp"
#include "host_view.hpp"

namespace samen_fuzz {

using samen_support::Call;
using samen_support::Reply;
using samen_support::Session;

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// examples/catalogus.json, read once.
const std::string& example_state();
// A session with default options and the example state loaded.
Session example_session(std::string_view options = "");

// Reports the breach and aborts: the fuzzer keeps the input as a crash artifact.
[[noreturn]] void breach(std::string_view what, std::string_view detail = {});
void require_contract(Call call, const Reply& reply);
void require(bool condition, std::string_view what, std::string_view detail = {});

// Whether an (evaluated) answer to check/apply says toegestaan.
bool allowed(const Reply& reply);

// check and apply of one command, and what must hold between them and the state: the same
// answer from both; a refused or unevaluable command leaves the export byte-identical; an
// allowed one changes it exactly as its wijzigingen say (`host` follows along).
// Returns whether the command was applied.
bool check_then_apply(Session& session, std::string_view command, samen_support::HostView& host,
                      std::string& exported_before);

// load(export()) into a fresh engine with these options gives back the same export.
void require_round_trip(const Session& session, std::string_view options);

}  // namespace samen_fuzz

// The limits of docs/limits.md, at their edges: input size (maxBytes) and nesting (maxDiepte)
// exactly at and one over the limit, the deepest nesting options allow, and the largest state
// the suite loads, changes, exports and loads again.
#include <chrono>
#include <iostream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "answer_contract.hpp"
#include "capi_session.hpp"
#include "example.hpp"

using samen_support::first_error_code;
using samen_support::Session;

namespace {

const std::string kQuery = R"({"vraag":"leden","gegevens":{"samenwerking":"sw-noord"}})";

// A command that is allowed on the example state, padded with spaces to exactly `size` bytes.
std::string declare_padded(std::size_t size, const std::string& extra = "") {
  std::string command =
      R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},)"
      R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-rand","samenwerking":"sw-noord","lid":"g-bunnik")" +
      extra + "}}";
  if (command.size() < size) command += std::string(size - command.size(), ' ');
  return command;
}

std::string nested_arrays(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

}  // namespace

TEST_CASE("the default limits are 256 MiB and 64 levels", "[limits]") {
  samen_support::Reply created;
  REQUIRE(Session::create("", &created).has_value());
  const auto options = nlohmann::json::parse(created.text);
  CHECK(options["limieten"]["maxBytes"] == 268435456);
  CHECK(options["limieten"]["maxDiepte"] == 64);
}

TEST_CASE("maxBytes: an input of exactly the limit is read, one byte more is JSON-GROOTTE", "[limits]") {
  auto session = example_session(R"({"limieten":{"maxBytes":8192}})");
  const std::string before = session.exported();
  const auto over = session.apply(declare_padded(8193));
  CHECK(over.status == SAMEN_ERR_INPUT);
  CHECK(first_error_code(over) == "JSON-GROOTTE");
  CHECK(session.exported() == before);
  CHECK(first_error_code(session.query(kQuery + std::string(8193 - kQuery.size(), ' '))) == "JSON-GROOTTE");
  // The state is an input like any other.
  CHECK(first_error_code(session.load(example_state_text() + std::string(8193 - example_state_text().size(), ' '))) ==
        "JSON-GROOTTE");
  CHECK(session.exported() == before);
  CHECK(session.load(example_state_text() + std::string(8192 - example_state_text().size(), ' ')).ok());
  const auto at = session.apply(declare_padded(8192));
  CHECK(at.ok());
  CHECK(at.text.find("\"toegestaan\":true") != std::string::npos);
}

TEST_CASE("maxDiepte: a command nested exactly to the limit is read, one level more is JSON-DIEPTE", "[limits]") {
  auto session = example_session(R"({"limieten":{"maxDiepte":10}})");
  // command { gegevens { extra [...] } }: two levels before the arrays.
  CHECK(session.apply(declare_padded(0, R"(,"extra":)" + nested_arrays(8))).ok());
  REQUIRE(session.load(example_state_text()).ok());
  const auto over = session.apply(declare_padded(0, R"(,"extra":)" + nested_arrays(9)));
  CHECK(first_error_code(over) == "JSON-DIEPTE");
  // A state may nest one level deeper: { list [ object { extra [...] } ] }.
  CHECK(session.load(R"({"organisaties":[{"id":"x","extra":)" + nested_arrays(8) + "}]}").ok());
  CHECK(first_error_code(session.load(R"({"organisaties":[{"id":"x","extra":)" + nested_arrays(9) + "}]}")) ==
        "JSON-DIEPTE");
}

TEST_CASE("the deepest nesting options allow (10,000 levels) is evaluated, copied and stored", "[limits]") {
  // Natively; nlohmann's copy and dump recurse once per level (see docs/limits.md for wasm).
  samen_support::Reply created;
  CHECK_FALSE(Session::create(R"({"limieten":{"maxDiepte":10001}})", &created).has_value());
  CHECK(first_error_code(created) == "OPTIES");
  auto session = example_session(R"({"limieten":{"maxDiepte":10000},"beleid":{"lidmaatschapBevestiging":false}})");
  const auto applied = session.apply(declare_padded(0, R"(,"extra":)" + nested_arrays(9998)));
  INFO(applied.text.substr(0, 300));
  REQUIRE(applied.ok());
  CHECK(applied.text.find("\"toegestaan\":true") != std::string::npos);
  const std::string exported = session.exported();
  REQUIRE(session.load(exported).ok());
  CHECK(session.exported() == exported);
  CHECK(first_error_code(session.apply(declare_padded(0, R"(,"extra":)" + nested_arrays(9999)))) == "JSON-DIEPTE");
}

TEST_CASE("the largest state tested: 200,000 objects load, take a command, export and load again", "[limits][large]") {
  constexpr int kMunicipalities = 50000;
  std::string state = R"({"organisaties":[{"id":"sw","naam":"SW","type":"Samenwerking","status":"Actief"},)"
                      R"({"id":"l","naam":"L","type":"Leverancier","status":"Actief"})";
  std::string memberships, modules, usage;
  for (int i = 0; i < kMunicipalities; ++i) {
    const std::string g = "g-" + std::to_string(i);
    state += R"(,{"id":")" + g + R"(","naam":"Gemeente )" + std::to_string(i) + R"(","type":"Gemeente","status":"Actief"})";
    memberships += std::string(i ? "," : "") + R"({"id":"lm-)" + std::to_string(i) + R"(","samenwerking":"sw","lid":")" + g +
                   R"(","status":"actief","actiefSinds":"2026-01-01T00:00:00Z"})";
    modules += std::string(i ? "," : "") + R"({"id":"m-)" + std::to_string(i) + R"(","naam":"Module )" + std::to_string(i) +
               R"(","aanbieder":"l"})";
    usage += std::string(i ? "," : "") + R"({"id":"u-)" + std::to_string(i) + R"(","afnemer":")" + g + R"(","module":"m-)" +
             std::to_string(i) + R"(","status":"In productie"})";
  }
  state += R"(],"lidmaatschappen":[)" + memberships + R"(],"modules":[)" + modules + R"(],"gebruik":[)" + usage + "]}";

  auto session = Session::create("");
  REQUIRE(session.has_value());
  const auto start = std::chrono::steady_clock::now();
  const auto loaded = session->load(state);
  const auto loaded_at = std::chrono::steady_clock::now();
  INFO(loaded.text.substr(0, 300));
  REQUIRE(loaded.ok());
  const auto ended = session->apply(
      R"({"opdracht":"lidmaatschap.beeindigen","actor":{"organisatie":"g-4242","rollen":["gebruik-beheerder"]},)"
      R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"lm-4242"}})");
  const auto applied_at = std::chrono::steady_clock::now();
  CHECK(ended.text.find("\"toegestaan\":true") != std::string::npos);
  const std::string exported = session->exported();
  CHECK(exported.find(R"("id":"lm-4242","samenwerking":"sw","lid":"g-4242","status":"beeindigd")") != std::string::npos);
  auto again = Session::create("");
  REQUIRE(again->load(exported).ok());
  CHECK(again->exported() == exported);
  const auto ms = [](auto a, auto b) { return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count(); };
  std::cout << "largest state tested: " << (2 + 4 * kMunicipalities) << " objects, " << state.size() / 1000
            << " kB: load " << ms(start, loaded_at) << " ms, one command " << ms(loaded_at, applied_at) << " ms\n";
}

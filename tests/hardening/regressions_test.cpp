// Defects found by fuzzing and the hostile corpus, each pinned by the input that showed it.
#include <string>

#include <catch2/catch.hpp>

#include "answer_contract.hpp"
#include "capi_session.hpp"
#include "example.hpp"

using samen_support::Call;
using samen_support::contract_breach;
using samen_support::first_error_code;

TEST_CASE("a syntax error that cuts a multi-byte character gives JSON-SYNTAX, not INTERN", "[regression][JSON-SYNTAX]") {
  // nlohmann's messages quoted the bytes it last read: "t\xC3" ends inside "é". The message used
  // to be invalid UTF-8, rendering it threw, and the call failed with SAMEN_ERR_INTERNAL. The
  // engine's own messages quote whole characters, except the six bytes of a bad \u escape.
  auto session = example_session();
  for (const std::string input : {std::string("t\xC3\xA9"), std::string("{\"opdracht\":\"x\",\"a\":t\xC3\xA9}"),
                                  std::string("\xD6\xA1"), std::string("{\"opdracht\":\"\\u123\xC3\xA9\"}")}) {
    const auto applied = session.apply(input);
    CHECK_FALSE(contract_breach(Call::command, applied));
    CHECK(applied.status == SAMEN_ERR_INPUT);
    CHECK(first_error_code(applied) == "JSON-SYNTAX");
    const auto options = samen_support::Session::create(input);
    CHECK_FALSE(options.has_value());
  }
  const auto cut = session.apply("{\"opdracht\":\"\\u123\xC3\xA9\"}");
  CHECK(cut.text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD stands in for the cut bytes
}

TEST_CASE("a key named twice in one object is JSON-SYNTAX, with the key and where it is", "[regression][JSON-SYNTAX]") {
  // Parsers disagree on which of two equal keys counts; a host's checks and the engine must
  // never see different commands in the same text.
  auto session = example_session();
  const std::string before = session.exported();
  const std::string twice_actor =
      R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-raadpleger"]},)"
      R"("actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},"tijdstip":"2026-11-22T10:00:00Z",)"
      R"("gegevens":{"id":"l-x","samenwerking":"sw-noord","lid":"g-bunnik"}})";
  const auto applied = session.apply(twice_actor);
  CHECK(applied.status == SAMEN_ERR_INPUT);
  CHECK(first_error_code(applied) == "JSON-SYNTAX");
  CHECK(applied.text.find("\"positie\":" + std::to_string(twice_actor.find("\"actor\"", 40))) != std::string::npos);
  CHECK(applied.text.find("de sleutel \\\"actor\\\" komt twee keer voor") != std::string::npos);
  CHECK(session.exported() == before);

  const auto nested = session.apply(R"({"opdracht":"x","gegevens":{"lijst":[{},{"id":"a","id":"b"}]}})");
  CHECK(first_error_code(nested) == "JSON-SYNTAX");
  CHECK(nested.text.find("(/gegevens/lijst/1)") != std::string::npos);

  const auto state = session.load(R"({"organisaties":[{"id":"a","naam":"A","naam":"B"}]})");
  CHECK(state.status == SAMEN_ERR_INPUT);
  CHECK(first_error_code(state) == "JSON-SYNTAX");
  CHECK(session.exported() == before);

  // The same key in different objects, and many distinct keys in one, are fine.
  CHECK(session.query(R"({"vraag":"leden","actor":{"organisatie":"sw-noord"},"gegevens":{"samenwerking":"sw-noord"}})").ok());
  std::string wide = R"({"organisaties":[{"id":"w")";
  for (int i = 0; i < 1000; ++i) wide += ",\"k" + std::to_string(i) + "\":" + std::to_string(i);
  wide += "}]}";
  CHECK(session.load(wide).ok());
}

TEST_CASE("the character U+0000 is refused anywhere in the input (JSON-SYNTAX)", "[regression][JSON-SYNTAX]") {
  // Hosts that keep text in C strings or PostgreSQL cannot store it; an id or naam with it
  // would be allowed here and then fail, or be cut short, where the host persists it.
  auto session = example_session();
  const std::string before = session.exported();
  const std::string command =
      R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},)"
      R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-x\u0000y","samenwerking":"sw-noord","lid":"g-bunnik"}})";
  const auto applied = session.apply(command);
  CHECK(applied.status == SAMEN_ERR_INPUT);
  CHECK(first_error_code(applied) == "JSON-SYNTAX");
  CHECK(applied.text.find("\"positie\":" + std::to_string(command.find("\\u0000"))) != std::string::npos);
  CHECK(session.exported() == before);
  // An escaped backslash followed by "u0000" is just text.
  const std::string escaped = R"({"organisaties":[{"id":"a\\u0000","naam":"A"}]})";
  CHECK(session.load(escaped).ok());
}

TEST_CASE("an object created from gegevens nested to the limit can be loaded again", "[regression][JSON-DIEPTE]") {
  // A command may nest maxDiepte levels; the object it creates sits one level deeper in the
  // state (inside its list). load allows that one level, so the export always loads again:
  // otherwise any visitor could make the catalogue's state unloadable with one command.
  auto session = example_session(R"({"beleid":{"lidmaatschapBevestiging":false},"limieten":{"maxDiepte":8}})");
  // Nesting: command { gegevens { extra [ [ [ [ [ [ ] ] ] ] ] ] } } is 8 levels deep.
  const std::string command =
      R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},)"
      R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-diep","samenwerking":"sw-noord","lid":"g-bunnik",)"
      R"("extra":[[[[[["bodem"]]]]]]}})";
  const auto applied = session.apply(command);
  REQUIRE(applied.ok());
  REQUIRE(applied.text.find("\"toegestaan\":true") != std::string::npos);
  const std::string exported = session.exported();
  auto again = samen_support::Session::create(R"({"limieten":{"maxDiepte":8}})");
  REQUIRE(again.has_value());
  const auto loaded = again->load(exported);
  INFO(loaded.text);
  CHECK(loaded.ok());
  CHECK(again->exported() == exported);
  // One level more than that is still refused.
  CHECK(first_error_code(again->load(R"({"organisaties":[{"id":"x","a":[[[[[[[1]]]]]]]}]})")) == "JSON-DIEPTE");
}

TEST_CASE("a key named twice after a shape problem still makes load answer JSON-SYNTAX", "[regression][JSON-SYNTAX]") {
  // The streaming loader stopped watching for duplicate keys below the top level after the
  // first TOESTAND problem, and answered TOESTAND where the DOM load answers JSON-SYNTAX.
  auto session = example_session();
  const std::string before = session.exported();
  for (const std::string input : {R"({"oreanisaties":[{"id":"a","id":"b"}]})", R"([{"a":1,"a":2}])",
                                  R"({"modules":[1,{"x":{"a":1,"a":2}}]})"}) {
    const auto loaded = session.load(input);
    CHECK_FALSE(contract_breach(Call::load, loaded));
    CHECK(first_error_code(loaded) == "JSON-SYNTAX");
    CHECK(session.exported() == before);
  }
}

// The C ABI at its edges: every status, NULL pointers, invalid handles, bad input, and the
// promise that a refused or unevaluable call changes nothing.
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "samen.h"

namespace {

struct Owned {
  char* text = nullptr;
  ~Owned() { samen_string_free(text); }
  std::string str() const { return text ? std::string(text) : std::string(); }
};

std::string example_state() {
  std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct Engine {
  samen_engine* handle = nullptr;
  explicit Engine(const char* options = nullptr) {
    Owned out;
    REQUIRE(samen_engine_new(options, options ? std::strlen(options) : 0, &handle, &out.text) == SAMEN_OK);
    const std::string state = example_state();
    Owned loaded;
    REQUIRE(samen_engine_load(handle, state.data(), state.size(), &loaded.text) == SAMEN_OK);
  }
  ~Engine() { samen_engine_free(handle); }
  std::string exported() const {
    Owned out;
    REQUIRE(samen_engine_export(handle, &out.text) == SAMEN_OK);
    return out.str();
  }
};

const std::string kDeclare =
    R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-houten","rollen":["gebruik-beheerder"]},)"
    R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-houten","samenwerking":"sw-noord","lid":"g-houten"}})";

}  // namespace

TEST_CASE("samen_engine_new: defaults, options, and OPTIES failures", "[capi]") {
  samen_engine* engine = nullptr;
  Owned out;
  REQUIRE(samen_engine_new(nullptr, 0, &engine, &out.text) == SAMEN_OK);
  CHECK(out.str().find("\"lidmaatschapBevestiging\":true") != std::string::npos);
  samen_engine_free(engine);

  const std::string bad = R"({"beleid":{"onbekend":1}})";
  Owned fail;
  engine = reinterpret_cast<samen_engine*>(0x1);
  CHECK(samen_engine_new(bad.data(), bad.size(), &engine, &fail.text) == SAMEN_ERR_INPUT);
  CHECK(engine == nullptr);
  CHECK(fail.str().find("\"code\":\"OPTIES\"") != std::string::npos);
  CHECK(fail.str().find("/beleid/onbekend") != std::string::npos);

  Owned wrong_type;
  const std::string bad_type = R"({"limieten":{"maxBytes":"veel"}})";
  CHECK(samen_engine_new(bad_type.data(), bad_type.size(), &engine, &wrong_type.text) == SAMEN_ERR_INPUT);
}

TEST_CASE("null pointers give SAMEN_ERR_ARGUMENT and never crash", "[capi]") {
  Engine e;
  Owned out;
  CHECK(samen_engine_new(nullptr, 0, nullptr, &out.text) == SAMEN_ERR_ARGUMENT);
  CHECK(out.str().find("ARGUMENT") != std::string::npos);
  samen_engine* engine = nullptr;
  CHECK(samen_engine_new(nullptr, 0, &engine, nullptr) == SAMEN_ERR_ARGUMENT);
  CHECK(engine == nullptr);
  Owned out_len;
  CHECK(samen_engine_new(nullptr, 5, &engine, &out_len.text) == SAMEN_ERR_ARGUMENT);

  Owned o1, o2, o3, o4, o5;
  CHECK(samen_engine_load(nullptr, "{}", 2, &o1.text) == SAMEN_ERR_ARGUMENT);
  CHECK(samen_engine_apply(e.handle, nullptr, 10, &o2.text) == SAMEN_ERR_ARGUMENT);
  CHECK(samen_engine_check(e.handle, kDeclare.data(), kDeclare.size(), nullptr) == SAMEN_ERR_ARGUMENT);
  CHECK(samen_engine_query(nullptr, "{}", 2, &o3.text) == SAMEN_ERR_ARGUMENT);
  CHECK(samen_engine_export(nullptr, &o4.text) == SAMEN_ERR_ARGUMENT);
  CHECK(samen_engine_export(e.handle, nullptr) == SAMEN_ERR_ARGUMENT);
  // (NULL, 0) is an empty input: evaluated, and refused as JSON-SYNTAX.
  CHECK(samen_engine_apply(e.handle, nullptr, 0, &o5.text) == SAMEN_ERR_INPUT);
  CHECK(o5.str().find("JSON-SYNTAX") != std::string::npos);
  samen_engine_free(nullptr);
  samen_string_free(nullptr);
}

TEST_CASE("a pointer that is not a live engine is refused", "[capi]") {
  alignas(16) unsigned char garbage[256];
  std::memset(garbage, 0xAB, sizeof garbage);
  auto* fake = reinterpret_cast<samen_engine*>(garbage);
  Owned out;
  CHECK(samen_engine_apply(fake, kDeclare.data(), kDeclare.size(), &out.text) == SAMEN_ERR_ARGUMENT);
  CHECK(out.str().find("ARGUMENT") != std::string::npos);
  samen_engine_free(fake);  // not a live engine: ignored rather than freed
}

TEST_CASE("SAMEN_OK for allowed and refused commands alike, and check changes nothing", "[capi]") {
  Engine e;
  const std::string before = e.exported();
  Owned checked;
  REQUIRE(samen_engine_check(e.handle, kDeclare.data(), kDeclare.size(), &checked.text) == SAMEN_OK);
  CHECK(checked.str().rfind(R"({"toegestaan":true,)", 0) == 0);
  CHECK(e.exported() == before);

  const std::string refused = R"({"opdracht":"lidmaatschap.aangeven","actor":{},"tijdstip":"2026-11-22T10:00:00Z",)"
                              R"("gegevens":{"id":"x","samenwerking":"sw-noord","lid":"g-houten"}})";
  Owned no;
  REQUIRE(samen_engine_apply(e.handle, refused.data(), refused.size(), &no.text) == SAMEN_OK);
  CHECK(no.str().rfind(R"({"toegestaan":false,)", 0) == 0);
  CHECK(no.str().find("AUTH-001") != std::string::npos);
  CHECK(e.exported() == before);

  Owned yes;
  REQUIRE(samen_engine_apply(e.handle, kDeclare.data(), kDeclare.size(), &yes.text) == SAMEN_OK);
  CHECK(e.exported() != before);
  CHECK(e.exported().find("\"id\":\"l-houten\"") != std::string::npos);
}

TEST_CASE("SAMEN_ERR_INPUT: malformed, too large, too deep, invalid UTF-8, and nothing changes", "[capi]") {
  Engine e(R"({"limieten":{"maxBytes":4096,"maxDiepte":64}})");
  const std::string before = e.exported();
  const auto expect_input_error = [&](const std::string& input, const char* code) {
    Owned out;
    CHECK(samen_engine_apply(e.handle, input.data(), input.size(), &out.text) == SAMEN_ERR_INPUT);
    INFO(out.str());
    CHECK(out.str().find(std::string("\"code\":\"") + code + "\"") != std::string::npos);
    CHECK(e.exported() == before);
  };
  expect_input_error("{\"opdracht\":", "JSON-SYNTAX");
  expect_input_error("", "JSON-SYNTAX");
  expect_input_error(std::string(5000, ' ') + "{}", "JSON-GROOTTE");
  expect_input_error(std::string(100000, '[') + std::string(100000, ']'), "JSON-GROOTTE");
  expect_input_error(std::string(100, '[') + std::string(100, ']'), "JSON-DIEPTE");
  expect_input_error("{\"opdracht\":\"\xC3\x28\"}", "JSON-UTF8");
  expect_input_error("{\"opdracht\":\"\xC0\xAF\"}", "JSON-UTF8");  // overlong '/'
  expect_input_error("{\"opdracht\":\"\xED\xA0\x80\"}", "JSON-UTF8");  // surrogate
  expect_input_error("[1,2]", "OPDRACHT-ONTBREEKT");
  expect_input_error("{\"opdracht\":7}", "OPDRACHT-ONBEKEND");
  expect_input_error("{\"opdracht\":\"lidmaatschap.verzinnen\"}", "OPDRACHT-ONBEKEND");

  Owned q;
  CHECK(samen_engine_query(e.handle, "{\"vraag\":\"niets\"}", 17, &q.text) == SAMEN_ERR_INPUT);
  CHECK(q.str().find("VRAAG-ONBEKEND") != std::string::npos);
  Owned q2;
  CHECK(samen_engine_query(e.handle, "{}", 2, &q2.text) == SAMEN_ERR_INPUT);
  CHECK(q2.str().find("VRAAG-ONTBREEKT") != std::string::npos);
}

TEST_CASE("nesting 100,000 deep is refused with JSON-DIEPTE, not a stack overflow", "[capi]") {
  Engine e;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Owned out;
  CHECK(samen_engine_load(e.handle, deep.data(), deep.size(), &out.text) == SAMEN_ERR_INPUT);
  CHECK(out.str().find("JSON-DIEPTE") != std::string::npos);
  const std::string deep_object = "{\"opdracht\":\"x\",\"gegevens\":" + std::string(100000, '{');
  Owned out2;
  CHECK(samen_engine_apply(e.handle, deep_object.data(), deep_object.size(), &out2.text) == SAMEN_ERR_INPUT);
  CHECK(out2.str().find("JSON-DIEPTE") != std::string::npos);
}

TEST_CASE("a failed load keeps the previous state (TOESTAND)", "[capi]") {
  Engine e;
  const std::string before = e.exported();
  for (const std::string bad : {std::string(R"({"organisaties":{}})"), std::string(R"({"organisaties":[{"naam":"x"}]})"),
                                std::string(R"({"organisaties":[{"id":"a"}],"modules":[{"id":"a"}]})"),
                                std::string(R"({"onbekend":[]})"), std::string(R"([])")}) {
    Owned out;
    CHECK(samen_engine_load(e.handle, bad.data(), bad.size(), &out.text) == SAMEN_ERR_INPUT);
    CHECK(out.str().find("\"code\":\"TOESTAND\"") != std::string::npos);
    CHECK(e.exported() == before);
  }
}

TEST_CASE("messages follow the engine's language", "[capi]") {
  Engine nl;
  Engine en(R"({"taal":"en"})");
  const std::string refused = R"({"opdracht":"lidmaatschap.aangeven","actor":{},"tijdstip":"2026-11-22T10:00:00Z",)"
                              R"("gegevens":{"id":"x","samenwerking":"sw-noord","lid":"g-houten"}})";
  Owned a, b;
  REQUIRE(samen_engine_check(nl.handle, refused.data(), refused.size(), &a.text) == SAMEN_OK);
  REQUIRE(samen_engine_check(en.handle, refused.data(), refused.size(), &b.text) == SAMEN_OK);
  CHECK(a.str().find("Voor deze opdracht is de rol") != std::string::npos);
  CHECK(b.str().find("This command needs the role") != std::string::npos);
}

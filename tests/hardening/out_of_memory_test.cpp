// Running out of memory at every allocation of a call, one at a time: operator new is replaced
// in this binary (which links the library statically) by one that fails once a budget of
// allocations is spent (see Mode). Each C ABI call must then answer SAMEN_OK (the budget sufficed) or
// SAMEN_ERR_MEMORY, never crash or leak, and leave the state either as it was or, when memory ran
// out while an applied command was being committed, marked lost (GEHEUGEN) until the next load:
// never half-changed.
#include <cstring>
#include <exception>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <new>
#include <string>

#include <catch2/catch.hpp>

#include "answer_contract.hpp"
#include "capi_session.hpp"
#include "destructor_frames.hpp"
#include "example.hpp"

namespace {

// Two ways to run out: `once` fails the allocation after the budget and lets the later ones
// succeed (a big allocation failed, small ones still fit); `persistent` fails every allocation
// after the budget, except while an exception is in flight (unwinding frees memory). After the
// catch, allocations fail again (so rendering the failure fails too).
//
// One kind of allocation is never failed: nlohmann's json destructor (noexcept) allocates a
// stack to flatten the value it destroys, and a bad_alloc there can only end in std::terminate.
// The engine cannot prevent that; it is documented in docs/limits.md and counted here.
enum class Mode { once, persistent };
long budget = -1;  // allocations left; -1: no limit
bool failed = false;
Mode mode = Mode::once;
long spared = 0;  // allocations not failed because nlohmann's destructor made them

void* allocate(std::size_t size) {
  if (budget >= 0 && std::uncaught_exceptions() == 0) {
    if (budget == 0) {
      if (in_json_destructor()) {
        ++spared;
      } else {
        failed = true;
        if (mode == Mode::once) budget = -1;
        throw std::bad_alloc();
      }
    } else {
      --budget;
    }
  }
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}

void arm(long allowance, Mode how) {
  in_json_destructor();  // reads the symbol table now, while allocations may succeed
  failed = false;
  mode = how;
  budget = allowance;
}
void disarm() { budget = -1; }

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using samen_support::Reply;
using samen_support::Session;

const std::string kEnd =
    R"({"opdracht":"lidmaatschap.beeindigen","actor":{"organisatie":"g-utrecht","rollen":["gebruik-beheerder"]},)"
    R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"sw-noord~g-utrecht","reden":"eigen koers"}})";
const std::string kRefused =
    R"({"opdracht":"lidmaatschap.beeindigen","actor":{},"tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"sw-noord~g-utrecht"}})";
const std::string kOtherState =
    R"({"organisaties":[{"id":"sw","naam":"SW","type":"Samenwerking","status":"Actief","deelnemers":["g"]},)"
    R"({"id":"g","naam":"G","type":"Gemeente","status":"Actief"}],"modules":[{"id":"m","naam":"M","aanbieder":"sw"}]})";
const std::string kQuery =
    R"({"vraag":"toegestaneOpdrachten","actor":{"rollen":["functioneel-beheerder"]},"gegevens":{"object":"sw-noord"}})";
// Admission: a submitted aanvraag with a samenwerkingtype, and a collective registered with a
// first beheerder that names its organisation (both compared to a text without allocating).
const std::string kSubmit =
    R"({"opdracht":"aanvraag.indienen","actor":{},"tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"av-oost",)"
    R"("naam":"SW Oost","type":"Samenwerking","doel":"d","contactpersoon":{"naam":"J","e-mailadres":"j@o.nl"},)"
    R"("grondslag":"GR","samenwerkingtype":"DVO"}})";
const std::string kRegister =
    R"({"opdracht":"organisatie.registreren","actor":{"rollen":["functioneel-beheerder"]},"tijdstip":"2026-11-22T10:00:00Z",)"
    R"("gegevens":{"organisatie":{"id":"sw-oost","naam":"SW Oost","type":"Samenwerking","samenwerkingtype":"DVO"},)"
    R"("aanvraag":"av-noord","eersteBeheerder":{"id":"cp-oost","organisatie":"sw-oost","e-mailadres":"b@o.nl",)"
    R"("rollen":["aanbod-beheerder"]}}})";

struct Outcome {
  long injection_points = 0;
  long lost_states = 0;
};

// One C ABI call on an engine; only the call itself runs with the budget armed.
using RawCall = std::function<samen_status(samen_engine*, char**)>;

Reply armed(const RawCall& call, samen_engine* engine, long allowance, Mode how, bool& exhausted) {
  char* out = nullptr;
  arm(allowance, how);
  const samen_status status = call(engine, &out);
  exhausted = failed;
  disarm();
  return samen_support::take([&](char** handed) {
    *handed = out;
    return status;
  });
}

// Runs `call` on a fresh engine with the example state with a budget of 0, 1, 2, ...
// allocations until it completes within its budget, checking each answer against the one
// given without a budget.
Outcome exhaust(const char* what, const RawCall& call, bool changes_state, Mode how) {
  Session reference_session = example_session();
  const std::string before = reference_session.exported();
  bool exhausted = false;
  const Reply reference = armed(call, reference_session.handle(), -1, how, exhausted);
  REQUIRE(reference.ok());
  const std::string reference_after = reference_session.exported();

  Outcome outcome;
  for (long allowance = 0;; ++allowance) {
    Session session = example_session();
    const Reply reply = armed(call, session.handle(), allowance, how, exhausted);
    INFO(what << " with " << allowance << " allocations: status " << reply.status << " " << reply.text);
    if (reply.status == SAMEN_ERR_MEMORY) {
      if (reply.had_text) CHECK(samen_support::first_error_code(reply) == "GEHEUGEN");
      const Reply exported = session.export_reply();
      if (exported.ok()) {
        CHECK(exported.text == before);
      } else {
        // Lost while committing: every call but load says so, and load brings it back.
        ++outcome.lost_states;
        CHECK(changes_state);
        CHECK(samen_support::first_error_code(exported) == "GEHEUGEN");
        CHECK(samen_support::first_error_code(session.check(kEnd)) == "GEHEUGEN");
        REQUIRE(session.load(example_state_text()).ok());
        CHECK(session.exported() == before);
      }
      ++outcome.injection_points;
      continue;
    }
    REQUIRE(reply.status == SAMEN_OK);
    CHECK(reply.text == reference.text);
    CHECK(session.exported() == (changes_state ? reference_after : before));
    if (!exhausted) break;  // the call needed fewer allocations than allowed: every point was tried
    ++outcome.injection_points;
  }
  std::cout << "out of memory (" << (how == Mode::once ? "once" : "persistent") << "): " << what
            << ": failed at each of " << outcome.injection_points << " allocations"
            << ", state lost (and reloaded) " << outcome.lost_states << " times; "
            << spared << " allocations in nlohmann's destructor spared so far\n";
  return outcome;
}

samen_status load_other(samen_engine* e, char** out) { return samen_engine_load(e, kOtherState.data(), kOtherState.size(), out); }
samen_status apply_end(samen_engine* e, char** out) { return samen_engine_apply(e, kEnd.data(), kEnd.size(), out); }
samen_status check_end(samen_engine* e, char** out) { return samen_engine_check(e, kEnd.data(), kEnd.size(), out); }
samen_status apply_refused(samen_engine* e, char** out) { return samen_engine_apply(e, kRefused.data(), kRefused.size(), out); }
samen_status query_allowed(samen_engine* e, char** out) { return samen_engine_query(e, kQuery.data(), kQuery.size(), out); }
samen_status check_submit(samen_engine* e, char** out) { return samen_engine_check(e, kSubmit.data(), kSubmit.size(), out); }
samen_status check_register(samen_engine* e, char** out) {
  return samen_engine_check(e, kRegister.data(), kRegister.size(), out);
}
samen_status export_state(samen_engine* e, char** out) { return samen_engine_export(e, out); }

}  // namespace

TEST_CASE("every allocation of samen_engine_new can fail: SAMEN_ERR_MEMORY, no engine, no leak", "[memory]") {
  long points = 0;
  for (long allowance = 0;; ++allowance, ++points) {
    samen_engine* engine = nullptr;
    bool exhausted = false;
    const Reply reply = armed([&](samen_engine*, char** out) { return samen_engine_new("{\"taal\":\"en\"}", 13, &engine, out); },
                              nullptr, allowance, Mode::persistent, exhausted);
    INFO("allowance " << allowance << ": " << reply.text);
    if (reply.status == SAMEN_OK) {
      CHECK(engine != nullptr);
      samen_engine_free(engine);
      if (!exhausted) break;
      continue;
    }
    CHECK(reply.status == SAMEN_ERR_MEMORY);
    CHECK(engine == nullptr);
  }
  std::cout << "out of memory: samen_engine_new: failed at each of " << points << " allocations\n";
  CHECK(points > 0);
}

TEST_CASE("every allocation of load can fail, and the previous state stays", "[memory]") {
  for (const Mode how : {Mode::once, Mode::persistent}) {
    const auto outcome = exhaust("load", load_other, true, how);
    CHECK(outcome.injection_points > 100);
    CHECK(outcome.lost_states == 0);
  }
}

TEST_CASE("every allocation of an allowed apply can fail: the state stays, or is marked lost until load", "[memory]") {
  for (const Mode how : {Mode::once, Mode::persistent})
    CHECK(exhaust("apply (allowed, with cascade)", apply_end, true, how).injection_points > 50);
}

TEST_CASE("every allocation of check, a refused apply, a query and export can fail without a trace", "[memory]") {
  for (const Mode how : {Mode::once, Mode::persistent}) {
    CHECK(exhaust("check", check_end, false, how).lost_states == 0);
    CHECK(exhaust("apply (refused)", apply_refused, false, how).lost_states == 0);
    CHECK(exhaust("query toegestaneOpdrachten", query_allowed, false, how).lost_states == 0);
    CHECK(exhaust("export", export_state, false, how).lost_states == 0);
  }
}

TEST_CASE("every allocation of the admission commands can fail without a trace", "[memory]") {
  for (const Mode how : {Mode::once, Mode::persistent}) {
    CHECK(exhaust("check aanvraag.indienen", check_submit, false, how).injection_points > 50);
    CHECK(exhaust("check organisatie.registreren (collective)", check_register, false, how).injection_points > 50);
  }
}

// Out of memory in a wasm build whose memory may grow only to a small maximum (CMakeLists.txt):
// when growth fails, malloc returns NULL and operator new throws, and every C ABI call must then
// answer SAMEN_ERR_MEMORY instead of aborting the page. The engine keeps working afterwards:
// the state is as it was, or (when memory ran out while a command was being committed) lost
// until the next load, which brings it back. Built and run only under Emscripten (node).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <exception>
#include <new>
#include <sstream>
#include <string>

#include "samen.h"

namespace {

int failures = 0;

void expect(bool condition, const std::string& what) {
  std::printf("  %s %s\n", condition ? "ok  " : "FAIL", what.c_str());
  if (!condition) ++failures;
}

struct Answer {
  samen_status status = SAMEN_ERR_INTERNAL;
  std::string text;  // empty when *out was NULL
};

template <class Call>
Answer call(Call&& c) {
  char* out = nullptr;
  Answer answer;
  answer.status = c(&out);
  if (out) answer.text = out;
  samen_string_free(out);
  return answer;
}

Answer load(samen_engine* e, const std::string& s) {
  return call([&](char** out) { return samen_engine_load(e, s.data(), s.size(), out); });
}
Answer apply(samen_engine* e, const std::string& s) {
  return call([&](char** out) { return samen_engine_apply(e, s.data(), s.size(), out); });
}
Answer exported(samen_engine* e) { return call([&](char** out) { return samen_engine_export(e, out); }); }

bool memory_failure(const Answer& answer) {
  return answer.status == SAMEN_ERR_MEMORY &&
         (answer.text.empty() || answer.text.find("\"code\":\"GEHEUGEN\"") != std::string::npos);
}

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A state of n Gemeenten, each a member of one Samenwerking, written into one string of its
// final size: the test must not run out of memory itself before the engine is reached (the
// streaming loader needs only about twice the text, so the text must get large).
std::string big_state(int n) {
  std::string state;
  state.reserve(static_cast<std::size_t>(n) * 170 + 128);
  state += R"({"organisaties":[{"id":"sw","naam":"SW","type":"Samenwerking","status":"Actief"})";
  for (int i = 0; i < n; ++i) {
    const std::string g = "g-" + std::to_string(i);
    state += R"(,{"id":")";
    state += g;
    state += R"(","naam":"Gemeente )";
    state += g;
    state += R"(","type":"Gemeente","status":"Actief"})";
  }
  state += R"(],"lidmaatschappen":[)";
  for (int i = 0; i < n; ++i) {
    if (i) state += ',';
    state += R"({"id":"lm-)";
    state += std::to_string(i);
    state += R"(","samenwerking":"sw","lid":"g-)";
    state += std::to_string(i);
    state += R"(","status":"actief"})";
  }
  state += "]}";
  return state;
}

const char* const kDeclare =
    R"({"opdracht":"lidmaatschap.aangeven","actor":{"organisatie":"g-bunnik","rollen":["gebruik-beheerder"]},)"
    R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"l-bunnik","samenwerking":"sw-noord","lid":"g-bunnik"}})";

// 1. Loading states that grow until memory runs out: SAMEN_ERR_MEMORY, the previous state stays.
void load_until_memory_runs_out(samen_engine* engine, const std::string& example) {
  const std::string before = exported(engine).text;
  bool ran_out = false;
  // Steps of a quarter: the text must fit beside what the engine needs, so the engine runs out first.
  for (int n = 10000; n <= 5120000 && !ran_out; n += n / 4) {
    std::string state;
    try {
      state = big_state(n);
    } catch (const std::bad_alloc&) {
      break;  // the test itself ran out first: the engine was never reached
    }
    const Answer loaded = load(engine, state);
    std::printf("  load of %d Gemeenten (%zu kB): status %d\n", n, state.size() / 1000, loaded.status);
    if (loaded.status == SAMEN_OK) {
      expect(load(engine, example).status == SAMEN_OK, "the example loads again after a large state");
      continue;
    }
    ran_out = true;
    expect(memory_failure(loaded), "a state too large for memory: SAMEN_ERR_MEMORY, not an abort");
    state.clear();
    state.shrink_to_fit();
    expect(exported(engine).text == before, "the previous state stays");
    const Answer applied = apply(engine, kDeclare);
    expect(applied.status == SAMEN_OK && applied.text.find("\"toegestaan\":true") != std::string::npos,
           "the engine goes on: a command is applied");
  }
  expect(ran_out, "memory ran out (the maximum memory is small enough)");
}

// 2. Commands that make the state grow until memory runs out during apply.
void apply_until_memory_runs_out(samen_engine* engine, const std::string& example) {
  expect(load(engine, example).status == SAMEN_OK, "the example loads");
  const std::string ballast(2 * 1024 * 1024, 'x');
  bool ran_out = false;
  for (int i = 0; i < 200 && !ran_out; ++i) {
    const std::string command =
        R"({"opdracht":"module.registreren","actor":{"organisatie":"l-acme","rollen":["aanbod-beheerder"]},)"
        R"("tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"m-ballast-)" + std::to_string(i) + R"(","naam":"Ballast )" +
        std::to_string(i) + R"(","aanbieder":"l-acme","bijlage":")" + ballast + R"("}})";
    const Answer applied = apply(engine, command);
    if (applied.status == SAMEN_OK && applied.text.find("\"toegestaan\":true") != std::string::npos) continue;
    if (applied.status != SAMEN_ERR_MEMORY) {
      std::printf("  (module.registreren is not allowed here: %s)\n", applied.text.substr(0, 300).c_str());
      ++failures;
      return;
    }
    ran_out = true;
    std::printf("  apply %d (state about %d MB): status %d\n", i, 2 * i, applied.status);
    expect(memory_failure(applied), "a command when memory is exhausted: SAMEN_ERR_MEMORY, not an abort");
    // Was it applied? A small query asks whether the module exists (the state may be too large
    // to export now).
    const std::string probe = R"({"vraag":"toegestaneOpdrachten","gegevens":{"object":"m-ballast-)" + std::to_string(i) + R"("}})";
    const Answer asked = call([&](char** out) { return samen_engine_query(engine, probe.data(), probe.size(), out); });
    const bool lost = asked.text.find("GEHEUGEN") != std::string::npos;
    expect(lost || asked.text.find("INVOER-003") != std::string::npos,
           lost ? "the state is marked lost (GEHEUGEN) until the next load" : "the command was not applied");
  }
  expect(ran_out, "memory ran out while applying");
  expect(load(engine, example).status == SAMEN_OK, "load brings the engine back");
  expect(apply(engine, kDeclare).status == SAMEN_OK, "and it goes on");
}

}  // namespace

int main() {
  // An abort would end the page: say so plainly, and let the trap show where it came from.
  std::set_terminate([] {
    std::fputs("FAIL std::terminate: the module would abort here\n", stderr);
    __builtin_trap();
  });
  const std::string example = read(SAMEN_EXAMPLES_DIR "/catalogus.json");
  samen_engine* engine = nullptr;
  char* out = nullptr;
  if (samen_engine_new(R"({"limieten":{"maxBytes":1000000000}})", 37, &engine, &out) != SAMEN_OK) {
    std::printf("no engine: %s\n", out ? out : "(null)");
    return 1;
  }
  samen_string_free(out);
  expect(load(engine, example).status == SAMEN_OK, "the example loads");
  std::printf("wasm out of memory (maximum memory %d MiB):\n", SAMEN_WASM_MAXIMUM_MIB);
  load_until_memory_runs_out(engine, example);
  apply_until_memory_runs_out(engine, example);
  samen_engine_free(engine);
  samen_engine* second = nullptr;
  expect(samen_engine_new(nullptr, 0, &second, &out) == SAMEN_OK, "a new engine after all that");
  samen_string_free(out);
  samen_engine_free(second);
  std::printf("wasm out of memory: %s\n", failures ? "FAILED" : "ok");
  return failures ? 1 : 0;
}

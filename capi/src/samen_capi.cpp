// The C ABI: argument checks and one catch-all around the core; no logic of its own.
#include "samen.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "memory_reserve.hpp"
#include "samen/engine.hpp"

// The engine behind the opaque handle. `magic` lets the library tell a live engine from a
// stray or freed pointer as far as that is possible without global state.
struct samen_engine {
  static constexpr std::uint64_t kLive = 0x73616d656e4c4956ULL;  // "samenLIV"
  std::uint64_t magic = kLive;
  samen::Engine engine;
  explicit samen_engine(samen::Engine&& e) : engine(std::move(e)) {}
};

namespace {

// Copies a string into malloc'ed memory that samen_string_free releases; NULL if out of memory.
char* hand_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

samen_status fail(char** out, samen_status status, const char* code, const char* melding) {
  if (out) {
    samen::CallFailure failure;
    failure.fouten.push_back(samen::CallError{code, melding, std::nullopt, {}});
    *out = hand_out(samen::render_failure(failure));
  }
  return status;
}

samen_status status_of(const samen::CallFailure& failure) {
  switch (failure.kind) {
    case samen::CallFailure::Kind::memory: return SAMEN_ERR_MEMORY;
    case samen::CallFailure::Kind::internal: return SAMEN_ERR_INTERNAL;
    case samen::CallFailure::Kind::input: break;
  }
  return SAMEN_ERR_INPUT;
}

// Hands the answer (or the failure) out through *out and maps it to a status.
samen_status deliver(const samen::Answer& answer, char** out) {
  *out = hand_out(answer ? *answer : samen::render_failure(answer.error()));
  if (!*out) return SAMEN_ERR_MEMORY;
  return answer ? SAMEN_OK : status_of(answer.error());
}

bool live(const samen_engine* engine) { return engine != nullptr && engine->magic == samen_engine::kLive; }

// Turns a failure into *out. Whatever was handed out already goes (the caller gets the failure
// instead), and rendering the failure needs memory too: when that runs out as well, *out stays
// NULL and the status still tells what happened (the header allows NULL for MEMORY and INTERNAL).
samen_status fail_quietly(char** out, samen_status status, const char* code, const char* melding) noexcept {
  std::free(*out);
  *out = nullptr;
  try {
    return fail(out, status, code, melding);
  } catch (...) {
    *out = nullptr;
    return status;
  }
}

// The one boundary guard: checks the out pointer, runs the call, and turns every exception
// into a status. Nothing thrown inside the library escapes into the host.
template <class Call>
samen_status guarded(char** out, Call&& call) noexcept {
  if (!out) return SAMEN_ERR_ARGUMENT;
  *out = nullptr;
  samen_capi::restore_memory_reserve();
  try {
    return call();
  } catch (const std::bad_alloc&) {
    return fail_quietly(out, SAMEN_ERR_MEMORY, "GEHEUGEN", "Onvoldoende geheugen / out of memory.");
  } catch (const std::exception& error) {
    return fail_quietly(out, SAMEN_ERR_INTERNAL, "INTERN", error.what());
  } catch (...) {
    return fail_quietly(out, SAMEN_ERR_INTERNAL, "INTERN", "onbekende fout / unknown error");
  }
}

// The checks of the engine handle and the input pointer (NULL is fine only with length 0);
// SAMEN_OK when they pass.
samen_status check_arguments(const samen_engine* engine, const char* input, size_t len, char** out) {
  if (!live(engine)) return fail(out, SAMEN_ERR_ARGUMENT, "ARGUMENT", "engine is NULL of geen levende engine / not a live engine");
  if (!input && len > 0) return fail(out, SAMEN_ERR_ARGUMENT, "ARGUMENT", "invoer is NULL / input is NULL");
  return SAMEN_OK;
}

template <class Call>
samen_status with_input(const samen_engine* engine, const char* input, size_t len, char** out, Call&& call) noexcept {
  return guarded(out, [&] {
    if (const samen_status bad = check_arguments(engine, input, len, out); bad != SAMEN_OK) return bad;
    return deliver(call(std::string_view(input ? input : "", len)), out);
  });
}

// load and apply change the state: their answer is handed out before the change is made, so
// that SAMEN_ERR_MEMORY always means the state is as it was (or, if memory ran out during the
// change itself, marked lost until the next load).
template <class Call>
samen_status changing(samen_engine* engine, const char* input, size_t len, char** out, Call&& call) noexcept {
  return guarded(out, [&] {
    if (const samen_status bad = check_arguments(engine, input, len, out); bad != SAMEN_OK) return bad;
    samen_status status = SAMEN_ERR_INTERNAL;
    const auto hand_over = [&](const std::string& answer) {
      status = deliver(answer, out);
      if (!*out) throw std::bad_alloc();
    };
    const samen::Answer answer = call(std::string_view(input ? input : "", len), hand_over);
    return answer ? status : deliver(answer, out);
  });
}

}  // namespace

extern "C" {

uint32_t samen_abi_version(void) { return SAMEN_ABI_VERSION; }

const char* samen_version(void) { return samen::version(); }

samen_status samen_engine_new(const char* options, size_t len, samen_engine** engine, char** out) {
  if (engine) *engine = nullptr;
  return guarded(out, [&] {
    if (!engine) return fail(out, SAMEN_ERR_ARGUMENT, "ARGUMENT", "engine is NULL");
    if (!options && len > 0) return fail(out, SAMEN_ERR_ARGUMENT, "ARGUMENT", "opties zijn NULL / options are NULL");
    auto created = samen::Engine::create(std::string_view(options ? options : "", len));
    if (!created) return deliver(tl::make_unexpected(created.error()), out);
    const std::string effective = created->options_json();
    auto made = std::make_unique<samen_engine>(std::move(*created));
    // The engine is handed out only with SAMEN_OK: if the answer cannot be delivered, it goes.
    const samen_status status = deliver(effective, out);
    if (status == SAMEN_OK) *engine = made.release();
    return status;
  });
}

void samen_engine_free(samen_engine* engine) {
  if (!live(engine)) return;
  engine->magic = 0;
  delete engine;
}

samen_status samen_engine_load(samen_engine* engine, const char* state, size_t len, char** out) {
  return changing(engine, state, len, out, [&](std::string_view in, const auto& hand_over) { return engine->engine.load(in, hand_over); });
}

samen_status samen_engine_apply(samen_engine* engine, const char* command, size_t len, char** out) {
  return changing(engine, command, len, out, [&](std::string_view in, const auto& hand_over) { return engine->engine.apply(in, hand_over); });
}

samen_status samen_engine_check(const samen_engine* engine, const char* command, size_t len, char** out) {
  return with_input(engine, command, len, out, [&](std::string_view in) { return engine->engine.check(in); });
}

samen_status samen_engine_query(const samen_engine* engine, const char* query, size_t len, char** out) {
  return with_input(engine, query, len, out, [&](std::string_view in) { return engine->engine.query(in); });
}

samen_status samen_engine_export(const samen_engine* engine, char** out) {
  return with_input(engine, "", 0, out, [&](std::string_view) { return engine->engine.export_state(); });
}

void samen_string_free(char* s) { std::free(s); }

}  // extern "C"

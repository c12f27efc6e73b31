/*
 * samen: the collaboration rules engine of the GEMMA Softwarecatalogus. C ABI.
 *
 * Memory: every string the library hands out through a `char** out` parameter is a
 * NUL-terminated UTF-8 JSON text owned by the caller, to be released with
 * samen_string_free() and nothing else. Input strings are borrowed for the duration of the
 * call only, given as (pointer, length) in UTF-8; no terminator is needed. An engine is
 * created by samen_engine_new() and released by samen_engine_free(); the const char* of
 * samen_version() is static and must not be freed.
 *
 * Results: SAMEN_OK means the input was evaluated and *out holds the answer, whether the
 * command was allowed or refused (spec §2.3). SAMEN_ERR_INPUT means it could not be
 * evaluated and *out holds {"fouten": [...]}. On SAMEN_ERR_ARGUMENT, SAMEN_ERR_MEMORY and
 * SAMEN_ERR_INTERNAL, *out holds {"fouten": [...]} when it could be made, else NULL.
 * No C++ exception ever crosses this boundary.
 *
 * Threads: there is no global mutable state. Separate engines may be used from separate
 * threads at once. On one engine, check, query and export may run concurrently with each
 * other, but not with load or apply, and not with free.
 *
 * Versions: samen_abi_version() changes only when a declaration here changes incompatibly;
 * the shared library's SOVERSION follows it. Functions are added, never changed.
 */
#ifndef SAMEN_H
#define SAMEN_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) && defined(SAMEN_BUILDING_LIBRARY)
#define SAMEN_API __declspec(dllexport)
#elif defined(__EMSCRIPTEN__)
#define SAMEN_API __attribute__((visibility("default"), used))
#elif defined(__GNUC__)
#define SAMEN_API __attribute__((visibility("default")))
#else
#define SAMEN_API
#endif

#ifdef __cplusplus
#define SAMEN_EXTERN_C_BEGIN extern "C" {
#define SAMEN_EXTERN_C_END }
#else
#define SAMEN_EXTERN_C_BEGIN
#define SAMEN_EXTERN_C_END
#endif

SAMEN_EXTERN_C_BEGIN

/* Section - Types */

typedef struct samen_engine samen_engine; /* opaque: a catalogue state plus options */

typedef enum samen_status {
  SAMEN_OK = 0,             /* evaluated: *out holds the answer (allowed or refused alike) */
  SAMEN_ERR_ARGUMENT = 1,   /* null pointer or not a live engine: *out may stay NULL */
  SAMEN_ERR_INPUT = 2,      /* not evaluable: *out holds {"fouten": [...]} */
  SAMEN_ERR_MEMORY = 3,     /* out of memory: *out holds {"fouten": [...]} or NULL */
  SAMEN_ERR_INTERNAL = 255  /* a defect of the library: *out holds {"fouten": [...]} or NULL */
} samen_status;

/* Section - Library */

/* The ABI version of this library (1). Never fails. */
SAMEN_API uint32_t samen_abi_version(void);
/* The library version, "major.minor.patch". Static: do not free. Never fails. */
SAMEN_API const char* samen_version(void);

/* Section - Engine */

/* Creates an engine with the options JSON (spec §7); options may be NULL or empty for the
 * defaults. On SAMEN_OK *engine is the new engine and *out the effective options; on failure
 * *engine is NULL and *out holds {"fouten": [...]} (OPTIES, JSON-*). */
SAMEN_API samen_status samen_engine_new(const char* options, size_t len, samen_engine** engine, char** out);
/* Releases an engine and its state. NULL is fine; anything else must be a live engine. */
SAMEN_API void samen_engine_free(samen_engine* engine);
/* Replaces the whole state (spec §2.1); *out holds the counts per kind. On failure (TOESTAND,
 * JSON-*) the previous state is kept unchanged. */
SAMEN_API samen_status samen_engine_load(samen_engine* engine, const char* state, size_t len, char** out);
/* Evaluates and, if allowed, performs one command; *out holds the result (spec §2.3). A
 * refused or unevaluable command changes nothing. */
SAMEN_API samen_status samen_engine_apply(samen_engine* engine, const char* command, size_t len, char** out);
/* Evaluates one command without performing it (a dry run); same answer as apply. */
SAMEN_API samen_status samen_engine_check(const samen_engine* engine, const char* command, size_t len, char** out);
/* Answers one query (spec §2.4); VRAAG-* and JSON-* failures give SAMEN_ERR_INPUT. */
SAMEN_API samen_status samen_engine_query(const samen_engine* engine, const char* query, size_t len, char** out);
/* Writes the whole state as JSON (spec §2.1), deterministically. */
SAMEN_API samen_status samen_engine_export(const samen_engine* engine, char** out);

/* Section - Strings */

/* Releases a string handed out by this library. NULL is fine. */
SAMEN_API void samen_string_free(char* s);

SAMEN_EXTERN_C_END

#endif /* SAMEN_H */

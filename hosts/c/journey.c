/* The membership journey of the catalogue, through libsamen.so from C (docs/hosts/c.md).
 *
 *   cc journey.c $(pkg-config --cflags --libs samen) -o journey
 *   ./journey path/to/catalogus.json
 *
 * Every answer is JSON; a real host parses it with its JSON library. Here each answer is only
 * searched for what the step expects, and the program exits 1 if one is missing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <samen.h>

#define HOUTEN "{\"organisatie\":\"g-houten\",\"rollen\":[\"gebruik-beheerder\"]}"
#define NOORD "{\"organisatie\":\"sw-noord\",\"rollen\":[\"gebruik-beheerder\"]}"

static const char* const DECLARE =
    "{\"opdracht\":\"lidmaatschap.aangeven\",\"actor\":" HOUTEN ",\"tijdstip\":\"2026-11-02T09:00:00Z\","
    "\"gegevens\":{\"id\":\"l-houten-noord\",\"samenwerking\":\"sw-noord\",\"lid\":\"g-houten\"}}";
static const char* const CONFIRM =
    "{\"opdracht\":\"lidmaatschap.bevestigen\",\"actor\":" NOORD ",\"tijdstip\":\"2026-11-03T09:00:00Z\","
    "\"gegevens\":{\"id\":\"l-houten-noord\"}}";
static const char* const SELF_ADD =
    "{\"opdracht\":\"lidmaatschap.aangeven\",\"actor\":" NOORD ",\"tijdstip\":\"2026-11-03T10:00:00Z\","
    "\"gegevens\":{\"id\":\"l-bunnik-noord\",\"samenwerking\":\"sw-noord\",\"lid\":\"g-bunnik\"}}";
static const char* const LEDEN = "{\"vraag\":\"leden\",\"actor\":" NOORD ",\"gegevens\":{\"samenwerking\":\"sw-noord\"}}";

/* Reads a whole file into malloc'ed memory; NULL if it cannot. */
static char* read_file(const char* path, size_t* len) {
  FILE* file = fopen(path, "rb");
  char* text = NULL;
  long size;
  if (!file) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0 &&
      (text = malloc((size_t)size + 1)) != NULL) {
    *len = fread(text, 1, (size_t)size, file);
    text[*len] = '\0';
  }
  fclose(file);
  return text;
}

/* Reports one step: the status must be `expected` and the answer *out must contain `needle`.
 * Frees *out, as every string the library hands out must be freed. The answer is taken through
 * `out` because C evaluates the arguments of a call in no fixed order. */
static int step(const char* name, samen_status status, char** out, samen_status expected, const char* needle) {
  int ok = status == expected && *out != NULL && strstr(*out, needle) != NULL;
  printf("%-26s %s\n", name, ok ? "ok" : "UNEXPECTED");
  if (!ok) fprintf(stderr, "%s: status %d, answer %s\n", name, (int)status, *out ? *out : "(none)");
  samen_string_free(*out);
  *out = NULL;
  return ok;
}

int main(int argc, char** argv) {
  samen_engine* engine = NULL;
  char* out = NULL;
  char* state;
  size_t len = 0;
  int ok = 1;

  if (argc != 2) {
    fprintf(stderr, "usage: %s CATALOGUS.json\n", argv[0]);
    return 2;
  }
  if (samen_abi_version() != 1) { /* built against ABI 1: refuse another */
    fprintf(stderr, "libsamen has ABI %u, expected 1\n", (unsigned)samen_abi_version());
    return 1;
  }
  printf("samen %s, ABI %u\n", samen_version(), (unsigned)samen_abi_version());
  if ((state = read_file(argv[1], &len)) == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  if (samen_engine_new(NULL, 0, &engine, &out) != SAMEN_OK) {
    fprintf(stderr, "no engine: %s\n", out ? out : "(none)");
    samen_string_free(out);
    free(state);
    return 1;
  }
  samen_string_free(out); /* the effective options */

  ok &= step("load", samen_engine_load(engine, state, len, &out), &out, SAMEN_OK, "\"organisaties\":11");
  free(state);
  ok &= step("lidmaatschap.aangeven", samen_engine_apply(engine, DECLARE, strlen(DECLARE), &out), &out, SAMEN_OK,
             "\"toegestaan\":true");
  ok &= step("lidmaatschap.bevestigen", samen_engine_apply(engine, CONFIRM, strlen(CONFIRM), &out), &out, SAMEN_OK,
             "\"status\":\"actief\"");
  /* A dry run of what a collective may not do: refused (still SAMEN_OK: it was evaluated). */
  ok &= step("check: LID-003", samen_engine_check(engine, SELF_ADD, strlen(SELF_ADD), &out), &out, SAMEN_OK,
             "\"code\":\"LID-003\"");
  ok &= step("query: leden", samen_engine_query(engine, LEDEN, strlen(LEDEN), &out), &out, SAMEN_OK,
             "\"lid\":\"g-houten\"");
  ok &= step("export", samen_engine_export(engine, &out), &out, SAMEN_OK, "\"id\":\"l-houten-noord\"");
  /* Input that cannot be evaluated: a non-OK status, and the fouten say why. */
  ok &= step("not evaluable: JSON-SYNTAX", samen_engine_apply(engine, "{", 1, &out), &out, SAMEN_ERR_INPUT,
             "\"code\":\"JSON-SYNTAX\"");

  samen_engine_free(engine);
  return ok ? 0 : 1;
}

/* samen.h compiles as strict C99 and every declared function links and behaves at its edges. */
#include <stdio.h>
#include <string.h>

#include "samen.h"

static int failures = 0;
#define EXPECT(cond)                                             \
  do {                                                           \
    if (!(cond)) {                                               \
      fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                \
    }                                                            \
  } while (0)

int main(void) {
  samen_engine* engine = NULL;
  char* out = NULL;
  const char* state = "{\"organisaties\":[{\"id\":\"g\",\"type\":\"Gemeente\",\"status\":\"Actief\"}]}";
  const char* query = "{\"vraag\":\"deelnames\",\"gegevens\":{\"organisatie\":\"g\"}}";

  EXPECT(samen_abi_version() == 1);
  EXPECT(samen_version() != NULL && strlen(samen_version()) > 0);

  EXPECT(samen_engine_new(NULL, 0, &engine, &out) == SAMEN_OK);
  EXPECT(engine != NULL && out != NULL);
  samen_string_free(out);

  EXPECT(samen_engine_load(engine, state, strlen(state), &out) == SAMEN_OK);
  samen_string_free(out);
  EXPECT(samen_engine_query(engine, query, strlen(query), &out) == SAMEN_OK);
  samen_string_free(out);
  EXPECT(samen_engine_check(engine, "{}", 2, &out) == SAMEN_ERR_INPUT);
  EXPECT(out != NULL && strstr(out, "OPDRACHT-ONTBREEKT") != NULL);
  samen_string_free(out);
  EXPECT(samen_engine_apply(engine, "[", 1, &out) == SAMEN_ERR_INPUT);
  samen_string_free(out);
  EXPECT(samen_engine_export(engine, &out) == SAMEN_OK);
  EXPECT(out != NULL && strstr(out, "\"lidmaatschappen\":[]") != NULL);
  samen_string_free(out);

  EXPECT(samen_engine_export(NULL, &out) == SAMEN_ERR_ARGUMENT);
  samen_string_free(out);
  samen_engine_free(engine);
  samen_engine_free(NULL);
  samen_string_free(NULL);
  if (failures == 0) printf("samen.h: C99 ok, ABI %u, version %s\n", (unsigned)samen_abi_version(), samen_version());
  return failures == 0 ? 0 : 1;
}

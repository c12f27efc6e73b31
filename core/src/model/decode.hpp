// JSON object -> typed object. Lenient: a field of the wrong type or value reads as absent;
// `controle` reports such data, and `load` accepts it (spec §2.1: strict about shape only).
#pragma once

#include "json/json.hpp"
#include "model/ids.hpp"
#include "model/objects.hpp"

namespace samen {

void decode(const Json& object, IdTable& ids, Organisatie& out);
void decode(const Json& object, IdTable& ids, Contactpersoon& out);
void decode(const Json& object, IdTable& ids, Aanvraag& out);
void decode(const Json& object, IdTable& ids, Lidmaatschap& out);
void decode(const Json& object, IdTable& ids, Module& out);
void decode(const Json& object, IdTable& ids, Dienst& out);
void decode(const Json& object, IdTable& ids, Gebruik& out);
void decode(const Json& object, IdTable& ids, Koppeling& out);
void decode(const Json& object, IdTable& ids, Afspraak& out);
void decode(const Json& object, IdTable& ids, Evaluatie& out);

// The terms of an afspraak, from a stored object or from the object a command would leave.
AfspraakTerms decode_terms(const Json& afspraak);

// Field readers shared with the rules that inspect stored objects.
const std::string* string_field(const Json& object, std::string_view key);

}  // namespace samen

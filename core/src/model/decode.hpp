// JSON object -> typed object. Lenient: a field of the wrong type or value reads as absent;
// `controle` reports such data, and `load` accepts it (spec §2.1: strict about shape only).
#pragma once

#include <string_view>
#include <vector>

#include "json/json.hpp"
#include "model/ids.hpp"
#include "model/objects.hpp"

namespace samen {

// What decode() reads an object through: every top-level key it looks up passes find(), so
// that decoded_keys() learns from decode itself which keys the streaming loader must capture
// (model/load_stream.cpp). Hence the one rule for decode: look every top-level key up
// unconditionally, never only when another field has some value.
// The members of an object that the streaming loader captured for decode(): a few keys, each
// once, as views of decoded_keys() (no string per key), with their values.
struct CapturedField {
  std::string_view key;
  Json value;
};
using CapturedFields = std::vector<CapturedField>;

class ObjectFields {
 public:
  ObjectFields(const Json& object) : object_(&object) {}  // NOLINT: implicit, decode(json, ...) reads a Json
  ObjectFields(const CapturedFields& captured) : captured_(&captured) {}  // NOLINT: implicit, as above
  const Json* find(std::string_view key) const;

 private:
  explicit ObjectFields(std::vector<std::string_view>* asked) : asked_(asked) {}
  const Json* object_ = nullptr;
  const CapturedFields* captured_ = nullptr;
  std::vector<std::string_view>* asked_ = nullptr;  // set: record the keys asked for, find nothing
  friend std::vector<std::string_view> decoded_keys(Kind kind);
};

void decode(ObjectFields object, IdTable& ids, Organisatie& out);
void decode(ObjectFields object, IdTable& ids, Contactpersoon& out);
void decode(ObjectFields object, IdTable& ids, Aanvraag& out);
void decode(ObjectFields object, IdTable& ids, Lidmaatschap& out);
void decode(ObjectFields object, IdTable& ids, Module& out);
void decode(ObjectFields object, IdTable& ids, Dienst& out);
void decode(ObjectFields object, IdTable& ids, Gebruik& out);
void decode(ObjectFields object, IdTable& ids, Koppeling& out);
void decode(ObjectFields object, IdTable& ids, Afspraak& out);
void decode(ObjectFields object, IdTable& ids, Evaluatie& out);

// The terms of an afspraak, from a stored object or from the object a command would leave.
AfspraakTerms decode_terms(ObjectFields afspraak);

// The top-level keys decode() reads for objects of this kind, sorted, each once: an object
// reduced to these keys decodes exactly as the whole object does.
std::vector<std::string_view> decoded_keys(Kind kind);

// Field readers shared with the rules that inspect stored objects.
const std::string* string_field(const Json& object, std::string_view key);

}  // namespace samen

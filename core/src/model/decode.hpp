// JSON object -> typed object. Lenient: a field of the wrong type or value reads as absent;
// `controle` reports such data, and `load` accepts it (spec §2.1: strict about shape only).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "json/json.hpp"
#include "model/field_value.hpp"
#include "model/ids.hpp"
#include "model/objects.hpp"

namespace samen {

// Where the streaming loader found a value that decode() reads: a key of decoded_keys() (a
// view of it: no string per key) and the bytes of its value in the object's compact text.
struct CapturedField {
  std::string_view key;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// What decode() reads an object through: every top-level key it looks up passes find(), so
// that decoded_keys() learns from decode itself which keys the streaming loader must capture
// (model/load_stream.cpp). Hence the one rule for decode: look every top-level key up
// unconditionally, never only when another field has some value.
class ObjectFields {
 public:
  ObjectFields(const Json& object) : object_(&object) {}  // NOLINT: implicit, decode(json, ...) reads a Json
  // An object's compact text with the fields captured in it; `decoded` as for FieldValue.
  ObjectFields(std::string_view text, std::span<const CapturedField> captured, TextArena& decoded)
      : text_(text), captured_(captured), decoded_(&decoded) {}
  FieldValue find(std::string_view key) const;

 private:
  explicit ObjectFields(std::vector<std::string_view>* asked) : asked_(asked) {}
  const Json* object_ = nullptr;
  std::string_view text_;
  std::span<const CapturedField> captured_;
  TextArena* decoded_ = nullptr;
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

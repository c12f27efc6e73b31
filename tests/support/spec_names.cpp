#include "spec_names.hpp"

#include "answer_contract.hpp"

namespace samen_support {

bool knows_command(const Session& session, std::string_view opdracht) {
  const std::string probe = "{\"opdracht\":\"" + std::string(opdracht) + "\"}";
  return first_error_code(session.check(probe)) != "OPDRACHT-ONBEKEND";
}

bool knows_query(const Session& session, std::string_view vraag) {
  const std::string probe = "{\"vraag\":\"" + std::string(vraag) + "\"}";
  return first_error_code(session.query(probe)) != "VRAAG-ONBEKEND";
}

}  // namespace samen_support

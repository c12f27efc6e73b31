#include "answer_contract.hpp"

#include <array>

#include <nlohmann/json.hpp>

namespace samen_support {
namespace {

using Json = nlohmann::ordered_json;

std::optional<Json> parsed(const std::string& text) {
  try {
    return Json::parse(text);  // also rejects invalid UTF-8
  } catch (const std::exception&) {  // nlohmann throws samen::JsonMisuse (json/nlohmann_config.hpp)
    return std::nullopt;
  }
}

bool is_string_field(const Json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string();
}

// A rule code of spec §5: upper-case letters, a dash, three digits (INVOER-001, AUTH-002, ...).
bool looks_like_rule_code(const std::string& code) {
  const auto dash = code.find('-');
  if (dash == std::string::npos || dash == 0 || code.size() != dash + 4) return false;
  for (std::size_t i = 0; i < dash; ++i)
    if (code[i] < 'A' || code[i] > 'Z') return false;
  for (std::size_t i = dash + 1; i < code.size(); ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  return true;
}

std::optional<std::string> failure_breach(const Json& root) {
  if (!root.is_object() || root.size() != 1 || !root.contains("fouten")) return "a failure is not {\"fouten\":[...]}";
  const Json& fouten = root["fouten"];
  if (!fouten.is_array() || fouten.empty()) return "\"fouten\" is not a non-empty list";
  for (const Json& fout : fouten) {
    if (!fout.is_object() || !is_string_field(fout, "code") || !is_string_field(fout, "melding"))
      return "a fout lacks code or melding";
    if (!is_call_level_code(fout["code"].get<std::string>())) return "unknown call-level code " + fout["code"].dump();
    if (fout["melding"].get<std::string>().empty()) return "an empty melding";
    if (fout.contains("positie") && !fout["positie"].is_number_unsigned()) return "positie is not a byte offset";
  }
  return std::nullopt;
}

std::optional<std::string> decision_breach(const Json& root) {
  if (!root.is_object() || !root.contains("toegestaan") || !root["toegestaan"].is_boolean())
    return "a decision without boolean toegestaan";
  if (!root.contains("meldingen") || !root["meldingen"].is_array()) return "a decision without meldingen";
  if (!root.contains("wijzigingen") || !root["wijzigingen"].is_array()) return "a decision without wijzigingen";
  bool any_fout = false;
  for (const Json& melding : root["meldingen"]) {
    if (!melding.is_object() || !is_string_field(melding, "code") || !is_string_field(melding, "ernst") ||
        !is_string_field(melding, "melding") || !is_string_field(melding, "pad"))
      return "a melding lacks code, ernst, melding or pad";
    const std::string ernst = melding["ernst"].get<std::string>();
    if (ernst != "fout" && ernst != "waarschuwing") return "ernst is " + ernst;
    if (ernst == "fout") any_fout = true;
    if (!looks_like_rule_code(melding["code"].get<std::string>())) return "not a rule code: " + melding["code"].dump();
    const std::string pad = melding["pad"].get<std::string>();
    if (!pad.empty() && pad.front() != '/') return "pad is not a JSON Pointer: " + pad;
  }
  if (root["toegestaan"].get<bool>() == any_fout) return "toegestaan disagrees with the meldingen";
  if (any_fout && !root["wijzigingen"].empty()) return "a refused command lists wijzigingen";
  for (const Json& change : root["wijzigingen"]) {
    if (!change.is_object() || !is_string_field(change, "actie") || !is_string_field(change, "soort") ||
        !change.contains("object") || !change["object"].is_object() || !is_string_field(change["object"], "id"))
      return "a wijziging lacks actie, soort or an object with an id";
  }
  return std::nullopt;
}

}  // namespace

bool is_call_level_code(std::string_view code) {
  static constexpr std::array<std::string_view, 14> kCodes = {
      "JSON-SYNTAX", "JSON-DIEPTE", "JSON-GROOTTE", "JSON-UTF8", "OPDRACHT-ONBEKEND", "OPDRACHT-ONTBREEKT",
      "VRAAG-ONBEKEND", "VRAAG-ONTBREEKT", "OPTIES", "TOESTAND", "ARGUMENT", "GEHEUGEN", "INTERN"};
  for (std::string_view known : kCodes)
    if (known == code) return true;
  return false;
}

std::optional<std::string> contract_breach(Call call, const Reply& reply, bool memory_may_fail) {
  const auto with_text = [&](const std::string& what) { return what + " in: " + reply.text.substr(0, 2000); };
  switch (reply.status) {
    case SAMEN_OK:
    case SAMEN_ERR_INPUT:
      break;
    case SAMEN_ERR_MEMORY:
      if (memory_may_fail) return std::nullopt;
      return with_text("SAMEN_ERR_MEMORY");
    default:
      return with_text("status " + std::to_string(static_cast<int>(reply.status)));
  }
  if (!reply.had_text) return std::string("*out is NULL");
  const auto root = parsed(reply.text);
  if (!root) return with_text("not valid JSON (or not valid UTF-8)");
  if (reply.status == SAMEN_ERR_INPUT) {
    if (call == Call::export_state) return with_text("export failed");
    if (auto breach = failure_breach(*root)) return with_text(*breach);
    return std::nullopt;
  }
  if (!root->is_object()) return with_text("the answer is not an object");
  if (call == Call::command) {
    if (auto breach = decision_breach(*root)) return with_text(*breach);
  } else if (call == Call::query) {
    if (!is_string_field(*root, "vraag") || !root->contains("meldingen")) return with_text("a query answer without vraag");
  } else if (call == Call::load) {
    if (!root->contains("geladen")) return with_text("a load answer without geladen");
  }
  return std::nullopt;
}

std::string first_error_code(const Reply& reply) {
  const auto root = parsed(reply.text);
  if (!root || !root->is_object()) return "";
  if (const auto fouten = root->find("fouten"); fouten != root->end() && fouten->is_array() && !fouten->empty())
    return (*fouten)[0].value("code", "");
  if (const auto meldingen = root->find("meldingen"); meldingen != root->end() && meldingen->is_array())
    for (const Json& melding : *meldingen)
      if (melding.value("ernst", "") == "fout") return melding.value("code", "");
  return "";
}

}  // namespace samen_support

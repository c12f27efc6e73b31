#include "eval/envelope.hpp"

#include "model/time.hpp"

namespace samen {
namespace {

void problem(std::vector<Melding>& problems, std::string_view key, std::string_view pad, MessageArgs args = {}) {
  problems.push_back(Melding{Stage::shape, std::string(key), std::string(pad), owned(args), std::nullopt});
}

Actor read_actor(const Json& root, std::vector<Melding>& problems) {
  Actor actor;
  const auto found = root.find("actor");
  if (found == root.end() || found->is_null()) return actor;  // a visitor
  if (!found->is_object()) {
    problem(problems, "INVOER-002/object", "/actor", {"/actor"});
    return actor;
  }
  if (const auto org = found->find("organisatie"); org != found->end() && !org->is_null()) {
    if (org->is_string() && !org->get_ref<const std::string&>().empty())
      actor.organisatie = org->get<std::string>();
    else
      problem(problems, "INVOER-002/tekst", "/actor/organisatie", {"/actor/organisatie"});
  }
  if (const auto rollen = found->find("rollen"); rollen != found->end() && !rollen->is_null()) {
    if (!rollen->is_array()) {
      problem(problems, "INVOER-002/lijst", "/actor/rollen", {"/actor/rollen"});
      return actor;
    }
    for (std::size_t i = 0; i < rollen->size(); ++i) {
      const Json& item = (*rollen)[i];
      const auto rol = item.is_string() ? parse_rol(item.get_ref<const std::string&>()) : std::nullopt;
      const std::string pad = pointer_join("/actor/rollen", i);
      if (rol) actor.rollen |= bit(*rol);
      else problem(problems, "INVOER-002/rol", pad, {pad, item.is_string() ? item.get<std::string>() : dump(item)});
    }
  }
  return actor;
}

}  // namespace

Command read_envelope(const Json& root, std::string name, TimeNeed time, std::vector<Melding>& problems) {
  Command command;
  command.opdracht = std::move(name);
  command.actor = read_actor(root, problems);

  const auto tijdstip = root.find("tijdstip");
  const bool given = tijdstip != root.end() && !tijdstip->is_null();
  if (given && tijdstip->is_string()) {
    command.tijdstip_text = tijdstip->get<std::string>();
    command.tijdstip = parse_datetime(command.tijdstip_text);
  }
  if ((given || time == TimeNeed::required) && !command.tijdstip) problem(problems, "INVOER-005", "/tijdstip");

  const auto gegevens = root.find("gegevens");
  if (gegevens != root.end() && gegevens->is_object()) command.gegevens = &*gegevens;
  else if (gegevens != root.end() && !gegevens->is_null())
    problem(problems, "INVOER-002/object", "/gegevens", {"/gegevens"});
  return command;
}

}  // namespace samen

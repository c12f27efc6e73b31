#include "model/load.hpp"

namespace samen {
namespace {

std::optional<Kind> kind_of_array(std::string_view name) {
  for (std::size_t k = 0; k < kKindCount; ++k)
    if (kKindArrays[k] == name) return static_cast<Kind>(k);
  return std::nullopt;
}

tl::unexpected<LoadProblem> problem(std::string_view pad, std::string_view key, MessageArgs args = {}) {
  return tl::make_unexpected(LoadProblem{std::string(pad), std::string(key), owned(args)});
}

}  // namespace

tl::expected<std::size_t, LoadProblem> derive_memberships(State& state) {
  MultiIndex<std::uint64_t> known_pairs;  // (collective, member) keys; the value is unused
  const auto known = [&](std::uint64_t key) {
    if (!known_pairs.get(key).empty()) return true;
    known_pairs.add(key, 0);
    return false;
  };
  for (const Lidmaatschap& m : state.table<Lidmaatschap>().items) known(pair_key(m.samenwerking, m.lid));

  std::vector<std::pair<Id, Id>> pairs;
  for (const Organisatie& org : state.table<Organisatie>().items) {
    for (Id member : org.deelnemers)
      if (!known(pair_key(org.id, member))) pairs.emplace_back(org.id, member);
    for (Id collective : org.deelnames)
      if (!known(pair_key(collective, org.id))) pairs.emplace_back(collective, org.id);
  }
  for (const auto& [collective, member] : pairs) {
    std::string id(state.name(collective));
    id += '~';
    id += state.name(member);
    if (state.slot(id)) return problem("/lidmaatschappen", "TOESTAND/afgeleid", {id});
    Json object = Json::object();
    object["id"] = id;
    object["samenwerking"] = std::string(state.name(collective));
    object["lid"] = std::string(state.name(member));
    object["status"] = "actief";
    state.insert(Kind::lidmaatschap, object);
  }
  return pairs.size();
}

tl::expected<Loaded, LoadProblem> load_state(const Json& root) {
  if (!root.is_object()) return problem("", "TOESTAND/object");
  Loaded loaded;
  State& state = loaded.state;
  for (const auto& [name, items] : root.items()) {
    const std::string array_pad = pointer_join("", name);
    const auto kind = kind_of_array(name);
    if (!kind) return problem(array_pad, "TOESTAND/soort", {name});
    if (!items.is_array()) return problem(array_pad, "TOESTAND/lijst");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Json& object = items[i];
      const std::string pad = pointer_join(array_pad, i);
      if (!object.is_object()) return problem(pad, "TOESTAND/element");
      const auto id = object.find("id");
      if (id == object.end() || !id->is_string() || id->get_ref<const std::string&>().empty())
        return problem(pad + "/id", "TOESTAND/id");
      if (state.slot(id->get_ref<const std::string&>()))
        return problem(pad + "/id", "TOESTAND/dubbel", {id->get<std::string>()});
      state.insert(*kind, object);
    }
  }
  auto derived = derive_memberships(state);
  if (!derived) return tl::make_unexpected(derived.error());
  loaded.derived_memberships = *derived;
  return loaded;
}

}  // namespace samen

#include "rules/common.hpp"

#include <algorithm>

#include "model/text_index.hpp"

namespace samen {

std::vector<const IdField*> distinct_ids(Ctx& ctx, const std::vector<IdField>& ids, std::string_view pad) {
  std::vector<const IdField*> distinct;
  TextIndex seen;
  const auto text_at = [&](std::uint32_t position) { return distinct[position]->text; };
  for (const IdField& id : ids) {
    if (seen.find(id.text, text_at)) {
      ctx.report("INVOER-002/dubbel", id.pad, {pad, id.text});
      continue;
    }
    seen.add(id.text, static_cast<std::uint32_t>(distinct.size()));
    distinct.push_back(&id);
  }
  return distinct;
}

void require_active(Ctx& ctx, const Organisatie* organisation, std::string_view pad) {
  if (!organisation || organisation->status == OrgStatus::Actief) return;
  ctx.report("ORG-003", pad, {ctx.label(organisation->id), kOrgStatuses.name(organisation->status)});
}

void require_actor_active(Ctx& ctx, std::initializer_list<const Organisatie*> already_checked) {
  const Actor& actor = ctx.actor();
  if (!actor.organisatie) return;
  const auto id = ctx.state.find_id(*actor.organisatie);
  const Organisatie* own = id ? ctx.state.get<Organisatie>(*id) : nullptr;
  if (!own) return;
  for (const Organisatie* checked : already_checked)
    if (checked == own) return;
  require_active(ctx, own, "/actor/organisatie");
}

bool require_collective(Ctx& ctx, const Organisatie& organisation, const IdField& field) {
  if (organisation.type && is_collective(*organisation.type)) return true;
  ctx.report("INVOER-002/soort", field.pad, {field.pad, field.text, "Samenwerking/Community"});
  return false;
}

const Lidmaatschap* open_membership(const State& state, Id collective, Id member) {
  for (std::uint32_t index : state.index.open_memberships_by_pair.get(pair_key(collective, member)))
    return &state.at<Lidmaatschap>(index);
  return nullptr;
}

bool active_member_at(const State& state, Id collective, Id member, std::int64_t at) {
  for (std::uint32_t index : state.index.open_memberships_by_pair.get(pair_key(collective, member))) {
    const Lidmaatschap& m = state.at<Lidmaatschap>(index);
    if (m.status == LidStatus::actief && (!m.actief_sinds || *m.actief_sinds <= at)) return true;
  }
  return false;
}

void add_link(Ctx& ctx, Id organisation, std::string_view list, Id value) {
  const auto slot = ctx.state.slot(organisation);
  if (!slot || slot->kind != Kind::organisatie) return;
  const std::string id(ctx.state.name(value));
  // Look before modifying, so an unchanged organisation is not listed.
  const Json current = ctx.current(*slot);
  const auto found = current.find(list);
  const auto is_id = [&](const Json& item) { return is_text(item, id); };
  if (found != current.end() && found->is_array() && std::find_if(found->begin(), found->end(), is_id) != found->end())
    return;
  Json& object = ctx.modify(*slot);
  Json& links = object[std::string(list)];
  if (!links.is_array()) links = Json::array();
  if (std::find_if(links.begin(), links.end(), is_id) == links.end()) links.push_back(id);
}

void remove_link(Ctx& ctx, Id organisation, std::string_view list, Id value) {
  const auto slot = ctx.state.slot(organisation);
  if (!slot || slot->kind != Kind::organisatie) return;
  const std::string id(ctx.state.name(value));
  const Json current = ctx.current(*slot);
  const auto found = current.find(list);
  const auto is_id = [&](const Json& item) { return is_text(item, id); };
  if (found == current.end() || !found->is_array() || std::find_if(found->begin(), found->end(), is_id) == found->end())
    return;
  Json& object = ctx.modify(*slot);
  Json& links = object[std::string(list)];
  links.erase(std::remove_if(links.begin(), links.end(), is_id), links.end());
}

Json new_object(const Ctx& ctx) {
  return ctx.command.gegevens ? *ctx.command.gegevens : Json::object();
}

}  // namespace samen

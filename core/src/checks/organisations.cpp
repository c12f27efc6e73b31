// Organisations as stored: ORG-004 (samenwerkingtype) and the register's membership links.
#include "checks/families.hpp"
#include "json/stored_view.hpp"

namespace samen::checks {
namespace {

// A register link (deelnemers on the collective, deelnames on the member) is the register's
// view of an active membership (spec §7): one without it shows a member that is none.
void links_have_active_memberships(Findings& f, const Organisatie& o) {
  if (!f.regular(o)) return;
  const auto check = [&](const IdList& links, std::string_view list, bool as_collective) {
    for (std::size_t i = 0; i < links.size(); ++i) {
      const Id other = links[i];
      if (!f.state.get<Organisatie>(other)) continue;  // a dangling link is a shape finding
      const Id collective = as_collective ? o.id : other;
      const Id member = as_collective ? other : o.id;
      if (!f.active_member(collective, member))
        f.report(o, pointer_join(pointer_join("", list), i), "INVOER-002/link", {f.label(collective), f.label(member)});
    }
  };
  check(o.deelnemers, "deelnemers", true);
  check(o.deelnames, "deelnames", false);
}

}  // namespace

void org004_samenwerkingtype(Findings& f, Kind kind, std::uint32_t index, const Json& stored, std::optional<OrgType> type) {
  const auto found = stored.find("samenwerkingtype");
  if (found == stored.end() || found->is_null()) return;
  const Json& value = *found;
  if (type && type != OrgType::Samenwerking)
    f.report(kind, index, "/samenwerkingtype", "ORG-004/type", {kOrgTypes.name(*type)});
  else if (!value.is_string() || !kSamenwerkingtypen.parse(value.get_ref<const std::string&>()))
    f.report(kind, index, "/samenwerkingtype", "ORG-004", {kSamenwerkingtypen.joined()});
}

void check_organisations(Findings& f) {
  each<Organisatie>(f.state, [&](const Organisatie& o) {
    // Most organisations have no samenwerkingtype: parse only those that do.
    if (StoredValue(o.json).find("samenwerkingtype"))
      org004_samenwerkingtype(f, Kind::organisatie, f.index_of(o), parse_stored(o.json), o.type);
    links_have_active_memberships(f, o);
  });
}

}  // namespace samen::checks

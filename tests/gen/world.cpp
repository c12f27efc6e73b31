#include "world.hpp"

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

#include "names.hpp"
#include "random.hpp"

namespace samen_gen {

const std::vector<const char*> kGebruikStatus = {"Verwerving", "Gepland", "In productie", "Uit te faseren", "Uitgefaseerd"};
const std::vector<const char*> kVoorstelStatus = {"aangevraagd", "goedgekeurd", "afgewezen", "actief", "inactief", "ingetrokken"};
const std::vector<const char*> kAanvraagStatus = {"ingediend", "goedgekeurd", "afgewezen", "geregistreerd"};
const std::vector<const char*> kFasen = {"verkennen", "delen", "overeenkomen", "uitvoeren", "afgerond", "beeindigd"};
const std::vector<const char*> kDienstTypen = {"Functioneel beheer", "Applicatiebeheer", "Technisch beheer",
                                               "Implementatieondersteuning", "Opleidingen", "Licentiereseller",
                                               "Hosting", "Ondersteuning"};
const std::vector<const char*> kRichtingen = {"AnaarB", "BnaarA", "bi-directioneel"};
const std::vector<const char*> kKoppelingTypen = {"n.v.t.", "bestandsoverdracht", "digikoppeling", "message que",
                                                  "upload naar portaal", "webservices", "api"};
const std::vector<const char*> kKoppelingStatus = {"in ontwikkeling", "in gebruik", "einde ondersteuning", "teruggetrokken"};
const std::vector<const char*> kVoorzieningen = {"BRP", "BAG", "DigiD", "Digipoort", "eHerkenning", "BGT", "Mijn Overheid"};
const std::vector<const char*> kSamenwerkingtypen = {
    "Uitvoeringsorganisatie", "Sociaal Domein samenwerking", "Shared Service Center", "Omgevingsdienst",
    "ICT (bijvoorbeeld Shared Service Center)", "Gemeenschappelijke Regeling", "DVO", "Centrumgemeenteregeling",
    "Belastingsamenwerking", "Bedrijfsvoeringsorganisatie", "Archiefdienst (regionaal)", "Ambtelijke fusie"};
const std::vector<const char*> kRolNamen = {"aanbod-beheerder", "gebruik-beheerder", "gebruik-raadpleger", "organisatie-beheerder"};

namespace {

// Joins pieces (GCC 12 warns falsely about "literal" + std::string temporaries).
std::string concat(std::initializer_list<std::string_view> pieces) {
  std::string out;
  for (std::string_view piece : pieces) out += piece;
  return out;
}

std::string numbered(const std::string& prefix, const char* format, std::uint64_t number) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, static_cast<unsigned long long>(number));
  return prefix + buffer;
}

// Picks an index by integer weights.
std::size_t weighted(Random& random, std::initializer_list<int> weights) {
  int total = 0;
  for (int w : weights) total += w;
  auto roll = static_cast<int>(random.between(0, total - 1));
  std::size_t index = 0;
  for (int w : weights) {
    if (roll < w) return index;
    roll -= w;
    ++index;
  }
  return index - 1;
}

std::uint32_t scaled(double full, double fraction, std::uint32_t minimum) {
  const auto count = static_cast<std::uint32_t>(full * fraction + 0.5);
  return std::max(count, minimum);
}

// Stages of a region draw from independent streams, so that changing one leaves the others.
enum Stream : std::uint64_t { kOrgs = 1, kMembers, kContacts, kAanvragen, kModules, kDiensten, kUsage, kKoppelingen, kAfspraken, kEvaluaties };

void build_orgs(Region& r, Random& random) {
  const auto add = [&](OrgType type, std::uint32_t count) {
    for (std::uint32_t i = 0; i < count; ++i) {
      Org org{type, OrgStatus::Actief, -1, static_cast<std::uint16_t>(i + 1), {}, {}};
      if (type == OrgType::Gemeente) org.status = random.chance(0.03) ? OrgStatus::Concept : OrgStatus::Actief;
      else if (type == OrgType::Leverancier) org.status = static_cast<OrgStatus>(weighted(random, {85, 10, 5}));
      else org.status = random.chance(0.05) ? OrgStatus::Deactief : OrgStatus::Actief;
      if (type == OrgType::Leverancier && random.chance(0.3)) org.winstoogmerk = random.chance(0.75) ? 1 : 0;
      else if (type != OrgType::Leverancier && random.chance(0.1)) org.winstoogmerk = 0;
      r.orgs.push_back(std::move(org));
    }
  };
  add(OrgType::Gemeente, r.gemeenten);
  add(OrgType::Leverancier, r.leveranciers);
  add(OrgType::Samenwerking, r.samenwerkingen);
  add(OrgType::Community, r.communities);
}

void build_memberships(Region& r, Random& random) {
  std::uint32_t number = 1;
  for (std::uint32_t c = r.first_samenwerking(); c < r.orgs.size(); ++c) {
    const bool community = r.orgs[c].type == OrgType::Community;
    std::vector<std::uint32_t> candidates;
    for (std::uint32_t g = 0; g < r.gemeenten; ++g) candidates.push_back(g);
    if (community)
      for (std::uint32_t l = r.first_leverancier(); l < r.first_samenwerking(); ++l)
        if (random.chance(0.3)) candidates.push_back(l);
    const auto wanted = static_cast<std::size_t>(community ? random.between(8, 30) : random.between(6, 30));
    for (std::size_t pick : random.sample(candidates.size(), wanted)) {
      const std::uint32_t member = candidates[pick];
      const auto status = static_cast<LidStatus>(weighted(random, {8, 75, 5, 12}));
      const bool link_only = status == LidStatus::actief && random.chance(0.06);
      Membership m{c, member, status, link_only, link_only ? 0 : number++, random.between(0, 1'260'000)};
      if (status == LidStatus::actief) {
        r.orgs[c].deelnemers.push_back(member);
        r.orgs[member].deelnames.push_back(c);
      }
      r.memberships.push_back(m);
    }
  }
}

void build_contacts(Region& r, Random& random) {
  for (std::uint32_t o = 0; o < r.orgs.size(); ++o) {
    const auto count = weighted(random, {25, 55, 20});
    for (std::size_t i = 0; i < count; ++i) {
      std::uint8_t roles = 0;
      switch (r.orgs[o].type) {
        case OrgType::Gemeente: roles = 0b0010; break;
        case OrgType::Leverancier: roles = 0b0001; break;
        case OrgType::Samenwerking: roles = 0b0011; break;
        case OrgType::Community: roles = 0b0001; break;
      }
      if (i == 1) roles = random.chance(0.5) ? 0b1000 : 0b0100;
      r.contacts.push_back(ContactRec{o, roles, random.chance(0.3)});
    }
  }
}

void build_aanvragen(Region& r, Random& random, double fraction) {
  for (std::uint32_t c = r.first_samenwerking(); c < r.orgs.size(); ++c)
    r.aanvragen.push_back(AanvraagRec{3, r.orgs[c].type == OrgType::Samenwerking, c});
  const std::uint32_t open = scaled(15, fraction, 1);
  for (std::uint32_t i = 0; i < open; ++i)
    r.aanvragen.push_back(AanvraagRec{static_cast<std::uint8_t>(weighted(random, {50, 30, 20})), random.chance(0.6), -1});
}

void build_modules(Region& r, Random& random, double fraction) {
  const std::uint32_t count = scaled(6106, fraction, 4);
  const Skewed supplier(r.leveranciers, 3.0);
  std::vector<std::uint16_t> per_aanbieder(r.orgs.size());
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t aanbieder = random.chance(0.93)
                                        ? r.first_leverancier() + static_cast<std::uint32_t>(supplier(random))
                                        : r.first_samenwerking() + static_cast<std::uint32_t>(random.below(r.samenwerkingen + r.communities));
    r.modules.push_back(ModuleRec{aanbieder, ++per_aanbieder[aanbieder]});
  }
}

void build_diensten(Region& r, Random& random, double fraction) {
  std::vector<std::vector<std::uint32_t>> by_aanbieder(r.orgs.size());
  for (std::uint32_t m = 0; m < r.modules.size(); ++m) by_aanbieder[r.modules[m].aanbieder].push_back(m);
  const std::uint32_t count = scaled(1200, fraction, 1);
  for (std::uint32_t i = 0; i < count; ++i) {
    DienstRec d{r.modules[random.below(r.modules.size())].aanbieder, static_cast<std::uint8_t>(random.below(kDienstTypen.size())), {}};
    const auto& own = by_aanbieder[d.aanbieder];
    if (random.chance(0.8))
      for (std::size_t pick : random.sample(own.size(), static_cast<std::size_t>(random.between(1, 3)))) d.modules.push_back(own[pick]);
    r.diensten.push_back(std::move(d));
  }
}

std::vector<std::vector<std::uint32_t>> active_members(const Region& r) {
  std::vector<std::vector<std::uint32_t>> out(r.orgs.size());
  for (const Membership& m : r.memberships)
    if (m.status == LidStatus::actief) out[m.collective].push_back(m.member);
  return out;
}

void build_usage(Region& r, Random& random, double fraction) {
  const std::uint32_t count = scaled(19505, fraction, 4);
  const Skewed popular(r.modules.size(), 5.0);
  const Skewed big(r.gemeenten, 20.0);
  const auto members = active_members(r);
  std::vector<std::vector<std::uint32_t>> diensten_of_module(r.modules.size());
  for (std::uint32_t d = 0; d < r.diensten.size(); ++d)
    for (std::uint32_t m : r.diensten[d].modules) diensten_of_module[m].push_back(d);
  std::unordered_set<std::uint64_t> pairs;
  for (std::uint32_t i = 0; i < count; ++i) {
    UsageRec u{};
    const bool collective = random.chance(0.1) && r.samenwerkingen > 0;
    u.afnemer = collective ? r.first_samenwerking() + static_cast<std::uint32_t>(random.below(r.samenwerkingen))
                           : static_cast<std::uint32_t>(big(random));
    bool fresh = false;
    for (int attempt = 0; attempt < 12 && !fresh; ++attempt) {
      u.module = static_cast<std::uint32_t>(attempt < 6 ? popular(random) : random.below(r.modules.size()));
      fresh = pairs.insert(static_cast<std::uint64_t>(u.afnemer) << 32 | u.module).second;
    }
    if (!fresh) continue;  // this afnemer uses (nearly) everything already
    u.status = static_cast<std::uint8_t>(weighted(random, {4, 6, 70, 8, 12}));
    if (random.chance(0.04)) u.voorstel = static_cast<std::int8_t>(std::vector<int>{0, 1, 3, 2, 5}[weighted(random, {40, 15, 30, 10, 5})]);
    const auto& own = members[u.afnemer];
    if (collective && !own.empty()) {
      for (std::size_t pick : random.sample(own.size(), static_cast<std::size_t>(random.between(1, std::min<std::int64_t>(12, own.size())))))
        u.deelnemers.push_back(own[pick]);
      // A migration finds a few registrations for organisations that are no (longer) members.
      if (random.chance(0.03)) u.deelnemers.push_back(static_cast<std::uint32_t>(random.below(r.gemeenten)));
    }
    if (!diensten_of_module[u.module].empty() && random.chance(0.1)) u.diensten.push_back(random.pick(diensten_of_module[u.module]));
    r.usage.push_back(std::move(u));
  }
}

void build_koppelingen(Region& r, Random& random, double fraction) {
  const std::uint32_t count = scaled(4971, fraction, 2);
  std::vector<std::vector<std::uint32_t>> landscape(r.orgs.size());
  for (const UsageRec& u : r.usage)
    if (u.voorstel < 0) landscape[u.afnemer].push_back(u.module);
  std::vector<std::vector<std::uint32_t>> offered(r.orgs.size());
  for (std::uint32_t m = 0; m < r.modules.size(); ++m) offered[r.modules[m].aanbieder].push_back(m);
  const auto members = active_members(r);
  std::unordered_set<std::uint64_t> seen;  // eigenaar, unordered module pair
  for (std::uint32_t i = 0; i < count; ++i) {
    KoppelingRec k{};
    if (random.chance(0.1)) {  // a supplier connects its own module
      const ModuleRec& own = r.modules[random.below(r.modules.size())];
      k.eigenaar = own.aanbieder;
      k.module_a = offered[own.aanbieder][random.below(offered[own.aanbieder].size())];
      if (random.chance(0.7)) k.module_b = static_cast<std::int64_t>(random.below(r.modules.size()));
    } else {
      const UsageRec& u = r.usage[random.below(r.usage.size())];
      k.eigenaar = u.afnemer;
      const auto& modules = landscape[u.afnemer];
      if (modules.empty()) continue;
      k.module_a = modules[random.below(modules.size())];
      if (random.chance(0.8)) k.module_b = modules[random.below(modules.size())];
      if (r.is_collective(k.eigenaar) && !members[k.eigenaar].empty() && random.chance(0.5))
        for (std::size_t pick : random.sample(members[k.eigenaar].size(), static_cast<std::size_t>(random.between(1, 4))))
          k.deelnemers.push_back(members[k.eigenaar][pick]);
    }
    if (k.module_b == k.module_a) k.module_b = -1;
    if (k.module_b >= 0) {
      const auto low = std::min<std::uint64_t>(k.module_a, static_cast<std::uint64_t>(k.module_b));
      const auto high = std::max<std::uint64_t>(k.module_a, static_cast<std::uint64_t>(k.module_b));
      if (!seen.insert((static_cast<std::uint64_t>(k.eigenaar) << 42) | (low << 21) | high).second) k.module_b = -1;
    }
    k.voorziening = static_cast<std::uint8_t>(random.below(kVoorzieningen.size()));
    k.richting = static_cast<std::uint8_t>(random.below(kRichtingen.size()));
    k.type = random.chance(0.8) ? static_cast<std::uint8_t>(random.below(kKoppelingTypen.size())) : 255;
    k.status = random.chance(0.85) ? static_cast<std::uint8_t>(weighted(random, {10, 80, 6, 4})) : 255;
    r.koppelingen.push_back(std::move(k));
  }
}

void build_afspraken(Region& r, Random& random, double fraction) {
  const std::uint32_t count = scaled(60, fraction, 1);
  std::vector<std::int32_t> next_day(r.orgs.size(), 0);
  for (std::uint32_t i = 0; i < count; ++i) {
    AfspraakRec a{};
    a.collective = r.first_samenwerking() + static_cast<std::uint32_t>(random.below(r.samenwerkingen + r.communities));
    a.co_branding = random.chance(0.6);
    a.partner = a.co_branding ? r.first_leverancier() + static_cast<std::uint32_t>(random.below(r.leveranciers))
                              : static_cast<std::uint32_t>(random.below(r.gemeenten));
    a.fase = static_cast<std::uint8_t>(weighted(random, {20, 15, 15, 35, 10, 5}));
    if (random.chance(0.4)) {
      next_day[a.collective] += static_cast<std::int32_t>(random.between(3, 40));
      a.event_day = next_day[a.collective];
      next_day[a.collective] += 2;
    }
    r.afspraken.push_back(a);
  }
}

void build_evaluaties(Region& r, Random& random, double fraction) {
  const std::uint32_t count = scaled(80, fraction, 1);
  for (std::uint32_t i = 0; i < count; ++i) {
    const bool on_afspraak = random.chance(0.4);
    const auto subject = on_afspraak ? static_cast<std::uint32_t>(random.below(r.afspraken.size()))
                                     : r.first_samenwerking() + static_cast<std::uint32_t>(random.below(r.samenwerkingen + r.communities));
    r.evaluaties.push_back(EvaluatieRec{on_afspraak, subject, random.chance(0.05)});
  }
}

}  // namespace

std::string Region::org_id(std::uint32_t org) const {
  const Org& o = orgs[org];
  switch (o.type) {
    case OrgType::Gemeente: return numbered(prefix, "g-%04llu", o.number);
    case OrgType::Leverancier: return numbered(prefix, "l-%04llu", o.number);
    case OrgType::Samenwerking: return numbered(prefix, "sw-%03llu", o.number);
    case OrgType::Community: break;
  }
  return numbered(prefix, "com-%03llu", o.number);
}

std::string Region::org_name(std::uint32_t org) const {
  const Org& o = orgs[org];
  const std::string region = index ? concat({" (regio ", std::to_string(index), ")"}) : "";
  switch (o.type) {
    case OrgType::Gemeente: return concat({"Gemeente ", place_name(o.number - 1u), region});
    case OrgType::Leverancier: return concat({supplier_name(o.number - 1u), region});
    case OrgType::Samenwerking: return concat({"Samenwerking ", region_name(o.number - 1u), region});
    case OrgType::Community: break;
  }
  return concat({"Community ", topic_name(o.number - 1u), region});
}

std::string Region::membership_id(const Membership& m) const {
  if (m.link_only) return concat({org_id(m.collective), "~", org_id(m.member)});
  return numbered(prefix, "lm-%05llu", m.number);
}
std::string Region::module_id(std::uint32_t m) const { return numbered(prefix, "m-%05llu", m + 1ull); }
std::string Region::module_name(std::uint32_t m) const {
  return concat({product_name(modules[m].aanbieder * 7u + modules[m].number_at_aanbieder), " ", std::to_string(modules[m].number_at_aanbieder)});
}
std::string Region::dienst_id(std::uint32_t d) const { return numbered(prefix, "d-%05llu", d + 1ull); }
std::string Region::usage_id(std::uint32_t u) const { return numbered(prefix, "u-%06llu", u + 1ull); }
std::string Region::koppeling_id(std::uint32_t k) const { return numbered(prefix, "k-%05llu", k + 1ull); }
std::string Region::contact_id(std::uint32_t c) const { return numbered(prefix, "cp-%05llu", c + 1ull); }
std::string Region::aanvraag_id(std::uint32_t a) const { return numbered(prefix, "av-%04llu", a + 1ull); }
std::string Region::afspraak_id(std::uint32_t a) const { return numbered(prefix, "a-%04llu", a + 1ull); }
std::string Region::evaluatie_id(std::uint32_t e) const { return numbered(prefix, "e-%04llu", e + 1ull); }

Region build_region(std::uint64_t seed, std::uint32_t index, double fraction) {
  Region r;
  r.index = index;
  r.prefix = index ? concat({"r", std::to_string(index), "-"}) : "";
  r.gemeenten = scaled(342, fraction, 2);
  r.leveranciers = scaled(336, fraction, 2);
  r.samenwerkingen = scaled(40, fraction, 1);
  r.communities = scaled(15, fraction, 1);
  const auto stream = [&](Stream s) { return Random(seed, std::uint64_t{index} * 16 + s); };
  Random orgs = stream(kOrgs), members = stream(kMembers), contacts = stream(kContacts), aanvragen = stream(kAanvragen),
         modules = stream(kModules), diensten = stream(kDiensten), usage = stream(kUsage), koppelingen = stream(kKoppelingen),
         afspraken = stream(kAfspraken), evaluaties = stream(kEvaluaties);
  build_orgs(r, orgs);
  build_memberships(r, members);
  build_contacts(r, contacts);
  build_aanvragen(r, aanvragen, fraction);
  build_modules(r, modules, fraction);
  build_diensten(r, diensten, fraction);
  build_usage(r, usage, fraction);
  build_koppelingen(r, koppelingen, fraction);
  build_afspraken(r, afspraken, fraction);
  build_evaluaties(r, evaluaties, fraction);
  return r;
}

std::vector<double> region_fractions(double scale) {
  std::vector<double> out;
  for (double left = scale; left > 1e-9; left -= 1.0) out.push_back(left >= 1.0 ? 1.0 : left);
  return out;
}

std::string minute_text(std::int64_t minutes) {
  // 2024-01-01 is day 19723 since the epoch; civil_from_days (H. Hinnant).
  std::int64_t days = 19723 + minutes / 1440;
  const int minute_of_day = static_cast<int>(minutes % 1440);
  days += 719468;
  const std::int64_t era = days / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const auto year = static_cast<long long>(yoe) + era * 400 + (month <= 2);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:00Z", year, month, day, minute_of_day / 60, minute_of_day % 60);
  return buffer;
}

std::string day_text(std::int32_t days_since_2026) {
  // 2026-01-01 is 2 years (731 days) after 2024-01-01.
  return minute_text((731 + std::int64_t{days_since_2026}) * 1440).substr(0, 10);
}

}  // namespace samen_gen

// The generated catalogue before it is written: one region per unit of scale. A region of
// full size has the figures of the live catalogue (342 gemeenten, 336 leveranciers, 15
// communities, 6,106 modules, 19,505 usage registrations, 4,971 koppelingen) plus 40
// samenwerkingen with about 1,000 memberships, contactpersonen, diensten, aanvragen,
// afspraken and evaluaties. S_k has k regions; region 0 has the plain ids (g-0001, m-00001,
// ...), region r > 0 prefixes them with "r<r>-". Regions do not refer to each other, so
// region 0 is S1, S1 is part of S10 and S100, and one command stream decides the same on all.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace samen_gen {

enum class OrgType : std::uint8_t { Gemeente, Leverancier, Samenwerking, Community };
enum class OrgStatus : std::uint8_t { Actief, Concept, Deactief };

struct Org {
  OrgType type;
  OrgStatus status;
  std::int8_t winstoogmerk = -1;  // -1: not written (the type's default applies)
  std::uint16_t number;           // 1-based within its type
  std::vector<std::uint32_t> deelnemers;  // register links, org indexes
  std::vector<std::uint32_t> deelnames;
};

enum class LidStatus : std::uint8_t { aangevraagd, actief, afgewezen, beeindigd };

struct Membership {
  std::uint32_t collective, member;  // org indexes
  LidStatus status;
  bool link_only;  // only register links, no lidmaatschap object: the engine derives it
  std::uint32_t number;  // lm-<number> unless link_only
  std::int64_t declared_minute;
};

struct ContactRec {
  std::uint32_t org;
  std::uint8_t roles;  // bits: 0 aanbod, 1 gebruik, 2 raadpleger, 3 organisatie-beheerder
  bool capitalised;    // the register's "Gebruik-beheerder" spelling
};

struct ModuleRec {
  std::uint32_t aanbieder;
  std::uint16_t number_at_aanbieder;  // makes the name unique per aanbieder (AANB-003)
};

struct DienstRec {
  std::uint32_t aanbieder;
  std::uint8_t type;
  std::vector<std::uint32_t> modules;
};

struct UsageRec {
  std::uint32_t afnemer, module;
  std::uint8_t status;          // index into kGebruikStatus
  std::int8_t voorstel = -1;    // index into kVoorstelStatus, -1: own registration
  std::vector<std::uint32_t> deelnemers;
  std::vector<std::uint32_t> diensten;
};

struct KoppelingRec {
  std::uint32_t eigenaar, module_a;
  std::int64_t module_b = -1;  // -1: buitengemeentelijkVoorziening
  std::uint8_t voorziening, richting, type, status;
  std::vector<std::uint32_t> deelnemers;
};

struct AanvraagRec {
  std::uint8_t status;  // index into kAanvraagStatus
  bool samenwerking;    // type Samenwerking, else Community
  std::int64_t organisation = -1;  // the org registered from it
};

struct AfspraakRec {
  std::uint32_t collective, partner;
  bool co_branding;
  std::uint8_t fase;
  std::int32_t event_day = -1;  // days since 2026-01-01, -1: no evenement
};

struct EvaluatieRec {
  bool on_afspraak;
  std::uint32_t subject;  // org index or afspraak index
  bool stopzetten;
};

struct Region {
  std::uint32_t index = 0;
  std::string prefix;  // "" for region 0, "r<index>-" otherwise
  std::uint32_t gemeenten = 0, leveranciers = 0, samenwerkingen = 0, communities = 0;
  std::vector<Org> orgs;  // gemeenten, leveranciers, samenwerkingen, communities, in that order
  std::vector<Membership> memberships;
  std::vector<ContactRec> contacts;
  std::vector<AanvraagRec> aanvragen;
  std::vector<ModuleRec> modules;
  std::vector<DienstRec> diensten;
  std::vector<UsageRec> usage;
  std::vector<KoppelingRec> koppelingen;
  std::vector<AfspraakRec> afspraken;
  std::vector<EvaluatieRec> evaluaties;

  std::uint32_t first_leverancier() const { return gemeenten; }
  std::uint32_t first_samenwerking() const { return gemeenten + leveranciers; }
  std::uint32_t first_community() const { return gemeenten + leveranciers + samenwerkingen; }
  bool is_collective(std::uint32_t org) const { return org >= first_samenwerking(); }

  std::string org_id(std::uint32_t org) const;
  std::string org_name(std::uint32_t org) const;
  std::string membership_id(const Membership& m) const;
  std::string module_id(std::uint32_t module) const;
  std::string module_name(std::uint32_t module) const;
  std::string dienst_id(std::uint32_t dienst) const;
  std::string usage_id(std::uint32_t usage) const;
  std::string koppeling_id(std::uint32_t koppeling) const;
  std::string contact_id(std::uint32_t contact) const;
  std::string aanvraag_id(std::uint32_t aanvraag) const;
  std::string afspraak_id(std::uint32_t afspraak) const;
  std::string evaluatie_id(std::uint32_t evaluatie) const;
};

// `fraction` (0, 1] of a full region; seed and index fix everything else.
Region build_region(std::uint64_t seed, std::uint32_t index, double fraction);

// The regions of scale k: ceil(k) regions, the last one partial when k is not whole.
std::vector<double> region_fractions(double scale);

// The closed lists the generators draw from (spelled as on the wire).
extern const std::vector<const char*> kGebruikStatus;
extern const std::vector<const char*> kVoorstelStatus;
extern const std::vector<const char*> kAanvraagStatus;
extern const std::vector<const char*> kFasen;
extern const std::vector<const char*> kDienstTypen;
extern const std::vector<const char*> kRichtingen;
extern const std::vector<const char*> kKoppelingTypen;
extern const std::vector<const char*> kKoppelingStatus;
extern const std::vector<const char*> kVoorzieningen;
extern const std::vector<const char*> kSamenwerkingtypen;
extern const std::vector<const char*> kRolNamen;  // by ContactRec::roles bit

std::string minute_text(std::int64_t minutes_since_2024);  // RFC 3339, UTC
std::string day_text(std::int32_t days_since_2026);        // YYYY-MM-DD

}  // namespace samen_gen

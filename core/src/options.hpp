// Engine options (spec §3, §7): language, policy (beleid) and the bad-input limits.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "json/json.hpp"
#include "messages/messages.hpp"
#include "model/vocab.hpp"

namespace samen {

struct Beleid {
  bool lidmaatschap_bevestiging = true;
  // Who may be a member of a Samenwerking, resp. a Community.
  OrgTypeSet leden_typen_samenwerking = bit(OrgType::Gemeente) | bit(OrgType::Leverancier);
  OrgTypeSet leden_typen_community = bit(OrgType::Gemeente) | bit(OrgType::Leverancier);
  bool geneste_samenwerkingen = false;
  OrgTypeSet aanbieder_typen = bit(OrgType::Leverancier) | bit(OrgType::Samenwerking) | bit(OrgType::Community);
  OrgTypeSet afnemer_typen_basis = bit(OrgType::Gemeente) | bit(OrgType::Samenwerking);
  bool community_gebruik_namens_leden = false;
  int evaluatie_termijn_maanden = 12;

  OrgTypeSet leden_typen(OrgType collective) const {
    return collective == OrgType::Community ? leden_typen_community : leden_typen_samenwerking;
  }
  // communityGebruikNamensLeden adds Community to afnemerTypen.
  OrgTypeSet afnemer_typen() const {
    return community_gebruik_namens_leden ? afnemer_typen_basis | bit(OrgType::Community) : afnemer_typen_basis;
  }
};

struct Limieten {
  std::size_t max_bytes = 268435456;
  std::size_t max_diepte = 64;
};

struct Options {
  Taal taal = Taal::nl;
  Beleid beleid;
  Limieten limieten;
};

struct OptionsProblem {
  std::string pad;
  std::string key;  // message key, "OPTIES/..."
  std::vector<std::string> args;
};

// Parses the options JSON; "" means all defaults. Unknown keys and wrong types fail.
tl::expected<Options, OptionsProblem> parse_options(const Json& options);

// The effective options as compact JSON, every key present: what samen_engine_new answers.
std::string options_text(const Options& options);

}  // namespace samen

// The typed view of each kind of object. Every object keeps its whole JSON (compact,
// fields in their original order) in `json`: that is what export and wijzigingen return,
// so fields the engine does not read survive untouched. The text itself lives in the
// state's TextArena (model/text_arena.hpp), `json` is a view of it, valid as long as the
// state holds the object unchanged. The typed fields are what the rules read; they are
// decoded from `json` and never disagree with it. Their texts (for_each_text) are views too:
// decode() points them into the decoded JSON, State moves them into its arena.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/id_list.hpp"
#include "model/ids.hpp"
#include "model/time.hpp"
#include "model/vocab.hpp"

namespace samen {

enum class Kind : std::uint8_t {
  organisatie,
  contactpersoon,
  aanvraag,
  lidmaatschap,
  module,
  dienst,
  gebruik,
  koppeling,
  afspraak,
  evaluatie
};
inline constexpr std::size_t kKindCount = 10;

// The state's array names, in export order (spec §2.1).
inline constexpr std::array<std::string_view, kKindCount> kKindArrays = {
    "organisaties", "contactpersonen", "aanvragen", "lidmaatschappen", "modules",
    "diensten",     "gebruik",         "koppelingen", "afspraken",     "evaluaties"};
// The singular names used as "soort" in wijzigingen.
inline constexpr std::array<std::string_view, kKindCount> kKindNames = {
    "organisatie", "contactpersoon", "aanvraag", "lidmaatschap", "module",
    "dienst",      "gebruik",        "koppeling", "afspraak",    "evaluatie"};

inline std::string_view kind_name(Kind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

struct ObjectBase {
  Id id;
  bool removed = false;   // beside id, where it fills padding
  std::string_view json;  // in State's text arena
  // Member by member (the loaders are tested to build equal objects).
  bool operator==(const ObjectBase&) const = default;
};

struct Organisatie : ObjectBase {
  static constexpr Kind kKind = Kind::organisatie;
  std::string_view naam;  // in State's text arena, like json
  std::optional<OrgType> type;
  OrgStatus status = OrgStatus::Concept;  // the register's default
  std::optional<bool> winstoogmerk;       // as stored; see profit_motive()
  IdList deelnemers;                      // register links: members of a collective
  IdList deelnames;                       // register links: collectives this one belongs to

  // Default true for a Leverancier, false otherwise (spec §2.1).
  bool profit_motive() const { return winstoogmerk.value_or(type == OrgType::Leverancier); }
  bool operator==(const Organisatie&) const = default;
};

struct Contactpersoon : ObjectBase {
  static constexpr Kind kKind = Kind::contactpersoon;
  Id organisatie;
  RolSet rollen = 0;
  bool operator==(const Contactpersoon&) const = default;
};

struct Aanvraag : ObjectBase {
  static constexpr Kind kKind = Kind::aanvraag;
  std::string_view naam;  // in State's text arena, like json
  std::optional<OrgType> type;
  std::optional<AanvraagStatus> status;
  Id organisatie;  // set once an organisation was registered from it
  bool operator==(const Aanvraag&) const = default;
};

struct Lidmaatschap : ObjectBase {
  static constexpr Kind kKind = Kind::lidmaatschap;
  Id samenwerking;
  Id lid;
  std::optional<LidStatus> status;
  std::optional<std::int64_t> actief_sinds;  // ms since the epoch
  std::optional<std::int64_t> beeindigd_op;
  bool open() const { return status && is_open(*status); }
  bool operator==(const Lidmaatschap&) const = default;
};

struct Module : ObjectBase {
  static constexpr Kind kKind = Kind::module;
  std::string_view naam;  // in State's text arena, like json
  Id aanbieder;
  bool operator==(const Module&) const = default;
};

struct Dienst : ObjectBase {
  static constexpr Kind kKind = Kind::dienst;
  std::string_view naam;  // in State's text arena, like json
  Id aanbieder;
  IdList modules;
  bool operator==(const Dienst&) const = default;
};

struct Voorstel {
  Id door;
  std::optional<VoorstelStatus> status;
  bool operator==(const Voorstel&) const = default;
};

struct Gebruik : ObjectBase {
  static constexpr Kind kKind = Kind::gebruik;
  Id afnemer;
  Id module;
  std::optional<GebruikStatus> status;
  std::optional<Voorstel> voorstel;  // among the small fields: no padding (the most numerous kind)
  IdList deelnemers;
  IdList diensten;

  // Live: not Uitgefaseerd, and not a proposal that was rejected or withdrawn (spec §7).
  bool live() const {
    if (status == GebruikStatus::Uitgefaseerd) return false;
    if (voorstel && (voorstel->status == VoorstelStatus::afgewezen || voorstel->status == VoorstelStatus::ingetrokken))
      return false;
    return true;
  }
  // A supplier's proposal the afnemer has not yet approved or rejected.
  bool awaiting_decision() const { return voorstel && voorstel->status == VoorstelStatus::aangevraagd; }
  bool operator==(const Gebruik&) const = default;
};

struct Koppeling : ObjectBase {
  static constexpr Kind kKind = Kind::koppeling;
  std::string_view naam;  // in State's text arena, like json
  Id eigenaar;
  Id module_a;
  Id module_b;
  std::optional<Richting> richting;
  std::optional<KoppelingStatus> status;
  std::optional<std::string_view> buitengemeentelijk;  // buitengemeentelijkVoorziening; arena
  IdList deelnemers;
  bool operator==(const Koppeling&) const = default;
};

// Calls f on every text view an object holds besides json.
template <class T, class F>
void for_each_text(T& item, F&& f) {
  if constexpr (requires { item.naam; }) f(item.naam);
  if constexpr (requires { item.buitengemeentelijk; })
    if (item.buitengemeentelijk) f(*item.buitengemeentelijk);
}

// What an afspraak agrees on (spec §4.6): the fields the AFS rules read. Decoded from the
// stored object, and from the object a command would leave behind, by the same function.
struct AfspraakTerms {
  std::optional<Partnermodel> partnermodel;
  std::uint8_t financiele_verplichtingen = 0;  // bits by kFinancieleVerplichtingen
  std::optional<Buro> buro_ondersteuning;
  bool goedkeuring_bestuur = false;
  std::uint8_t voorwaarden_met = 0;  // bits by kVoorwaarden: the conditions set to true
  bool doelstellingen = false;       // at least one non-empty doelstelling
  bool rolverdeling = false;
  bool draagvlak = false;
  std::optional<DateInterval> evenement;

  static constexpr std::uint8_t kAlleVoorwaarden = (1u << kVoorwaarden.names.size()) - 1;
  bool operator==(const AfspraakTerms&) const = default;
};

struct Afspraak : ObjectBase {
  static constexpr Kind kKind = Kind::afspraak;
  Id samenwerking;
  Id partner;
  std::optional<Fase> fase;
  std::optional<std::int64_t> vastgelegd_op;
  AfspraakTerms terms;
  // Final (AFS-007): nothing changes an afspraak that was ended or finished.
  bool ended() const { return fase == Fase::beeindigd || fase == Fase::afgerond; }
  // Whether its evenement takes a date (AFS-006): every afspraak that was not ended early.
  bool holds_date() const { return terms.evenement && fase != Fase::beeindigd; }
  bool operator==(const Afspraak&) const = default;
};

struct Evaluatie : ObjectBase {
  static constexpr Kind kKind = Kind::evaluatie;
  Id onderwerp;
  std::optional<std::int64_t> vastgelegd_op;
  bool stopzetten = false;
  bool operator==(const Evaluatie&) const = default;
};

}  // namespace samen

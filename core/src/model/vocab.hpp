// The closed lists of the wire format (spec §2.1, §4.6) as enums with their exact spelling.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace samen {

// "a, b, c": how messages list the allowed values.
inline std::string join_names(std::span<const std::string_view> names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ", ";
    out += names[i];
  }
  return out;
}

// The position of `text` among `names`, if it is one of them.
inline std::optional<std::size_t> find_name(std::span<const std::string_view> names, std::string_view text) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return i;
  return std::nullopt;
}

// A closed list of values; the enum's underlying value is the index of its spelling.
template <class E, std::size_t N>
struct Vocab {
  std::array<std::string_view, N> names;

  std::optional<E> parse(std::string_view text) const {
    const auto index = find_name(names, text);
    if (!index) return std::nullopt;
    return static_cast<E>(*index);
  }
  std::string_view name(E value) const {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view("?");
  }
  std::string joined() const { return join_names(names); }
};

enum class OrgType : std::uint8_t { Gemeente, Leverancier, Samenwerking, Community };
inline constexpr Vocab<OrgType, 4> kOrgTypes{{"Gemeente", "Leverancier", "Samenwerking", "Community"}};

// A set of organisation types, for the policy lists.
using OrgTypeSet = std::uint8_t;
constexpr OrgTypeSet bit(OrgType type) { return static_cast<OrgTypeSet>(1u << static_cast<unsigned>(type)); }
constexpr bool contains(OrgTypeSet set, OrgType type) { return (set & bit(type)) != 0; }
constexpr bool is_collective(OrgType type) { return type == OrgType::Samenwerking || type == OrgType::Community; }

enum class OrgStatus : std::uint8_t { Concept, Actief, Deactief };
inline constexpr Vocab<OrgStatus, 3> kOrgStatuses{{"Concept", "Actief", "Deactief"}};

inline constexpr Vocab<std::uint8_t, 14> kSamenwerkingtypen{{
    "Uitvoeringsorganisatie", "Sociaal Domein samenwerking", "Shared Service Center", "Omgevingsdienst",
    "ICT (bijvoorbeeld Shared Service Center)", "Gemeentelijke herindeling (gepland)",
    "Gemeenschappelijke Regeling (samenwerking meerdere domeinen)", "Gemeenschappelijke Regeling", "DVO",
    "Centrumgemeenteregeling", "Belastingsamenwerking", "Bedrijfsvoeringsorganisatie",
    "Archiefdienst (regionaal)", "Ambtelijke fusie"}};

enum class Rol : std::uint8_t {
  aanbod_beheerder,
  gebruik_beheerder,
  gebruik_raadpleger,
  organisatie_beheerder,
  functioneel_beheerder,
  vng_raadpleger
};
inline constexpr Vocab<Rol, 6> kRollen{{"aanbod-beheerder", "gebruik-beheerder", "gebruik-raadpleger",
                                        "organisatie-beheerder", "functioneel-beheerder", "vng-raadpleger"}};
using RolSet = std::uint8_t;
constexpr RolSet bit(Rol rol) { return static_cast<RolSet>(1u << static_cast<unsigned>(rol)); }
constexpr bool contains(RolSet set, Rol rol) { return (set & bit(rol)) != 0; }
inline constexpr RolSet kBeheerderRollen = bit(Rol::aanbod_beheerder) | bit(Rol::gebruik_beheerder);
// Roles are compared case-insensitively: the register stores "Aanbod-beheerder".
std::optional<Rol> parse_rol(std::string_view text);

enum class LidStatus : std::uint8_t { aangevraagd, actief, afgewezen, beeindigd };
inline constexpr Vocab<LidStatus, 4> kLidStatuses{{"aangevraagd", "actief", "afgewezen", "beeindigd"}};
constexpr bool is_open(LidStatus status) { return status == LidStatus::aangevraagd || status == LidStatus::actief; }

// Ordered: status only moves forward along this list (GEBR-005).
enum class GebruikStatus : std::uint8_t { Verwerving, Gepland, InProductie, UitTeFaseren, Uitgefaseerd };
inline constexpr Vocab<GebruikStatus, 5> kGebruikStatuses{
    {"Verwerving", "Gepland", "In productie", "Uit te faseren", "Uitgefaseerd"}};

enum class VoorstelStatus : std::uint8_t { aangevraagd, goedgekeurd, afgewezen, actief, inactief, ingetrokken };
inline constexpr Vocab<VoorstelStatus, 6> kVoorstelStatuses{
    {"aangevraagd", "goedgekeurd", "afgewezen", "actief", "inactief", "ingetrokken"}};

enum class Richting : std::uint8_t { AnaarB, BnaarA, bidirectioneel };
inline constexpr Vocab<Richting, 3> kRichtingen{{"AnaarB", "BnaarA", "bi-directioneel"}};

inline constexpr Vocab<std::uint8_t, 7> kKoppelingTypen{
    {"n.v.t.", "bestandsoverdracht", "digikoppeling", "message que", "upload naar portaal", "webservices", "api"}};

enum class KoppelingStatus : std::uint8_t { in_ontwikkeling, in_gebruik, einde_ondersteuning, teruggetrokken };
inline constexpr Vocab<KoppelingStatus, 4> kKoppelingStatuses{
    {"in ontwikkeling", "in gebruik", "einde ondersteuning", "teruggetrokken"}};

inline constexpr Vocab<std::uint8_t, 8> kDienstTypen{
    {"Functioneel beheer", "Applicatiebeheer", "Technisch beheer", "Implementatieondersteuning", "Opleidingen",
     "Licentiereseller", "Hosting", "Ondersteuning"}};

enum class AanvraagStatus : std::uint8_t { ingediend, goedgekeurd, afgewezen, geregistreerd };
inline constexpr Vocab<AanvraagStatus, 4> kAanvraagStatuses{{"ingediend", "goedgekeurd", "afgewezen", "geregistreerd"}};

enum class Fase : std::uint8_t { verkennen, delen, overeenkomen, uitvoeren, afgerond, beeindigd };
inline constexpr Vocab<Fase, 6> kFasen{{"verkennen", "delen", "overeenkomen", "uitvoeren", "afgerond", "beeindigd"}};

inline constexpr Vocab<std::uint8_t, 3> kVormen{{"kort-eenmalig", "lang-eenmalig", "meervoudig"}};
inline constexpr Vocab<std::uint8_t, 2> kRolverdelingen{{"gelijkwaardig", "trekker-ondersteuner"}};

enum class Partnermodel : std::uint8_t { samen_sterk, co_branding };
inline constexpr Vocab<Partnermodel, 2> kPartnermodellen{{"samen-sterk", "co-branding"}};

inline constexpr Vocab<std::uint8_t, 3> kFinancieleVerplichtingen{{"sponsoring", "garantstelling", "reiskostenvergoeding"}};

enum class Buro : std::uint8_t { geen, toegekend, ingehuurd };
inline constexpr Vocab<Buro, 3> kBuroOndersteuning{{"geen", "toegekend", "ingehuurd"}};

inline constexpr Vocab<std::uint8_t, 6> kVoorwaarden{{"logoZichtbaar", "toegankelijkVoorLeden", "technischeFocus",
                                                      "geenAcquisitie", "openStandaarden", "datumAfgestemd"}};

}  // namespace samen

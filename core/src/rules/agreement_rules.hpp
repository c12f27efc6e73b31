// The rules AFS-001 ... AFS-008 (spec §4.6, §5, §7 "Agreements"), each a small function named
// after its code, used by the afspraak.* handlers in agreements.cpp. They judge the afspraak as
// the command would leave it (its AfspraakTerms), so that creating and changing share them.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "eval/context.hpp"
#include "eval/fields.hpp"
#include "model/objects.hpp"

namespace samen::rules {

// Where a finding about the afspraak points: the first of the named fields present in the
// gegevens (else the first named), or one fixed place (`/gegevens/fase` for a phase change,
// where no field of the afspraak is in the gegevens).
struct Pads {
  const Ctx& ctx;
  std::optional<std::string> fixed;
  std::string operator()(std::initializer_list<std::string_view> keys) const;
  // A member of an object field ("voorwaarden", "logoZichtbaar"): the member's own pad when
  // the object is in the gegevens.
  std::string member(std::string_view field, std::string_view key) const;
};

// Shape: reads every field of an afspraak the gegevens hold (INVOER-001/002). `partnermodel`
// is required when creating.
void read_afspraak_fields(Ctx& ctx, Need partnermodel);

// The partner named by the afspraak, resolved where it is named (INVOER-003); it cannot be
// the collective itself. Null when there is none or it is unknown.
const Organisatie* resolve_partner(Ctx& ctx, const Json& afspraak, Id collective);

void afs001_no_financial_obligations_in_co_branding(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads);
void afs002_profit_partner_only_in_co_branding(Ctx& ctx, const AfspraakTerms& terms, const Organisatie* partner,
                                               const Pads& pads);
void afs003_board_approval_and_hired_buro(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads);
// The rules of the terms themselves, checked whenever the terms are written.
void check_terms(Ctx& ctx, const AfspraakTerms& terms, const Organisatie* partner, const Pads& pads);

// AFS-004: phases go one step at a time along verkennen ... afgerond; ending is not a phase change.
void afs004_phase_in_order(Ctx& ctx, Fase from, Fase to);
// AFS-004 (content) and AFS-005: what overeenkomen and every later phase need.
void afs004_goals_and_roles(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads);
void afs005_conditions_met(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads);
// AFS-006: no other dated event of the collective (ended afspraken aside) shares a day with
// `evenement`; `self` is the afspraak being changed, if any.
void afs006_no_overlapping_event(Ctx& ctx, Id collective, DateInterval evenement, std::optional<std::uint32_t> self,
                                 std::string_view pad);
// AFS-007: an ended or finished afspraak is final.
bool afs007_not_final(Ctx& ctx, const Afspraak& afspraak);
// AFS-008: leaving verkennen without draagvlak (a warning).
void afs008_support_before_moving_on(Ctx& ctx, Fase from, Fase to, const AfspraakTerms& terms);

// Phases from overeenkomen on need what AFS-004 (content) and AFS-005 ask.
constexpr bool agreed(Fase fase) { return fase == Fase::overeenkomen || fase == Fase::uitvoeren || fase == Fase::afgerond; }

}  // namespace samen::rules

#include "rules/agreement_rules.hpp"

#include "model/decode.hpp"
#include "model/time.hpp"
#include "rules/common.hpp"

namespace samen::rules {
namespace {

bool given(const Ctx& ctx, std::string_view key) {
  const Json* gegevens = ctx.command.gegevens;
  return gegevens && gegevens->find(key) != gegevens->end();
}

// voorwaarden: an object of the six conditions of the policy, each true or false.
void read_voorwaarden(Ctx& ctx, Fields& g) {
  auto voorwaarden = g.object("voorwaarden", Need::optional);
  if (!voorwaarden) return;
  for (const auto& [key, value] : g.raw("voorwaarden")->items()) {
    if (kVoorwaarden.parse(key)) {
      voorwaarden->flag(key);
    } else {
      const std::string pad = voorwaarden->pad(key);
      ctx.report("INVOER-002/sleutel", pad, {pad, kVoorwaarden.joined()});
    }
  }
}

// evenement: {van, tot}, two existing dates, van not after tot.
void read_evenement(Ctx& ctx, Fields& g) {
  auto evenement = g.object("evenement", Need::optional);
  if (!evenement) return;
  std::optional<std::int32_t> days[2];
  const std::string_view ends[2] = {"van", "tot"};
  for (int i = 0; i < 2; ++i) {
    const auto text = evenement->text(ends[i]);
    if (!text) continue;
    days[i] = parse_date(*text);
    if (!days[i]) ctx.report("INVOER-002/datum", evenement->pad(ends[i]), {evenement->pad(ends[i])});
  }
  if (days[0] && days[1] && *days[0] > *days[1])
    ctx.report("INVOER-002/volgorde", evenement->pad("tot"),
               {evenement->pad("tot"), format_date(*days[0]), format_date(*days[1])});
}

std::string phase_name(Fase fase) { return std::string(kFasen.name(fase)); }

}  // namespace

std::string Pads::operator()(std::initializer_list<std::string_view> keys) const {
  if (fixed) return *fixed;
  for (std::string_view key : keys)
    if (given(ctx, key)) return pointer_join("/gegevens", key);
  return pointer_join("/gegevens", *keys.begin());
}

std::string Pads::member(std::string_view field, std::string_view key) const {
  if (fixed) return *fixed;
  const std::string pad = pointer_join("/gegevens", field);
  return given(ctx, field) ? pointer_join(pad, key) : pad;
}

void read_afspraak_fields(Ctx& ctx, Need partnermodel) {
  Fields g(ctx, ctx.command.gegevens, "/gegevens");
  g.id("partner", Need::optional);
  g.ids("doelstellingen");  // a list of non-empty texts
  g.choice("vorm", kVormen, Need::optional);
  g.choice("rolverdeling", kRolverdelingen, Need::optional);
  g.choice("partnermodel", kPartnermodellen, partnermodel);
  g.choices("financieleVerplichtingen", kFinancieleVerplichtingen);
  g.choice("buroOndersteuning", kBuroOndersteuning, Need::optional);
  g.flag("goedkeuringBestuur");
  g.flag("draagvlak");
  read_voorwaarden(ctx, g);
  read_evenement(ctx, g);
}

const Organisatie* resolve_partner(Ctx& ctx, const Json& afspraak, Id collective) {
  const std::string* partner = string_field(afspraak, "partner");
  if (!partner) return nullptr;
  const Organisatie* found = nullptr;
  if (given(ctx, "partner")) {
    found = ctx.resolve<Organisatie>(IdField{*partner, "/gegevens/partner"});
  } else if (const auto id = ctx.state.find_id(*partner)) {
    found = ctx.state.get<Organisatie>(*id);  // stored: a dangling reference is controle's to report
  }
  if (found && found->id == collective) {
    ctx.report("INVOER-002/partner", "/gegevens/partner", {"/gegevens/partner"});
    return nullptr;
  }
  return found;
}

void afs001_no_financial_obligations_in_co_branding(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads) {
  if (terms.partnermodel == Partnermodel::co_branding && terms.financiele_verplichtingen != 0)
    ctx.report("AFS-001", pads({"financieleVerplichtingen", "partnermodel"}));
}

void afs002_profit_partner_only_in_co_branding(Ctx& ctx, const AfspraakTerms& terms, const Organisatie* partner,
                                               const Pads& pads) {
  if (partner && partner->profit_motive() && terms.partnermodel == Partnermodel::samen_sterk)
    ctx.report("AFS-002", pads({"partnermodel", "partner"}));
}

void afs003_board_approval_and_hired_buro(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads) {
  const bool buro = terms.buro_ondersteuning && *terms.buro_ondersteuning != Buro::geen;
  if (terms.partnermodel == Partnermodel::samen_sterk && (terms.financiele_verplichtingen != 0 || buro) &&
      !terms.goedkeuring_bestuur)
    ctx.report("AFS-003", pads({"goedkeuringBestuur", "financieleVerplichtingen", "buroOndersteuning"}));
  if (terms.partnermodel == Partnermodel::co_branding && terms.buro_ondersteuning == Buro::toegekend)
    ctx.report("AFS-003/inhuur", pads({"buroOndersteuning", "partnermodel"}));
}

void check_terms(Ctx& ctx, const AfspraakTerms& terms, const Organisatie* partner, const Pads& pads) {
  afs001_no_financial_obligations_in_co_branding(ctx, terms, pads);
  afs002_profit_partner_only_in_co_branding(ctx, terms, partner, pads);
  afs003_board_approval_and_hired_buro(ctx, terms, pads);
}

void afs004_phase_in_order(Ctx& ctx, Fase from, Fase to) {
  if (to == Fase::beeindigd) {
    ctx.report("AFS-004/beeindigen", "/gegevens/fase");
    return;
  }
  if (static_cast<int>(to) != static_cast<int>(from) + 1)
    ctx.report("AFS-004", "/gegevens/fase", {phase_name(from), phase_name(to)});
}

void afs004_goals_and_roles(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads) {
  if (!terms.doelstellingen) ctx.report("AFS-004/inhoud", pads({"doelstellingen"}), {"doelstellingen"});
  if (!terms.rolverdeling) ctx.report("AFS-004/inhoud", pads({"rolverdeling"}), {"rolverdeling"});
}

void afs005_conditions_met(Ctx& ctx, const AfspraakTerms& terms, const Pads& pads) {
  for (std::size_t i = 0; i < kVoorwaarden.names.size(); ++i)
    if ((terms.voorwaarden_met & (1u << i)) == 0)
      ctx.report("AFS-005", pads.member("voorwaarden", kVoorwaarden.names[i]), {kVoorwaarden.names[i]});
}

void afs006_no_overlapping_event(Ctx& ctx, Id collective, DateInterval evenement, std::optional<std::uint32_t> self,
                                 std::string_view pad) {
  for (std::uint32_t position : ctx.state.index.events_by_samenwerking.overlapping(collective, evenement)) {
    if (position == self) continue;
    const Afspraak& other = ctx.state.at<Afspraak>(position);
    ctx.report("AFS-006", pad,
               {ctx.label(other.id), format_date(other.terms.evenement->van), format_date(other.terms.evenement->tot)});
  }
}

bool afs007_not_final(Ctx& ctx, const Afspraak& afspraak) {
  if (!afspraak.ended()) return true;
  ctx.report("AFS-007/definitief", "/gegevens/id", {phase_name(*afspraak.fase)});
  return false;
}

void afs008_support_before_moving_on(Ctx& ctx, Fase from, Fase to, const AfspraakTerms& terms) {
  if (from == Fase::verkennen && to == Fase::delen && !terms.draagvlak) ctx.report("AFS-008", "/gegevens/fase");
}

}  // namespace samen::rules

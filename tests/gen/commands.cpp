// The command streams of the benchmark: every command of spec §2.2 on region 0, mostly by the
// organisation with authority (so that most commands reach the rules), and otherwise by a
// functioneel-beheerder, a beheerder of another organisation, an actor without the role or a
// visitor; now and then with a field missing or of the wrong type.
#include <functional>
#include <map>

#include "generator.hpp"
#include "json_out.hpp"
#include "random.hpp"
#include "world.hpp"

namespace samen_gen {
namespace {

struct Gegevens {
  std::function<void(JsonOut&)> write;  // the members of "gegevens"
  std::vector<std::uint32_t> authority;  // orgs whose beheerder may give it; empty: FB only or anyone
  const char* role = "gebruik-beheerder";
};

class Stream {
 public:
  Stream(const Region& region, Random& random) : r_(region), random_(random) {
    for (std::uint32_t u = 0; u < r_.usage.size(); ++u) {
      landscape_[r_.usage[u].afnemer].push_back(r_.usage[u].module);
      if (r_.usage[u].voorstel >= 0) proposals_.push_back(u);
    }
    for (const Membership& m : r_.memberships) {
      if (m.status == LidStatus::actief) members_[m.collective].push_back(m.member);
      if (m.status == LidStatus::aangevraagd) pending_.push_back(&m);
      if (m.status == LidStatus::actief || m.status == LidStatus::aangevraagd) open_.push_back(&m);
    }
  }

  std::string next(std::size_t serial) {
    static const std::vector<std::pair<const char*, int>> kWeights = {
        {"gebruik.registreren", 10}, {"gebruik.wijzigen", 8}, {"koppeling.registreren", 6}, {"koppeling.wijzigen", 4},
        {"lidmaatschap.aangeven", 4}, {"lidmaatschap.bevestigen", 2}, {"lidmaatschap.afwijzen", 2},
        {"lidmaatschap.beeindigen", 3}, {"module.registreren", 4}, {"module.verwijderen", 3}, {"dienst.registreren", 2},
        {"dienst.verwijderen", 2}, {"gebruik.voorstellen", 3}, {"gebruik.voorstel-beoordelen", 2},
        {"organisatie.wijzigen", 3}, {"organisatie.registreren", 2}, {"organisatie.activeren", 1},
        {"organisatie.deactiveren", 1}, {"contactpersoon.registreren", 2}, {"aanvraag.indienen", 2},
        {"aanvraag.beoordelen", 1}, {"afspraak.vastleggen", 2}, {"afspraak.wijzigen", 1}, {"afspraak.fase-wijzigen", 2},
        {"afspraak.beeindigen", 1}, {"evaluatie.vastleggen", 2}};
    int total = 0;
    for (const auto& [name, weight] : kWeights) total += weight;
    auto roll = static_cast<int>(random_.between(0, total - 1));
    const char* opdracht = kWeights.back().first;
    for (const auto& [name, weight] : kWeights) {
      if (roll < weight) {
        opdracht = name;
        break;
      }
      roll -= weight;
    }
    serial_ = serial;
    const Gegevens g = make(opdracht);
    std::string out;
    JsonOut w(out);
    w.object().field("opdracht", opdracht);
    actor(w, g);
    const auto minute = 1'490'000 + static_cast<std::int64_t>(serial % 20'000);
    w.field("tijdstip", minute_text(minute));
    w.object("gegevens");
    g.write(w);
    w.close().close();
    return out;
  }

 private:
  std::string fresh(const char* kind) { return std::string("nieuw-") + kind + "-" + std::to_string(serial_); }
  std::string org(std::uint32_t o) const { return r_.org_id(o); }
  std::uint32_t any(std::uint32_t first, std::uint32_t count) { return first + static_cast<std::uint32_t>(random_.below(count)); }
  std::uint32_t gemeente() { return any(0, r_.gemeenten); }
  std::uint32_t leverancier() { return any(r_.first_leverancier(), r_.leveranciers); }
  std::uint32_t samenwerking() { return any(r_.first_samenwerking(), r_.samenwerkingen); }
  std::uint32_t collective() { return any(r_.first_samenwerking(), r_.samenwerkingen + r_.communities); }
  std::uint32_t module() { return static_cast<std::uint32_t>(random_.below(r_.modules.size())); }
  std::uint32_t aanbieder_of(std::uint32_t m) const { return r_.modules[m].aanbieder; }
  // Now and then a field goes missing or gets the wrong type (INVOER-001/002).
  bool broken() { return random_.chance(0.04); }
  void maybe_broken(JsonOut& w, const char* key, const std::string& value) {
    if (!broken()) w.field(key, value);
    else if (random_.chance(0.5)) w.field(key, 42);
  }

  void actor(JsonOut& w, const Gegevens& g) {
    const double roll = random_.unit();
    w.object("actor");
    if (roll < 0.06) {  // a visitor
    } else if (roll < 0.16 || g.authority.empty()) {
      if (g.authority.empty() && roll >= 0.16 && random_.chance(0.3)) w.field("organisatie", org(gemeente())).array("rollen").string("gebruik-beheerder").close();
      else w.array("rollen").string("functioneel-beheerder").close();
    } else if (roll < 0.23) {  // the wrong organisation
      w.field("organisatie", org(gemeente())).array("rollen").string(g.role).close();
    } else if (roll < 0.28) {  // the right organisation without the role
      w.field("organisatie", org(g.authority.front())).array("rollen").string("gebruik-raadpleger").close();
    } else {
      const std::uint32_t who = g.authority[random_.below(g.authority.size())];
      const bool collective_with_both = r_.is_collective(who);
      w.field("organisatie", org(who)).array("rollen").string(collective_with_both ? "gebruik-beheerder" : g.role);
      if (collective_with_both) w.string("aanbod-beheerder");
      w.close();
    }
    w.close();
  }

  Gegevens make(const std::string& opdracht) {
    using W = JsonOut;
    if (opdracht == "gebruik.registreren") {
      const bool by_collective = random_.chance(0.25);
      const std::uint32_t afnemer = by_collective ? samenwerking() : gemeente();
      const auto& own = landscape_[afnemer];
      // A third of them ask for a module the afnemer already uses (GEBR-002).
      const std::uint32_t m = !own.empty() && random_.chance(0.33) ? own[random_.below(own.size())] : module();
      std::vector<std::uint32_t> deelnemers;
      if (by_collective)
        for (std::size_t pick : random_.sample(members_[afnemer].size(), 3)) deelnemers.push_back(members_[afnemer][pick]);
      if (by_collective && random_.chance(0.2)) deelnemers.push_back(gemeente());
      const auto status = kGebruikStatus[random_.below(kGebruikStatus.size())];
      return {[=, this](W& w) {
                w.field("id", fresh("u"));
                maybe_broken(w, "afnemer", org(afnemer));
                maybe_broken(w, "module", r_.module_id(m));
                w.field("status", status);
                if (!deelnemers.empty()) {
                  w.array("deelnemers");
                  for (auto d : deelnemers) w.string(org(d));
                  w.close();
                }
              },
              {afnemer}};
    }
    if (opdracht == "gebruik.wijzigen" || opdracht == "gebruik.voorstel-beoordelen") {
      const bool proposal = opdracht == "gebruik.voorstel-beoordelen" && !proposals_.empty();
      const std::uint32_t u = proposal ? proposals_[random_.below(proposals_.size())] : static_cast<std::uint32_t>(random_.below(r_.usage.size()));
      const UsageRec& usage = r_.usage[u];
      if (proposal) {
        const auto status = kVoorstelStatus[random_.below(kVoorstelStatus.size())];
        return {[=, this](W& w) { w.field("id", r_.usage_id(u)).field("status", status); }, {usage.afnemer, aanbieder_of(usage.module)}};
      }
      const auto status = kGebruikStatus[random_.below(kGebruikStatus.size())];
      const bool change_members = !usage.deelnemers.empty() && random_.chance(0.5);
      const auto members = members_[usage.afnemer];
      return {[=, this](W& w) {
                w.field("id", r_.usage_id(u));
                if (!change_members) return void(w.field("status", status));
                w.array("deelnemers");
                for (std::size_t pick : random_.sample(members.size(), 4)) w.string(org(members[pick]));
                w.close();
              },
              {usage.afnemer}};
    }
    if (opdracht == "gebruik.voorstellen") {
      const std::uint32_t m = module(), afnemer = gemeente();
      return {[=, this](W& w) { w.field("id", fresh("u")).field("afnemer", org(afnemer)).field("module", r_.module_id(m)); },
              {aanbieder_of(m)}, "aanbod-beheerder"};
    }
    if (opdracht == "koppeling.registreren") {
      const std::uint32_t eigenaar = random_.chance(0.85) ? gemeente() : samenwerking();
      const auto& own = landscape_[eigenaar];
      const std::uint32_t a = own.empty() ? module() : own[random_.below(own.size())];
      const std::int64_t b = random_.chance(0.2) ? -1 : static_cast<std::int64_t>(own.empty() || random_.chance(0.1) ? module() : own[random_.below(own.size())]);
      const auto richting = random_.chance(0.05) ? nullptr : kRichtingen[random_.below(kRichtingen.size())];
      return {[=, this](W& w) {
                w.field("id", fresh("k")).field("eigenaar", org(eigenaar)).field("moduleA", r_.module_id(a));
                if (b >= 0) w.field("moduleB", r_.module_id(static_cast<std::uint32_t>(b)));
                else w.field("buitengemeentelijkVoorziening", "BRP");
                if (richting) w.field("gegevensuitwisselingRichting", richting);
                if (random_.chance(0.5)) w.field("naam", "Koppeling " + std::to_string(serial_));
                w.field("type", "api");
              },
              {eigenaar}};
    }
    if (opdracht == "koppeling.wijzigen") {
      const auto k = static_cast<std::uint32_t>(random_.below(r_.koppelingen.size()));
      const KoppelingRec& kop = r_.koppelingen[k];
      const auto status = kKoppelingStatus[random_.below(kKoppelingStatus.size())];
      return {[=, this](W& w) { w.field("id", r_.koppeling_id(k)).field("status", status).field("naam", "Gewijzigd " + std::to_string(serial_)); },
              {kop.eigenaar}, r_.orgs[kop.eigenaar].type == OrgType::Leverancier ? "aanbod-beheerder" : "gebruik-beheerder"};
    }
    if (opdracht == "lidmaatschap.aangeven") {
      const std::uint32_t c = collective(), lid = random_.chance(0.9) ? gemeente() : leverancier();
      return {[=, this](W& w) {
                w.field("id", fresh("lm"));
                maybe_broken(w, "samenwerking", org(c));
                w.field("lid", org(lid));
              },
              {lid}};
    }
    if (opdracht == "lidmaatschap.bevestigen" || opdracht == "lidmaatschap.afwijzen" || opdracht == "lidmaatschap.beeindigen") {
      const bool ending = opdracht == "lidmaatschap.beeindigen";
      const auto& list = ending ? open_ : pending_;
      const Membership* m = list.empty() ? &r_.memberships[random_.below(r_.memberships.size())] : list[random_.below(list.size())];
      const std::string id = r_.membership_id(*m);
      std::vector<std::uint32_t> authority{m->collective};
      if (ending) authority.push_back(m->member);
      return {[=](W& w) {
                w.field("id", id);
                if (ending) w.field("reden", "Herindeling");
              },
              authority};
    }
    if (opdracht == "module.registreren" || opdracht == "dienst.registreren") {
      const std::uint32_t m = module();
      const std::uint32_t aanbieder = aanbieder_of(m);
      const bool same_name = random_.chance(0.1);  // AANB-003
      const bool dienst = opdracht == "dienst.registreren";
      return {[=, this](W& w) {
                w.field("id", fresh(dienst ? "d" : "m"));
                w.field("naam", same_name ? r_.module_name(m) : "Nieuw product " + std::to_string(serial_));
                if (dienst) w.field("type", kDienstTypen[serial_ % kDienstTypen.size()]);
                maybe_broken(w, "aanbieder", org(aanbieder));
                if (dienst) w.array("modules").string(r_.module_id(m)).close();
              },
              {aanbieder}, "aanbod-beheerder"};
    }
    if (opdracht == "module.verwijderen" || opdracht == "dienst.verwijderen") {
      const bool dienst = opdracht == "dienst.verwijderen" && !r_.diensten.empty();
      const std::uint32_t i = dienst ? static_cast<std::uint32_t>(random_.below(r_.diensten.size())) : module();
      const std::uint32_t aanbieder = dienst ? r_.diensten[i].aanbieder : aanbieder_of(i);
      return {[=, this](W& w) { w.field("id", dienst ? r_.dienst_id(i) : r_.module_id(i)); }, {aanbieder}, "aanbod-beheerder"};
    }
    if (opdracht == "organisatie.wijzigen" || opdracht == "organisatie.activeren" || opdracht == "organisatie.deactiveren") {
      const auto o = static_cast<std::uint32_t>(random_.below(r_.orgs.size()));
      const bool wijzigen = opdracht == "organisatie.wijzigen";
      const bool type_change = random_.chance(0.1);  // ORG-002
      return {[=, this](W& w) {
                w.field("id", org(o));
                if (!wijzigen) return;
                w.field("naam", r_.org_name(o) + " (nieuw)").field("website", "https://nieuw.example.nl");
                if (type_change) w.field("type", "Leverancier");
              },
              wijzigen ? std::vector<std::uint32_t>{o} : std::vector<std::uint32_t>{}};
    }
    if (opdracht == "organisatie.registreren") {
      const int kind = static_cast<int>(random_.below(3));  // Leverancier, Gemeente, collective
      std::int64_t from = -1;
      for (std::uint32_t a = 0; a < r_.aanvragen.size() && kind == 2; ++a)
        if (r_.aanvragen[a].status == 1 && random_.chance(0.5)) from = a;
      const std::string id = fresh(kind == 0 ? "l" : kind == 1 ? "g" : "sw");
      return {[=, this](W& w) {
                w.object("organisatie").field("id", id);
                w.field("naam", kind == 0 ? "Nieuwe Leverancier " + id : kind == 1 ? "Gemeente " + id : "Samenwerking " + id);
                w.field("type", kind == 0 ? "Leverancier" : kind == 1 ? "Gemeente" : "Samenwerking").field("website", "https://" + id + ".example.nl");
                if (kind == 2) w.field("samenwerkingtype", "DVO");
                w.close();
                if (from >= 0) w.field("aanvraag", r_.aanvraag_id(static_cast<std::uint32_t>(from)));
                if (kind == 2)
                  w.object("eersteBeheerder").field("id", fresh("cp")).field("e-mailadres", "eerste@" + id + ".example.nl").array("rollen").string("gebruik-beheerder").close().close();
              },
              {}};
    }
    if (opdracht == "contactpersoon.registreren") {
      const auto o = static_cast<std::uint32_t>(random_.below(r_.orgs.size()));
      return {[=, this](W& w) {
                w.field("id", fresh("cp")).field("organisatie", org(o));
                maybe_broken(w, "e-mailadres", "nieuw" + std::to_string(serial_) + "@example.nl");
                w.array("rollen").string(random_.chance(0.9) ? "gebruik-raadpleger" : "superheld").close();
              },
              {o}};
    }
    if (opdracht == "aanvraag.indienen") {
      const bool samen = random_.chance(0.6);
      return {[=, this](W& w) {
                w.field("id", fresh("av")).field("naam", std::string(samen ? "Samenwerking " : "Community ") + std::to_string(serial_));
                w.field("type", samen ? "Samenwerking" : "Community").field("doel", "Samen de dienstverlening verbeteren ✨");
                w.object("contactpersoon").field("naam", "Jeroen Bakker").field("e-mailadres", "jeroen@example.nl").close();
                if (samen) w.field("grondslag", "B&W-besluit").field("samenwerkingtype", "DVO");
                if (random_.chance(0.5)) w.array("motieven").string("kennis delen").close().field("draagvlak", true);
              },
              {}};
    }
    if (opdracht == "aanvraag.beoordelen") {
      const auto a = static_cast<std::uint32_t>(random_.below(r_.aanvragen.size()));
      const bool approve = random_.chance(0.6);
      return {[=, this](W& w) {
                w.field("id", r_.aanvraag_id(a)).field("besluit", approve ? "goedgekeurd" : "afgewezen");
                if (!approve && random_.chance(0.7)) w.field("motivering", "Geen grondslag");
              },
              {}};
    }
    if (opdracht == "afspraak.vastleggen") {
      const std::uint32_t c = collective();
      const bool co_branding = random_.chance(0.5);
      const std::uint32_t partner = co_branding ? leverancier() : gemeente();
      const bool sponsoring = random_.chance(0.2);  // AFS-001 under co-branding, AFS-003 otherwise
      const auto day = static_cast<std::int32_t>(random_.between(0, 400));
      return {[=, this](W& w) {
                w.field("id", fresh("a")).field("samenwerking", org(c)).field("partner", org(partner));
                w.field("partnermodel", co_branding ? "co-branding" : "samen-sterk");
                if (sponsoring) w.array("financieleVerplichtingen").string("sponsoring").close();
                w.object("evenement").field("van", day_text(day)).field("tot", day_text(day + 1)).close();
              },
              {c}};
    }
    if (opdracht == "afspraak.wijzigen" || opdracht == "afspraak.fase-wijzigen" || opdracht == "afspraak.beeindigen") {
      const auto a = static_cast<std::uint32_t>(random_.below(r_.afspraken.size()));
      const AfspraakRec& afspraak = r_.afspraken[a];
      const auto fase = kFasen[std::min<std::size_t>(afspraak.fase + 1u, 4u)];
      const std::string which = opdracht;
      std::vector<std::uint32_t> authority{afspraak.collective};
      if (which == "afspraak.beeindigen") authority.push_back(afspraak.partner);
      return {[=, this](W& w) {
                w.field("id", r_.afspraak_id(a));
                if (which == "afspraak.fase-wijzigen") w.field("fase", fase);
                else if (which == "afspraak.wijzigen") w.array("doelstellingen").string("Samen inkopen").close();
                else w.field("reden", "Doel bereikt");
              },
              authority};
    }
    // evaluatie.vastleggen
    const bool on_afspraak = random_.chance(0.3) && !r_.afspraken.empty();
    const auto a = static_cast<std::uint32_t>(random_.below(r_.afspraken.size()));
    const std::uint32_t c = on_afspraak ? r_.afspraken[a].collective : collective();
    const bool complete = random_.chance(0.9);  // EVAL-001 otherwise
    return {[=, this](W& w) {
              w.field("id", fresh("e")).field("onderwerp", on_afspraak ? r_.afspraak_id(a) : org(c));
              w.field("plan", "Plan").field("do", "Gedaan").field("check", "Gemeten");
              if (complete) w.field("act", "Bijgestuurd");
              if (random_.chance(0.1)) w.field("stopzetten", true);
            },
            {c}};
  }

  const Region& r_;
  Random& random_;
  std::size_t serial_ = 0;
  std::map<std::uint32_t, std::vector<std::uint32_t>> landscape_, members_;
  std::vector<std::uint32_t> proposals_;
  std::vector<const Membership*> pending_, open_;
};

}  // namespace

std::vector<std::string> commands(std::size_t count, double fraction, std::uint64_t seed) {
  const Region region = build_region(seed, 0, fraction > 1.0 ? 1.0 : fraction);
  Random random(seed, 0xC0FFEE);
  Stream stream(region, random);
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.push_back(stream.next(i + 1));
  return out;
}

}  // namespace samen_gen

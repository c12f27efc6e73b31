// Writing the regions of a state as the JSON of spec §2.1, with the fields the register carries
// beside the ones the engine reads (cbsCode, website, descriptions, start dates, @self, ...).
#include <array>

#include "generator.hpp"
#include "json_out.hpp"
#include "random.hpp"
#include "world.hpp"

namespace samen_gen {
namespace {

constexpr std::size_t kChunk = 4 << 20;

const char* kOrgTypeNames[] = {"Gemeente", "Leverancier", "Samenwerking", "Community"};
const char* kOrgStatusNames[] = {"Actief", "Concept", "Deactief"};
const char* kLidStatusNames[] = {"aangevraagd", "actief", "afgewezen", "beeindigd"};
const char* kStartDatum[] = {"startDatumVerwerving", "startDatumGepland", "startDatumInProductie",
                             "startDatumUitTeFaseren", "startDatumUitGefaseerd"};

void self(JsonOut& w, const char* schema, Random& random) {
  w.object("@self").field("register", "softwarecatalogus").field("schema", schema);
  w.field("created", minute_text(random.between(0, 1'000'000))).close();
}

void ids(JsonOut& w, const Region& r, const char* key, const std::vector<std::uint32_t>& orgs) {
  w.array(key);
  for (std::uint32_t o : orgs) w.string(r.org_id(o));
  w.close();
}

void organisation(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  const Org& o = r.orgs[i];
  const std::string id = r.org_id(i);
  w.object().field("id", id).field("naam", r.org_name(i));
  w.field("type", kOrgTypeNames[static_cast<int>(o.type)]).field("status", kOrgStatusNames[static_cast<int>(o.status)]);
  if (o.winstoogmerk >= 0) w.field("winstoogmerk", o.winstoogmerk == 1);
  switch (o.type) {
    case OrgType::Gemeente: w.field("cbsCode", std::to_string(10000 + o.number).substr(1)); break;
    case OrgType::Leverancier: w.field("kvkNummer", std::to_string(10'000'000 + random.between(0, 89'999'999))); break;
    case OrgType::Samenwerking:
      w.field("samenwerkingtype", kSamenwerkingtypen[random.below(kSamenwerkingtypen.size())]);
      w.field("beschrijvingKort", "Gemeenten in de regio die samen ICT beheren en inkopen.");
      break;
    case OrgType::Community: w.field("beschrijvingKort", "Een community van gemeenten en leveranciers."); break;
  }
  w.field("website", "https://" + id + ".example.nl");
  if (!o.deelnemers.empty()) ids(w, r, "deelnemers", o.deelnemers);
  if (!o.deelnames.empty()) ids(w, r, "deelnames", o.deelnames);
  self(w, "organisatie", random);
  w.close();
}

void contact(JsonOut& w, const Region& r, std::uint32_t i, Random&) {
  const ContactRec& c = r.contacts[i];
  w.object().field("id", r.contact_id(i)).field("organisatie", r.org_id(c.org));
  w.field("e-mailadres", "beheer" + std::to_string(i) + "@" + r.org_id(c.org) + ".example.nl");
  w.array("rollen");
  for (std::size_t bit = 0; bit < kRolNamen.size(); ++bit) {
    if (!(c.roles & (1u << bit))) continue;
    std::string name = kRolNamen[bit];
    if (c.capitalised) name[0] = static_cast<char>(name[0] - 32);
    w.string(name);
  }
  w.close().close();
}

void aanvraag(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  const AanvraagRec& a = r.aanvragen[i];
  const std::string naam = a.organisation >= 0 ? r.org_name(static_cast<std::uint32_t>(a.organisation))
                                               : (a.samenwerking ? "Samenwerking Nieuw " : "Community Nieuw ") + std::to_string(i);
  w.object().field("id", r.aanvraag_id(i)).field("naam", naam).field("type", a.samenwerking ? "Samenwerking" : "Community");
  w.field("doel", "Samen inkopen, beheren en kennis delen");
  w.object("contactpersoon").field("naam", "Fenna de Vries").field("e-mailadres", "aanvraag" + std::to_string(i) + "@example.nl").close();
  if (a.samenwerking)
    w.field("grondslag", "B&W-besluit").field("samenwerkingtype", kSamenwerkingtypen[random.below(kSamenwerkingtypen.size())]);
  const std::int64_t submitted = random.between(0, 600'000);
  w.field("status", kAanvraagStatus[a.status]).field("ingediendOp", minute_text(submitted));
  if (a.status != 0) w.field("beoordeeldOp", minute_text(submitted + 20'000));
  if (a.organisation >= 0) w.field("organisatie", r.org_id(static_cast<std::uint32_t>(a.organisation)));
  w.close();
}

void membership(JsonOut& w, const Region& r, const Membership& m, Random& random) {
  w.object().field("id", r.membership_id(m)).field("samenwerking", r.org_id(m.collective)).field("lid", r.org_id(m.member));
  w.field("status", kLidStatusNames[static_cast<int>(m.status)]).field("aangegevenOp", minute_text(m.declared_minute));
  if (m.status == LidStatus::actief || m.status == LidStatus::beeindigd) w.field("actiefSinds", minute_text(m.declared_minute + 2880));
  if (m.status == LidStatus::beeindigd) w.field("beeindigdOp", minute_text(m.declared_minute + 100'000));
  if (m.status == LidStatus::afgewezen) w.field("afgewezenOp", minute_text(m.declared_minute + 1440)).field("reden", "Geen \"gemeente\" in de regio");
  if (m.status == LidStatus::beeindigd && random.chance(0.5)) w.field("reden", "Opgeheven na herindeling");
  w.close();
}

void module(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  w.object().field("id", r.module_id(i)).field("naam", r.module_name(i)).field("aanbieder", r.org_id(r.modules[i].aanbieder));
  if (random.chance(0.7)) w.field("licentietype", random.chance(0.3) ? "Open source" : "Commercieel");
  if (random.chance(0.5)) w.array("cloudDienstverleningsmodel").string(random.chance(0.6) ? "SaaS" : "On-premises").close();
  if (random.chance(0.4)) w.field("beschrijvingKort", "Module voor de uitvoering van gemeentelijke taken — één loket.");
  if (random.chance(0.3)) w.field("aantalInstallaties", random.between(0, 400));
  if (random.chance(0.05)) {
    static const std::array<const char*, 6> kScores = {"4.25", "3.5", "0.1", "1e2", "-2.0E-3", "12345678901234567890"};
    w.key("beoordeling").number_text(kScores[random.below(kScores.size())]);
  }
  self(w, "module", random);
  w.close();
}

void dienst(JsonOut& w, const Region& r, std::uint32_t i, Random&) {
  const DienstRec& d = r.diensten[i];
  w.object().field("id", r.dienst_id(i)).field("naam", std::string(kDienstTypen[d.type]) + " " + std::to_string(i + 1));
  w.field("type", kDienstTypen[d.type]).field("aanbieder", r.org_id(d.aanbieder));
  if (!d.modules.empty()) {
    w.array("modules");
    for (std::uint32_t m : d.modules) w.string(r.module_id(m));
    w.close();
  }
  w.close();
}

void usage(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  const UsageRec& u = r.usage[i];
  w.object().field("id", r.usage_id(i)).field("afnemer", r.org_id(u.afnemer)).field("module", r.module_id(u.module));
  w.field("status", kGebruikStatus[u.status]);
  w.field(kStartDatum[u.status], day_text(static_cast<std::int32_t>(random.between(-2000, 300))));
  if (!u.deelnemers.empty()) ids(w, r, "deelnemers", u.deelnemers);
  if (!u.diensten.empty()) {
    w.array("diensten");
    for (std::uint32_t d : u.diensten) w.string(r.dienst_id(d));
    w.close();
  }
  if (u.voorstel >= 0)
    w.object("voorstel").field("door", r.org_id(r.modules[u.module].aanbieder)).field("status", kVoorstelStatus[static_cast<std::size_t>(u.voorstel)]).close();
  if (random.chance(0.05)) w.field("interneAantekening", "Contract loopt af in Q3;\n\"verlengen\" besproken\tmet inkoop");
  if (random.chance(0.2)) w.field("moduleVersie", std::to_string(random.between(1, 9)) + "." + std::to_string(random.between(0, 20)));
  self(w, "gebruik", random);
  w.close();
}

void koppeling(JsonOut& w, const Region& r, std::uint32_t i, Random&) {
  const KoppelingRec& k = r.koppelingen[i];
  const std::string b = k.module_b >= 0 ? r.module_name(static_cast<std::uint32_t>(k.module_b)) : kVoorzieningen[k.voorziening];
  w.object().field("id", r.koppeling_id(i)).field("naam", r.module_name(k.module_a) + " → " + b);
  w.field("moduleA", r.module_id(k.module_a));
  if (k.module_b >= 0) w.field("moduleB", r.module_id(static_cast<std::uint32_t>(k.module_b)));
  else w.field("buitengemeentelijkVoorziening", kVoorzieningen[k.voorziening]);
  w.field("gegevensuitwisselingRichting", kRichtingen[k.richting]).field("eigenaar", r.org_id(k.eigenaar));
  if (k.type != 255) w.field("type", kKoppelingTypen[k.type]);
  if (k.status != 255) w.field("status", kKoppelingStatus[k.status]);
  if (!k.deelnemers.empty()) ids(w, r, "deelnemers", k.deelnemers);
  w.close();
}

void afspraak(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  const AfspraakRec& a = r.afspraken[i];
  w.object().field("id", r.afspraak_id(i)).field("samenwerking", r.org_id(a.collective)).field("partner", r.org_id(a.partner));
  w.field("partnermodel", a.co_branding ? "co-branding" : "samen-sterk").field("fase", kFasen[a.fase]);
  w.array("doelstellingen").string("Kennis delen").string("Samen inkopen").close();
  w.field("rolverdeling", random.chance(0.5) ? "gelijkwaardig" : "trekker-ondersteuner");
  w.field("buroOndersteuning", a.co_branding ? (random.chance(0.5) ? "ingehuurd" : "geen") : "geen");
  if (!a.co_branding && random.chance(0.4)) {
    w.array("financieleVerplichtingen").string("reiskostenvergoeding").close();
    w.field("goedkeuringBestuur", true);
  }
  if (a.fase >= 1) w.field("draagvlak", true);
  if (a.fase >= 2) {
    w.object("voorwaarden");
    for (const char* key : {"logoZichtbaar", "toegankelijkVoorLeden", "technischeFocus", "geenAcquisitie", "openStandaarden", "datumAfgestemd"})
      w.field(key, true);
    w.close();
  }
  if (a.event_day >= 0) w.object("evenement").field("van", day_text(a.event_day)).field("tot", day_text(a.event_day + 1)).close();
  const std::int64_t recorded = random.between(0, 900'000);
  w.field("vastgelegdOp", minute_text(recorded));
  if (a.fase == 5) w.field("beeindigdOp", minute_text(recorded + 50'000));
  w.close();
}

void evaluatie(JsonOut& w, const Region& r, std::uint32_t i, Random& random) {
  const EvaluatieRec& e = r.evaluaties[i];
  w.object().field("id", r.evaluatie_id(i)).field("onderwerp", e.on_afspraak ? r.afspraak_id(e.subject) : r.org_id(e.subject));
  w.field("plan", "Twee keer per jaar een kennisdag").field("do", "Kennisdagen gehouden").field("check", "Goed bezocht");
  w.field("act", "Doorgaan").field("verlooptZoalsGepland", !e.stopzetten).field("stopzetten", e.stopzetten);
  w.field("vastgelegdOp", minute_text(random.between(600'000, 1'400'000)));
  w.close();
}

}  // namespace

void write_state(double scale, std::uint64_t seed, const std::function<void(std::string_view)>& sink) {
  std::vector<Region> regions;
  const auto fractions = region_fractions(scale);
  for (std::uint32_t i = 0; i < fractions.size(); ++i) regions.push_back(build_region(seed, i, fractions[i]));

  std::string out;
  out.reserve(kChunk + (1 << 16));
  JsonOut w(out);
  const auto flush = [&] {
    if (out.size() < kChunk) return;
    sink(out);
    out.clear();
  };
  // Each kind of each region draws its extra fields from its own stream.
  const auto stream = [&](const Region& r, std::uint64_t kind) { return Random(seed ^ 0x5EED5EEDull, std::uint64_t{r.index} * 16 + kind); };
  const auto each = [&](const char* name, std::uint64_t kind, auto count_of, auto write_one) {
    w.array(name);
    for (const Region& r : regions) {
      Random random = stream(r, kind);
      const std::size_t count = count_of(r);
      for (std::size_t i = 0; i < count; ++i) {
        write_one(r, static_cast<std::uint32_t>(i), random);
        flush();
      }
    }
    w.close();
  };
  w.object();
  each("organisaties", 1, [](const Region& r) { return r.orgs.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { organisation(w, r, i, x); });
  each("contactpersonen", 2, [](const Region& r) { return r.contacts.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { contact(w, r, i, x); });
  each("aanvragen", 3, [](const Region& r) { return r.aanvragen.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { aanvraag(w, r, i, x); });
  each("lidmaatschappen", 4, [](const Region& r) { return r.memberships.size(); }, [&](const Region& r, std::uint32_t i, Random& x) {
    if (!r.memberships[i].link_only) membership(w, r, r.memberships[i], x);
  });
  each("modules", 5, [](const Region& r) { return r.modules.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { module(w, r, i, x); });
  each("diensten", 6, [](const Region& r) { return r.diensten.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { dienst(w, r, i, x); });
  each("gebruik", 7, [](const Region& r) { return r.usage.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { usage(w, r, i, x); });
  each("koppelingen", 8, [](const Region& r) { return r.koppelingen.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { koppeling(w, r, i, x); });
  each("afspraken", 9, [](const Region& r) { return r.afspraken.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { afspraak(w, r, i, x); });
  each("evaluaties", 10, [](const Region& r) { return r.evaluaties.size(); }, [&](const Region& r, std::uint32_t i, Random& x) { evaluatie(w, r, i, x); });
  w.close();
  sink(out);
}

std::string state_json(double scale, std::uint64_t seed) {
  std::string all;
  write_state(scale, seed, [&](std::string_view chunk) { all += chunk; });
  return all;
}

}  // namespace samen_gen

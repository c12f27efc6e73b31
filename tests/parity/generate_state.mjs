// The generated catalogue state of the parity test: gemeenten, leveranciers, samenwerkingen,
// communities, contactpersonen, aanvragen, memberships (objects and register links), modules,
// diensten, usage (own, on behalf of members, proposals), koppelingen, afspraken, evaluaties.
// Beside the state it returns the `world`: what the command generator needs to know of it.
import { instant } from './random.mjs';

const PLACES = ['Utrecht', 'Zeist', 'Súdwest-Fryslân', "'s-Hertogenbosch", 'Noardeast-Fryslân', 'Ede', 'Bergen (NH)',
  'Gemert-Bakel', 'Reeuwijk', 'Capelle aan den IJssel', 'Hengelo', 'Oisterwijk', 'Schiermonnikoog', 'Dantumadiel',
  'Tytsjerksteradiel', 'Ameland', 'Zoetermeer', 'Groningen', 'Maastricht', 'Leeuwarden'];
const SUPPLIER_WORDS = ['Acme', 'Centric-achtig', 'Open Gemeente', 'Dimpact-Soft', 'Zaakwerk', 'Regelrecht', 'Ïnnovatie', 'Dataflüss'];
export const SAMENWERKINGTYPEN = ['Uitvoeringsorganisatie', 'Sociaal Domein samenwerking', 'Shared Service Center', 'Omgevingsdienst',
  'ICT (bijvoorbeeld Shared Service Center)', 'Gemeenschappelijke Regeling', 'DVO', 'Belastingsamenwerking', 'Archiefdienst (regionaal)'];
export const ROLLEN = ['aanbod-beheerder', 'gebruik-beheerder', 'gebruik-raadpleger', 'organisatie-beheerder', 'vng-raadpleger'];
export const GEBRUIK_STATUS = ['Verwerving', 'Gepland', 'In productie', 'Uit te faseren', 'Uitgefaseerd'];
export const DIENST_TYPEN = ['Functioneel beheer', 'Applicatiebeheer', 'Technisch beheer', 'Implementatieondersteuning',
  'Opleidingen', 'Licentiereseller', 'Hosting', 'Ondersteuning'];
export const RICHTINGEN = ['AnaarB', 'BnaarA', 'bi-directioneel'];
export const KOPPELING_TYPEN = ['n.v.t.', 'bestandsoverdracht', 'digikoppeling', 'message que', 'upload naar portaal', 'webservices', 'api'];
export const KOPPELING_STATUS = ['in ontwikkeling', 'in gebruik', 'einde ondersteuning', 'teruggetrokken'];
export const FASEN = ['verkennen', 'delen', 'overeenkomen', 'uitvoeren', 'afgerond'];
export const VOORWAARDEN = ['logoZichtbaar', 'toegankelijkVoorLeden', 'technischeFocus', 'geenAcquisitie', 'openStandaarden', 'datumAfgestemd'];

const BEFORE = '2025-01-06T08:00:00Z';

function status(random) {
  return random.weighted({ Actief: 85, Concept: 10, Deactief: 5 });
}

export function generateState(random) {
  const world = { orgs: [], memberships: [], modules: [], diensten: [], gebruik: [], koppelingen: [], afspraken: [], aanvragen: [], evaluaties: [] };
  const state = { organisaties: [], contactpersonen: [], aanvragen: [], lidmaatschappen: [], modules: [], diensten: [], gebruik: [],
    koppelingen: [], afspraken: [], evaluaties: [] };
  const org = (id, type, fields) => {
    const object = { id, naam: fields.naam, type, status: status(random), ...fields };
    state.organisaties.push(object);
    world.orgs.push({ id, type, naam: object.naam });
    return object;
  };

  for (let i = 0; i < 30; i += 1) {
    org(`g-${i}`, 'Gemeente', { naam: `Gemeente ${PLACES[i % PLACES.length]}${i >= PLACES.length ? ` ${i}` : ''}`, cbsCode: String(300 + i).padStart(4, '0') });
  }
  for (let i = 0; i < 20; i += 1) {
    const fields = { naam: `${SUPPLIER_WORDS[i % SUPPLIER_WORDS.length]} ${i} B.V.`, website: `https://leverancier-${i}.example` };
    if (random.chance(0.3)) fields.winstoogmerk = random.chance(0.5);
    org(`l-${i}`, 'Leverancier', fields);
  }
  for (let i = 0; i < 8; i += 1) {
    org(`sw-${i}`, 'Samenwerking', { naam: `Samenwerking Regio ${PLACES[(i * 3) % PLACES.length]}`, samenwerkingtype: random.pick(SAMENWERKINGTYPEN) });
  }
  for (let i = 0; i < 5; i += 1) org(`com-${i}`, 'Community', { naam: `Community ${['Common Ground', 'Open Source', 'Zaakgericht', 'Dataverkeer 🚦', 'Toegankelijkheid'][i]}` });

  const gemeenten = world.orgs.filter((o) => o.type === 'Gemeente');
  const leveranciers = world.orgs.filter((o) => o.type === 'Leverancier');
  const collectives = world.orgs.filter((o) => o.type === 'Samenwerking' || o.type === 'Community');

  for (const o of world.orgs) {
    if (!random.chance(0.5)) continue;
    state.contactpersonen.push({ id: `cp-${o.id}`, organisatie: o.id, 'e-mailadres': `beheer@${o.id}.example`,
      rollen: random.sample(ROLLEN, random.int(1, 2)).map((r) => (random.chance(0.2) ? r[0].toUpperCase() + r.slice(1) : r)) });
  }

  for (let i = 0; i < 12; i += 1) {
    const type = random.pick(['Samenwerking', 'Community']);
    const naam = `${type} Nieuw ${PLACES[(i * 7) % PLACES.length]} ${i}`;
    const decided = random.weighted({ ingediend: 4, goedgekeurd: 6, afgewezen: 2 });
    const aanvraag = { id: `av-${i}`, naam, type, doel: 'Samen inkopen en beheren', contactpersoon: { naam: 'Anne de Vries', 'e-mailadres': `anne${i}@example.nl` },
      status: decided, ingediendOp: instant(BEFORE, i * 600) };
    if (type === 'Samenwerking') Object.assign(aanvraag, { grondslag: 'B&W-besluit', samenwerkingtype: random.pick(SAMENWERKINGTYPEN) });
    if (decided !== 'ingediend') aanvraag.beoordeeldOp = instant(BEFORE, i * 600 + 300);
    state.aanvragen.push(aanvraag);
    world.aanvragen.push({ id: aanvraag.id, naam, type, status: decided });
  }

  // Memberships: objects for most pairs, register links (deelnemers/deelnames) for a few.
  let lm = 0;
  for (const collective of collectives) {
    const candidates = collective.type === 'Community' ? [...gemeenten, ...leveranciers] : gemeenten;
    for (const member of random.sample(candidates, random.int(3, 9))) {
      if (random.chance(0.15)) {
        const c = state.organisaties.find((o) => o.id === collective.id);
        const m = state.organisaties.find((o) => o.id === member.id);
        (c.deelnemers ??= []).push(member.id);
        (m.deelnames ??= []).push(collective.id);
        world.memberships.push({ id: `${collective.id}~${member.id}`, samenwerking: collective.id, lid: member.id, open: true });
        continue;
      }
      const status = random.weighted({ actief: 60, aangevraagd: 20, afgewezen: 10, beeindigd: 10 });
      const id = `lm-${lm++}`;
      const object = { id, samenwerking: collective.id, lid: member.id, status, aangegevenOp: instant(BEFORE, lm * 97) };
      if (status === 'actief' || status === 'beeindigd') object.actiefSinds = instant(BEFORE, lm * 97 + 60);
      if (status === 'beeindigd') object.beeindigdOp = instant(BEFORE, lm * 97 + 6000);
      if (status === 'afgewezen') object.afgewezenOp = instant(BEFORE, lm * 97 + 60);
      if (status === 'actief') {
        (state.organisaties.find((o) => o.id === collective.id).deelnemers ??= []).push(member.id);
        (state.organisaties.find((o) => o.id === member.id).deelnames ??= []).push(collective.id);
      }
      state.lidmaatschappen.push(object);
      world.memberships.push({ id, samenwerking: collective.id, lid: member.id, open: status === 'actief' || status === 'aangevraagd', pending: status === 'aangevraagd' });
    }
  }

  const offerers = [...leveranciers, ...leveranciers, ...collectives];
  for (let i = 0; i < 60; i += 1) {
    const aanbieder = random.pick(offerers);
    const object = { id: `m-${i}`, naam: `Module ${i} ${random.pick(['Zaken', 'Financiën', 'Burgerzaken', 'Portaal', 'Sociaal Domein', 'GIS'])}`, aanbieder: aanbieder.id };
    if (random.chance(0.5)) object.licentietype = random.pick(['EUPL', 'Proprietary', 'MIT']);
    state.modules.push(object);
    world.modules.push({ id: object.id, aanbieder: aanbieder.id, naam: object.naam });
  }
  for (let i = 0; i < 14; i += 1) {
    const aanbieder = random.pick(offerers);
    const own = world.modules.filter((m) => m.aanbieder === aanbieder.id).map((m) => m.id);
    const object = { id: `d-${i}`, naam: `Dienst ${i}`, type: random.pick(DIENST_TYPEN), aanbieder: aanbieder.id };
    if (own.length) object.modules = random.sample(own, random.int(1, own.length));
    state.diensten.push(object);
    world.diensten.push({ id: object.id, aanbieder: aanbieder.id });
  }

  const live = new Set();
  const samenwerkingen = collectives.filter((c) => c.type === 'Samenwerking');
  for (let i = 0; i < 110; i += 1) {
    const afnemer = random.chance(0.7) ? random.pick(gemeenten) : random.pick(samenwerkingen);
    const module = random.pick(world.modules);
    if (live.has(`${afnemer.id}|${module.id}`)) continue;
    live.add(`${afnemer.id}|${module.id}`);
    const object = { id: `u-${i}`, afnemer: afnemer.id, module: module.id, status: random.pick(GEBRUIK_STATUS) };
    if (afnemer.type === 'Samenwerking') {
      const members = world.memberships.filter((m) => m.samenwerking === afnemer.id && m.open).map((m) => m.lid);
      if (members.length) object.deelnemers = random.sample(members, random.int(1, members.length));
    }
    const proposal = random.chance(0.12);
    if (proposal) object.voorstel = { door: module.aanbieder, status: random.pick(['aangevraagd', 'goedgekeurd', 'actief', 'afgewezen']) };
    state.gebruik.push(object);
    world.gebruik.push({ id: object.id, afnemer: afnemer.id, module: module.id, aanbieder: module.aanbieder, proposal });
  }

  for (let i = 0; i < 30; i += 1) {
    const own = world.gebruik.filter((u) => !u.proposal);
    const first = random.pick(own);
    const second = random.pick(own.filter((u) => u.afnemer === first.afnemer));
    const object = { id: `k-${i}`, naam: `Koppeling ${i}`, moduleA: first.module, gegevensuitwisselingRichting: random.pick(RICHTINGEN), eigenaar: first.afnemer };
    if (second.module !== first.module && random.chance(0.7)) object.moduleB = second.module;
    else object.buitengemeentelijkVoorziening = random.pick(['BRP', 'BAG', 'DigiD', 'Digipoort']);
    if (random.chance(0.6)) object.type = random.pick(KOPPELING_TYPEN);
    if (random.chance(0.6)) object.status = random.pick(KOPPELING_STATUS);
    state.koppelingen.push(object);
    world.koppelingen.push({ id: object.id, eigenaar: first.afnemer });
  }

  for (let i = 0; i < 12; i += 1) {
    const collective = random.pick(collectives);
    const partner = random.pick([...leveranciers, ...gemeenten]);
    const partnermodel = random.pick(['samen-sterk', 'co-branding']);
    const object = { id: `a-${i}`, samenwerking: collective.id, partner: partner.id, partnermodel, fase: random.pick(FASEN),
      doelstellingen: ['Kennis delen'], rolverdeling: random.pick(['gelijkwaardig', 'trekker-ondersteuner']), vastgelegdOp: instant(BEFORE, i * 1440) };
    if (random.chance(0.4)) object.evenement = { van: `2026-0${random.int(1, 9)}-10`, tot: `2026-0${random.int(1, 9)}-12` };
    state.afspraken.push(object);
    world.afspraken.push({ id: object.id, samenwerking: collective.id, partner: partner.id });
  }
  for (let i = 0; i < 8; i += 1) {
    const onAfspraak = random.chance(0.4);
    const onderwerp = onAfspraak ? random.pick(world.afspraken).id : random.pick(collectives).id;
    state.evaluaties.push({ id: `e-${i}`, onderwerp, plan: 'Plan', do: 'Gedaan', check: 'Gemeten', act: 'Bijgestuurd',
      stopzetten: random.chance(0.2), vastgelegdOp: instant(BEFORE, i * 2880) });
    world.evaluaties.push({ id: `e-${i}` });
  }
  return { state, world };
}

// The command stream of the parity test: every command of spec §2.2, by functioneel-beheerders,
// beheerders of the right and of the wrong organisation, actors without the role, visitors;
// with broken fields now and then, and malformed lines. The generator keeps its own picture of
// the world (ids it created are assumed to exist); it never looks at the engine's answers, so
// the stream is fixed by the seed alone and exercises each command family as soon as it lands.
import { DIENST_TYPEN, FASEN, GEBRUIK_STATUS, KOPPELING_STATUS, KOPPELING_TYPEN, RICHTINGEN, ROLLEN, SAMENWERKINGTYPEN, VOORWAARDEN } from './generate_state.mjs';
import { instant } from './random.mjs';
import { malformedLine } from './malformed.mjs';

const START = '2026-06-01T08:00:00Z';
const BEHEERDER_ROLES = [['gebruik-beheerder'], ['aanbod-beheerder'], ['aanbod-beheerder', 'gebruik-beheerder'], ['Gebruik-Beheerder'], ['organisatie-beheerder']];

/** Each command: how to make its gegevens, and whose beheerders have authority over it. */
function commandMakers(random, world, fresh) {
  // Mostly objects of the loaded state, sometimes ones the stream itself tried to create
  // (which exist only if that command was allowed).
  const known = (list) => {
    const loaded = list.filter((item) => !item.generated);
    return random.pick(loaded.length && random.chance(0.8) ? loaded : list);
  };
  const of = (types) => world.orgs.filter((o) => [types].flat().includes(o.type));
  const collectives = () => of(['Samenwerking', 'Community']);
  const anyOrg = () => known(world.orgs);
  // A membership that is probably still `aangevraagd`; deciding on it ends that, as far as we know.
  const pending = () => {
    const open = world.memberships.filter((m) => m.pending);
    const m = open.length && random.chance(0.7) ? random.pick(open) : known(world.memberships);
    m.pending = false;
    return m;
  };
  const maybe = (probability, value) => (random.chance(probability) ? value : undefined);
  const byId = (list, id) => list.find((item) => item.id === id);
  const aanbiederOf = (id) => byId(world.modules, id)?.aanbieder ?? byId(world.diensten, id)?.aanbieder;

  return {
    'aanvraag.indienen': () => {
      const type = random.pick(['Samenwerking', 'Community', 'Community', 'Gemeente']);
      const id = fresh('av');
      const naam = `${type} ${random.pick(['Regio', 'Netwerk', 'Kring'])} ${id}`;
      world.aanvragen.push({ id, naam, type, status: 'ingediend', generated: true });
      return { gegevens: { id, naam, type, doel: maybe(0.9, 'Samen de dienstverlening verbeteren ✨'),
        contactpersoon: maybe(0.9, { naam: 'Jeroen Bakker', 'e-mailadres': `${id}@example.nl` }),
        grondslag: maybe(0.6, random.pick(['B&W-besluit', 'Gemeenschappelijke Regeling'])), samenwerkingtype: maybe(0.6, random.pick(SAMENWERKINGTYPEN)),
        motieven: maybe(0.5, ['kennis delen', 'samen inkopen']), beoogdeLeden: maybe(0.5, ['g-1', 'g-2']),
        vorm: maybe(0.5, random.pick(['kort-eenmalig', 'lang-eenmalig', 'meervoudig', 'altijd'])),
        praktisch: maybe(0.5, { tijd: random.chance(0.7), handen: random.chance(0.7), budget: random.chance(0.7), rolverdeling: 'trekker en ondersteuners' }),
        draagvlak: maybe(0.6, random.chance(0.7)) }, authority: [] };
    },
    'aanvraag.beoordelen': () => ({ gegevens: { id: known(world.aanvragen).id, besluit: random.pick(['goedgekeurd', 'goedgekeurd', 'afgewezen', 'misschien']),
      motivering: maybe(0.5, 'Past binnen het beleid') }, authority: [] }),
    'organisatie.registreren': () => {
      const kind = random.weighted({ Gemeente: 2, Leverancier: 4, collective: 4 });
      const id = fresh(kind === 'Gemeente' ? 'g' : kind === 'Leverancier' ? 'l' : 'sw');
      const aanvraag = kind === 'collective' ? known(world.aanvragen) : undefined;
      const type = aanvraag?.type ?? kind;
      const organisatie = { id, naam: aanvraag ? aanvraag.naam : `${type} ${id} Ürk`, type, website: `https://${id}.example` };
      if (type === 'Samenwerking' && random.chance(0.8)) organisatie.samenwerkingtype = random.pick(SAMENWERKINGTYPEN);
      world.orgs.push({ id, type, naam: organisatie.naam, generated: true });
      return { gegevens: { organisatie, aanvraag: aanvraag?.id,
        eersteBeheerder: maybe(aanvraag ? 0.85 : 0.2, { id: fresh('cp'), 'e-mailadres': `eerste@${id}.example`, rollen: [random.pick(ROLLEN)] }) },
      authority: type === 'Leverancier' ? [id] : [] };
    },
    'organisatie.wijzigen': () => {
      const target = anyOrg();
      return { gegevens: { id: target.id, naam: maybe(0.6, `${target.naam} (nieuw)`), website: maybe(0.4, random.chance(0.8) ? 'https://nieuw.example' : null),
        type: maybe(0.1, random.pick(['Gemeente', 'Leverancier'])), status: maybe(0.05, 'Actief'),
        samenwerkingtype: maybe(0.15, random.pick([...SAMENWERKINGTYPEN, 'Voetbalclub'])) }, authority: [target.id] };
    },
    'organisatie.activeren': () => ({ gegevens: { id: anyOrg().id }, authority: [] }),
    'organisatie.deactiveren': () => ({ gegevens: { id: anyOrg().id }, authority: [] }),
    'contactpersoon.registreren': () => {
      const organisatie = anyOrg().id;
      return { gegevens: { id: fresh('cp'), organisatie, 'e-mailadres': maybe(0.9, `nieuw@${organisatie}.example`),
        rollen: random.sample([...ROLLEN, 'superheld'], random.int(0, 2)) }, authority: [organisatie] };
    },
    'lidmaatschap.aangeven': () => {
      const samenwerking = random.chance(0.9) ? known(collectives()).id : anyOrg().id;
      const lid = random.chance(0.85) ? known(of(['Gemeente', 'Leverancier'])).id : anyOrg().id;
      const id = fresh('lm');
      world.memberships.push({ id, samenwerking, lid, open: true, pending: true, generated: true });
      return { gegevens: { id, samenwerking, lid }, authority: [lid] };
    },
    'lidmaatschap.bevestigen': () => {
      const m = pending();
      return { gegevens: { id: m.id, reden: maybe(0.2, 'Welkom!') }, authority: [m.samenwerking] };
    },
    'lidmaatschap.afwijzen': () => {
      const m = pending();
      return { gegevens: { id: m.id, reden: maybe(0.6, 'Geen gemeente uit de regio') }, authority: [m.samenwerking] };
    },
    'lidmaatschap.beeindigen': () => {
      const m = known(world.memberships);
      return { gegevens: { id: m.id, reden: maybe(0.5, 'Herindeling') }, authority: [m.lid, m.samenwerking] };
    },
    'module.registreren': () => {
      const aanbieder = random.chance(0.85) ? known(of(['Leverancier', 'Samenwerking', 'Community'])).id : anyOrg().id;
      const sameName = random.chance(0.1) ? world.modules.find((m) => m.aanbieder === aanbieder) : undefined;
      const id = fresh('m');
      const naam = sameName ? sameName.naam.toUpperCase() : `Module ${id} ${random.pick(['Zaken', 'Wmo', 'Belastingen'])}`;
      world.modules.push({ id, aanbieder, naam, generated: true });
      return { gegevens: { id, naam, aanbieder, licentietype: maybe(0.5, 'EUPL') }, authority: [aanbieder] };
    },
    'dienst.registreren': () => {
      const aanbieder = known(of(['Leverancier', 'Samenwerking', 'Community', 'Gemeente'])).id;
      const own = world.modules.filter((m) => m.aanbieder === aanbieder).map((m) => m.id);
      const id = fresh('d');
      world.diensten.push({ id, aanbieder, generated: true });
      return { gegevens: { id, naam: `Dienst ${id}`, type: random.pick([...DIENST_TYPEN, 'Catering']), aanbieder,
        modules: maybe(0.6, own.length && random.chance(0.8) ? random.sample(own, 2) : [known(world.modules).id]) }, authority: [aanbieder] };
    },
    'module.verwijderen': () => {
      const id = known(world.modules).id;
      return { gegevens: { id }, authority: [aanbiederOf(id)] };
    },
    'dienst.verwijderen': () => {
      const id = known(world.diensten).id;
      return { gegevens: { id }, authority: [aanbiederOf(id)] };
    },
    'gebruik.registreren': () => {
      const afnemer = random.chance(0.85) ? known(of(['Gemeente', 'Samenwerking'])) : anyOrg();
      const module = known(world.modules);
      const members = world.memberships.filter((m) => m.samenwerking === afnemer.id).map((m) => m.lid);
      const id = fresh('u');
      world.gebruik.push({ id, afnemer: afnemer.id, module: module.id, aanbieder: module.aanbieder, proposal: false, generated: true });
      return { gegevens: { id, afnemer: afnemer.id, module: module.id, status: random.pick([...GEBRUIK_STATUS, 'Onbekend']),
        deelnemers: maybe(afnemer.type === 'Samenwerking' ? 0.8 : 0.1, members.length ? random.sample(members, 2) : [anyOrg().id]) }, authority: [afnemer.id] };
    },
    'gebruik.wijzigen': () => {
      const u = known(world.gebruik);
      const members = world.memberships.filter((m) => m.samenwerking === u.afnemer).map((m) => m.lid);
      return { gegevens: { id: u.id, status: maybe(0.7, random.pick(GEBRUIK_STATUS)), deelnemers: maybe(0.3, random.sample(members, 2)),
        module: maybe(0.05, known(world.modules).id), notitie: maybe(0.2, 'bijgewerkt 📝') }, authority: [u.afnemer] };
    },
    'gebruik.voorstellen': () => {
      const module = known(world.modules);
      const afnemer = known(of(['Gemeente', 'Samenwerking']));
      const id = fresh('u');
      world.gebruik.push({ id, afnemer: afnemer.id, module: module.id, aanbieder: module.aanbieder, proposal: true, generated: true });
      return { gegevens: { id, afnemer: afnemer.id, module: module.id, status: maybe(0.3, random.pick(GEBRUIK_STATUS)) }, authority: [module.aanbieder] };
    },
    'gebruik.voorstel-beoordelen': () => {
      const proposals = world.gebruik.filter((u) => u.proposal);
      const u = known(proposals.length && random.chance(0.85) ? proposals : world.gebruik);
      const status = random.pick(['aangevraagd', 'goedgekeurd', 'afgewezen', 'actief', 'inactief', 'ingetrokken']);
      const side = { goedgekeurd: [u.afnemer], afgewezen: [u.afnemer], aangevraagd: [u.aanbieder], ingetrokken: [u.aanbieder] }[status] ?? [u.afnemer, u.aanbieder];
      return { gegevens: { id: u.id, status }, authority: side };
    },
    'koppeling.registreren': () => {
      const own = world.gebruik.filter((u) => !u.proposal);
      const first = known(own);
      const second = known(random.chance(0.8) ? own.filter((u) => u.afnemer === first.afnemer) : own);
      const which = random.weighted({ moduleB: 6, voorziening: 3, both: 1, neither: 1 });
      const members = world.memberships.filter((m) => m.samenwerking === first.afnemer).map((m) => m.lid);
      return { gegevens: { id: fresh('k'), eigenaar: first.afnemer, moduleA: first.module,
        moduleB: which === 'moduleB' || which === 'both' ? second.module : undefined,
        buitengemeentelijkVoorziening: which === 'voorziening' || which === 'both' ? 'BRP' : undefined,
        gegevensuitwisselingRichting: maybe(0.9, random.pick(RICHTINGEN)), naam: maybe(0.5, 'Zaak → Archief'),
        type: maybe(0.5, random.pick(KOPPELING_TYPEN)), status: maybe(0.5, random.pick(KOPPELING_STATUS)),
        deelnemers: maybe(members.length ? 0.5 : 0, random.sample(members, 2)) }, authority: [first.afnemer] };
    },
    'koppeling.wijzigen': () => {
      const k = known(world.koppelingen);
      return { gegevens: { id: k.id, status: maybe(0.6, random.pick(KOPPELING_STATUS)), naam: maybe(0.4, 'Hernoemd'),
        type: maybe(0.3, random.pick(KOPPELING_TYPEN)), eigenaar: maybe(0.05, anyOrg().id) }, authority: [k.eigenaar] };
    },
    'afspraak.vastleggen': () => {
      const samenwerking = known(collectives()).id;
      const partner = known(of(['Leverancier', 'Gemeente'])).id;
      const id = fresh('a');
      world.afspraken.push({ id, samenwerking, partner, generated: true });
      const partnermodel = random.pick(['samen-sterk', 'co-branding', 'sponsor']);
      const month = random.int(1, 9);
      return { gegevens: { id, samenwerking, partner: maybe(0.9, partner), partnermodel: maybe(0.95, partnermodel),
        doelstellingen: maybe(0.7, ['Kennis delen']), vorm: maybe(0.5, random.pick(['kort-eenmalig', 'meervoudig'])),
        rolverdeling: maybe(0.6, random.pick(['gelijkwaardig', 'trekker-ondersteuner'])),
        financieleVerplichtingen: maybe(0.4, random.sample(['sponsoring', 'garantstelling', 'reiskostenvergoeding'], random.int(1, 2))),
        buroOndersteuning: maybe(0.5, random.pick(['geen', 'toegekend', 'ingehuurd'])), goedkeuringBestuur: maybe(0.4, random.chance(0.6)),
        voorwaarden: maybe(0.4, Object.fromEntries(random.sample(VOORWAARDEN, 3).map((v) => [v, random.chance(0.7)]))),
        evenement: maybe(0.4, { van: `2026-0${month}-1${random.int(0, 4)}`, tot: `2026-0${month}-1${random.int(4, 9)}` }),
        draagvlak: maybe(0.6, random.chance(0.7)) }, authority: [samenwerking] };
    },
    'afspraak.wijzigen': () => {
      const a = known(world.afspraken);
      return { gegevens: { id: a.id, doelstellingen: maybe(0.5, ['Kennis delen', 'Samen aanbesteden']),
        rolverdeling: maybe(0.4, 'gelijkwaardig'), voorwaarden: maybe(0.3, Object.fromEntries(VOORWAARDEN.map((v) => [v, true]))),
        draagvlak: maybe(0.3, true), fase: maybe(0.05, 'afgerond') }, authority: [a.samenwerking] };
    },
    'afspraak.fase-wijzigen': () => {
      const a = known(world.afspraken);
      return { gegevens: { id: a.id, fase: random.pick([...FASEN, 'beeindigd']) }, authority: [a.samenwerking] };
    },
    'afspraak.beeindigen': () => {
      const a = known(world.afspraken);
      return { gegevens: { id: a.id, reden: maybe(0.5, 'Doel bereikt') }, authority: [a.samenwerking, a.partner] };
    },
    'evaluatie.vastleggen': () => {
      const onAfspraak = random.chance(0.4);
      const afspraak = known(world.afspraken);
      const onderwerp = onAfspraak ? afspraak.id : known(collectives()).id;
      return { gegevens: { id: fresh('e'), onderwerp, plan: maybe(0.9, 'Plan'), do: maybe(0.9, 'Uitgevoerd'), check: maybe(0.9, 'Gemeten'),
        act: maybe(0.9, 'Bijgestuurd'), verlooptZoalsGepland: maybe(0.5, random.chance(0.7)), bijsturen: maybe(0.3, 'Meer communicatie'),
        stopzetten: maybe(0.5, random.chance(0.2)), zelfdeDoel: maybe(0.4, random.chance(0.8)) }, authority: [onAfspraak ? afspraak.samenwerking : onderwerp] };
    },
  };
}

/** Every command name of spec §2.2, in the order of the spec's table. */
export const COMMAND_NAMES = Object.keys(commandMakers(null, { orgs: [] }, () => ''));

function actorFor(random, world, authority, kind) {
  const loaded = world.orgs.filter((o) => !o.generated);
  const others = loaded.filter((o) => !authority.includes(o.id));
  switch (kind) {
    case 'fb': return random.chance(0.8) ? { rollen: ['functioneel-beheerder'] } : { organisatie: random.pick(loaded).id, rollen: ['functioneel-beheerder'] };
    case 'right': return { organisatie: authority.length ? random.pick(authority) : random.pick(loaded).id, rollen: random.pick(BEHEERDER_ROLES) };
    case 'wrong-org': return { organisatie: random.pick(others).id, rollen: ['aanbod-beheerder', 'gebruik-beheerder'] };
    case 'no-role': return { organisatie: authority.length ? random.pick(authority) : random.pick(loaded).id, rollen: [random.pick(['gebruik-raadpleger', 'vng-raadpleger'])] };
    case 'visitor': return random.chance(0.5) ? {} : undefined;
    default: return random.pick([{ organisatie: 'bestaat-niet', rollen: ['gebruik-beheerder'] }, { rollen: ['superuser'] }, 'beheerder', { organisatie: 42 }]);
  }
}

/** Breaks one thing now and then: a missing or ill-typed field, an unknown id. */
function corrupt(random, gegevens) {
  const keys = Object.keys(gegevens).filter((key) => gegevens[key] !== undefined);
  if (!keys.length) return gegevens;
  const key = random.pick(keys);
  const broken = { ...gegevens };
  switch (random.int(0, 3)) {
    case 0: delete broken[key]; break;
    case 1: broken[key] = random.pick([42, true, null, [], {}]); break;
    case 2: broken[key] = typeof broken[key] === 'string' ? 'bestaat-niet-🦄' : broken[key]; break;
    default: broken[key] = ''; break;
  }
  return broken;
}

function tijdstipFor(random, minute) {
  const good = instant(START, minute);
  if (!random.chance(0.03)) return random.chance(0.1) ? good.replace('Z', '+02:00') : good;
  return random.pick([undefined, 'gisteren', '2026-13-01T10:00:00Z', '2026-06-01T10:00:00', 20260601, '']);
}

/**
 * Generates `count` lines (Buffers, no newline). `kinds` gives each line's command name (or
 * "malformed") for the statistics.
 */
export function generateCommands(random, world, count) {
  let serial = 0;
  const fresh = (prefix) => `${prefix}-n${serial++}`;
  const makers = commandMakers(random, world, fresh);
  const lines = [];
  const kinds = [];
  let minute = 0;
  for (let i = 0; i < count; i += 1) {
    minute += random.int(1, 90);
    if (random.chance(0.03)) {
      lines.push(malformedLine(random));
      kinds.push('(malformed)');
      continue;
    }
    const opdracht = random.pick(COMMAND_NAMES);
    const { gegevens, authority } = makers[opdracht]();
    const actorKind = random.weighted({ fb: 15, right: 45, 'wrong-org': 15, 'no-role': 10, visitor: 10, odd: 5 });
    const command = { opdracht, actor: actorFor(random, world, authority.filter(Boolean), actorKind), tijdstip: tijdstipFor(random, minute),
      gegevens: random.chance(0.1) ? corrupt(random, gegevens) : gegevens };
    if (random.chance(0.05)) command.toelichting = `regel ${i}: één opmerking 🙂`;
    if (random.chance(0.01)) delete command.gegevens;
    lines.push(Buffer.from(JSON.stringify(command)));
    kinds.push(opdracht);
  }
  return { lines, kinds };
}

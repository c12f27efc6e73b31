// The membership and usage journey of the catalogue, on the WebAssembly engine in Node.
//
// Run: node journey.mjs path/to/catalogus.json   (docs/hosts/node.md)
// in a project where `npm install @samen/engine` (or the packed tarball) has been done.
import { readFileSync } from 'node:fs';
import { createEngine, SamenError } from '@samen/engine';

const NOORD = { organisatie: 'sw-noord', rollen: ['gebruik-beheerder'] };
const HOUTEN = { organisatie: 'g-houten', rollen: ['gebruik-beheerder'] };

const command = (opdracht, actor, tijdstip, gegevens) => ({ opdracht, actor, tijdstip, gegevens });

export const JOURNEY = [
  // Houten declares its membership of the samenwerking; the samenwerking confirms it.
  command('lidmaatschap.aangeven', HOUTEN, '2026-11-02T09:00:00Z',
    { id: 'l-houten-noord', samenwerking: 'sw-noord', lid: 'g-houten' }),
  command('lidmaatschap.bevestigen', NOORD, '2026-11-03T09:00:00Z', { id: 'l-houten-noord' }),
  // A samenwerking cannot add members itself: refused with LID-003, nothing changes.
  command('lidmaatschap.aangeven', NOORD, '2026-11-03T10:00:00Z',
    { id: 'l-bunnik-noord', samenwerking: 'sw-noord', lid: 'g-bunnik' }),
  // The samenwerking registers usage once, on behalf of two of its members.
  command('gebruik.registreren', NOORD, '2026-11-04T09:00:00Z', {
    id: 'u-noord-portaal', afnemer: 'sw-noord', module: 'm-portaal', status: 'In productie',
    deelnemers: ['g-utrecht', 'g-houten'],
  }),
];

function report(opdracht, resultaat) {
  if (resultaat.toegestaan) {
    const changed = resultaat.wijzigingen.map((w) => `${w.soort} ${w.object.id}`).join(', ');
    console.log(`${opdracht}: toegestaan (${changed})`);
  } else {
    const codes = resultaat.meldingen.filter((m) => m.ernst === 'fout').map((m) => `${m.code} ${m.pad}`);
    console.log(`${opdracht}: geweigerd (${codes.join(', ')})`);
  }
}

const catalogus = process.argv[2];
if (!catalogus) {
  console.error('usage: node journey.mjs CATALOGUS.json');
  process.exit(2);
}

const engine = await createEngine();
try {
  const { geladen } = engine.load(readFileSync(catalogus, 'utf8'));
  console.log(`geladen: ${geladen.organisaties} organisaties, ${geladen.lidmaatschappen} lidmaatschappen`);

  for (const step of JOURNEY) report(step.opdracht, engine.apply(step));

  const { leden } = engine.query({ vraag: 'leden', actor: NOORD, gegevens: { samenwerking: 'sw-noord' } });
  console.log(`leden van sw-noord: ${leden.map((lid) => `${lid.lid} (${lid.status})`).join(', ')}`);

  // What the host persists: the whole state (or, per command, its wijzigingen).
  for (const gebruik of engine.export().gebruik) {
    const voor = (gebruik.deelnemers ?? []).join(', ') || gebruik.afnemer;
    console.log(`gebruik ${gebruik.id}: ${gebruik.module} voor ${voor}`);
  }

  try {
    engine.apply('{geen json');
  } catch (error) {
    if (!(error instanceof SamenError)) throw error;
    console.log(`niet te evalueren: ${error.fouten.map((f) => f.code).join(', ')} (status ${error.status})`);
  }
} finally {
  engine.free();
}

// The JavaScript API of @samen/engine: every method, typed results, SamenError, UTF-8, free.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { api, catalogus, command, DEBUG, loadTestModule } from './helpers.mjs';

const { createEngine, SamenError, SamenStatus } = api;
const module = await loadTestModule();

function engineWithCatalogus(options) {
  const engine = module.createEngine(options);
  engine.load(catalogus);
  return engine;
}

const houtenJoins = command('lidmaatschap.aangeven', { organisatie: 'g-houten', rollen: ['gebruik-beheerder'] },
  { id: 'l-houten-noord', samenwerking: 'sw-noord', lid: 'g-houten' });

test('the module reports its version and a supported ABI', () => {
  assert.equal(module.abiVersion, 1);
  assert.match(module.version, /^\d+\.\d+\.\d+$/);
  assert.ok(api.SUPPORTED_ABI_VERSIONS.includes(module.abiVersion));
});

test('createEngine with defaults, through the shared default module', async () => {
  const engine = await createEngine(DEBUG ? { module } : {});
  try {
    assert.equal(engine.options.taal, 'nl');
    assert.equal(engine.options.beleid.lidmaatschapBevestiging, true);
    assert.equal(engine.options.limieten.maxDiepte, 64);
  } finally {
    engine.free();
  }
});

test('createEngine with options, and OPTIES for unknown keys', async () => {
  const engine = await createEngine({ module, taal: 'en', beleid: { lidmaatschapBevestiging: false } });
  assert.equal(engine.options.taal, 'en');
  assert.equal(engine.options.beleid.lidmaatschapBevestiging, false);
  engine.free();
  await assert.rejects(createEngine({ module, beleid: { bestaatNiet: true } }), (error) => {
    assert.ok(error instanceof SamenError);
    assert.equal(error.status, SamenStatus.ERR_INPUT);
    assert.equal(error.code, 'OPTIES');
    return true;
  });
});

test('load answers the counts per kind, and a bad state is TOESTAND with the old state kept', () => {
  const engine = module.createEngine();
  const geladen = engine.load(catalogus);
  assert.equal(geladen.geladen.organisaties, 11);
  assert.equal(geladen.geladen.modules, 4);
  const before = engine.raw('export').json;
  assert.throws(() => engine.load({ organisaties: [{ naam: 'zonder id' }] }), (error) => error.code === 'TOESTAND');
  assert.equal(engine.raw('export').json, before);
  engine.free();
});

test('check and apply: an allowed result, typed and discriminated on toegestaan', () => {
  const engine = engineWithCatalogus();
  const checked = engine.check(houtenJoins);
  assert.equal(checked.toegestaan, true);
  assert.equal(checked.wijzigingen[0].soort, 'lidmaatschap');
  assert.equal(checked.wijzigingen[0].object.status, 'aangevraagd');
  // check changed nothing: apply gives the same answer, and then the object exists.
  assert.deepEqual(engine.apply(houtenJoins), checked);
  assert.ok(engine.export().lidmaatschappen.some((l) => l.id === 'l-houten-noord'));
  engine.free();
});

test('a refused command is a result with meldingen, not an error, and changes nothing', () => {
  const engine = engineWithCatalogus();
  const before = engine.raw('export').json;
  const collectiveAddsMember = command('lidmaatschap.aangeven', { organisatie: 'sw-noord', rollen: ['gebruik-beheerder'] },
    { id: 'l-x', samenwerking: 'sw-noord', lid: 'g-bunnik' });
  const resultaat = engine.apply(collectiveAddsMember);
  assert.equal(resultaat.toegestaan, false);
  if (!resultaat.toegestaan) {
    assert.deepEqual(resultaat.meldingen.map((m) => m.code), ['LID-003']);
    assert.equal(resultaat.meldingen[0].ernst, 'fout');
    assert.deepEqual(resultaat.wijzigingen, []);
  }
  assert.equal(engine.raw('export').json, before);
  engine.free();
});

test('calls that cannot be evaluated throw SamenError carrying fouten', () => {
  const engine = engineWithCatalogus();
  const cases = [
    ['{"opdracht": ', 'JSON-SYNTAX'],
    ['[1, 2]', 'OPDRACHT-ONTBREEKT'],
    ['{"opdracht": "bestaat.niet"}', 'OPDRACHT-ONBEKEND'],
    [new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), 'JSON-UTF8'],
  ];
  for (const [input, code] of cases) {
    assert.throws(() => engine.apply(input), (error) => {
      assert.ok(error instanceof SamenError);
      assert.ok(error instanceof Error);
      assert.equal(error.status, SamenStatus.ERR_INPUT);
      assert.equal(error.code, code);
      assert.equal(error.fouten[0].code, code);
      assert.equal(typeof error.fouten[0].melding, 'string');
      return true;
    }, `input ${String(input)}`);
  }
  assert.throws(() => engine.query({ vraag: 'bestaat-niet' }), (error) => error.code === 'VRAAG-ONBEKEND');
  engine.free();
});

test('raw gives the exact JSON text and status without throwing', () => {
  const engine = engineWithCatalogus();
  const ok = engine.raw('check', JSON.stringify(houtenJoins));
  assert.equal(ok.status, SamenStatus.OK);
  assert.ok(ok.json.startsWith('{"toegestaan":true'));
  const failed = engine.raw('apply', '{');
  assert.equal(failed.status, SamenStatus.ERR_INPUT);
  assert.ok(failed.json.startsWith('{"fouten":[{"code":"JSON-SYNTAX"'));
  assert.throws(() => engine.raw('verwijder-alles', '{}'), TypeError);
  engine.free();
});

test('query answers through the typed API', () => {
  const engine = engineWithCatalogus();
  const leden = engine.query({ vraag: 'leden', actor: {}, gegevens: { samenwerking: 'sw-noord' } });
  assert.equal(typeof leden, 'object');
  assert.ok(JSON.stringify(leden).includes('g-utrecht'));
  engine.free();
});

test('UTF-8 is sized in bytes: Dutch diacritics and emoji survive load, apply and export', () => {
  const engine = module.createEngine();
  const naam = "Gemeente Súdwest-Fryslân 🚲 — 's-Hertogenbosch, Reeuwijk-Brug, Ede ëïéüç 🇳🇱";
  const state = JSON.parse(catalogus);
  state.organisaties.push({ id: 'g-sûdwest-🚲', naam, type: 'Gemeente', status: 'Actief', opmerking: '💡 één ½ €' });
  engine.load(state);
  const joins = command('lidmaatschap.aangeven', { organisatie: 'g-sûdwest-🚲', rollen: ['gebruik-beheerder'] },
    { id: 'l-fryslân-🧀', samenwerking: 'sw-noord', lid: 'g-sûdwest-🚲' });
  // The emoji at the very end: sizing by UTF-16 length would cut the closing braces off.
  const text = JSON.stringify(joins).slice(0, -1) + ',"toelichting":"😀"}';
  const resultaat = engine.apply(text);
  assert.equal(resultaat.toegestaan, true, JSON.stringify(resultaat));
  assert.equal(resultaat.wijzigingen[0].object.id, 'l-fryslân-🧀');
  const exported = engine.export();
  const org = exported.organisaties.find((o) => o.id === 'g-sûdwest-🚲');
  assert.equal(org.naam, naam);
  assert.equal(org.opmerking, '💡 één ½ €');
  // The raw export has the characters themselves, not \u escapes (spec §2.1).
  assert.ok(engine.raw('export').json.includes('Súdwest-Fryslân 🚲'));
  engine.free();
});

test('text that is mostly beyond ASCII is encoded whole (more bytes than the first guess of room)', () => {
  // The bridge encodes text straight into the heap with room for mostly-ASCII text; this text
  // takes about twice its UTF-16 length in bytes, so it must take the second, counted room.
  for (const piece of ['ë', '€', '😀', '\u{10FFFF}', '\uD800']) {
    const engine = module.createEngine();
    const opmerking = piece.repeat(5000);
    const state = JSON.parse(catalogus);
    state.organisaties.push({ id: 'g-veel', naam: 'Veel tekens', type: 'Gemeente', status: 'Actief', opmerking: '@' });
    // Put in by hand: JSON.stringify would write a lone surrogate as a \u escape.
    engine.load(JSON.stringify(state).replace('"@"', `"${opmerking}"`));
    const org = engine.export().organisaties.find((o) => o.naam === 'Veel tekens');
    // A lone surrogate is not UTF-8: TextEncoder writes U+FFFD for it, as it always did.
    assert.equal(org.opmerking, piece === '\uD800' ? '\uFFFD'.repeat(5000) : opmerking, piece);
    engine.free();
  }
});

test('a JSON-SYNTAX position is a byte offset into the UTF-8 input', () => {
  const engine = module.createEngine();
  const text = '{"opdracht":"ë€😀",'; // 13 + 2 + 3 + 4 + 2 bytes = 24, 19 UTF-16 units
  assert.equal(Buffer.byteLength(text), 24);
  assert.throws(() => engine.apply(text), (error) => {
    assert.equal(error.code, 'JSON-SYNTAX');
    assert.equal(error.fouten[0].positie, 24); // the end of the input, counted in bytes
    return true;
  });
  engine.free();
});

test('free releases the engine; afterwards every call throws ARGUMENT and free is a no-op', () => {
  const engine = engineWithCatalogus();
  const live = module.liveEngines;
  assert.equal(engine.freed, false);
  engine.free();
  assert.equal(engine.freed, true);
  assert.equal(module.liveEngines, live - 1);
  engine.free();
  assert.equal(module.liveEngines, live - 1);
  for (const call of [() => engine.check(houtenJoins), () => engine.export(), () => engine.raw('export')]) {
    assert.throws(call, (error) => error instanceof SamenError && error.code === 'ARGUMENT' && error.status === SamenStatus.ERR_ARGUMENT);
  }
});

test('Symbol.dispose frees the engine (what `using` calls)', () => {
  const live = module.liveEngines;
  const engine = module.createEngine();
  assert.equal(module.liveEngines, live + 1);
  engine[Symbol.dispose]();
  assert.equal(engine.freed, true);
  assert.equal(module.liveEngines, live);
});

test('engines of one module are independent', () => {
  const a = engineWithCatalogus();
  const b = engineWithCatalogus();
  a.apply(houtenJoins);
  assert.ok(a.export().lidmaatschappen.some((l) => l.id === 'l-houten-noord'));
  assert.ok(!b.export().lidmaatschappen.some((l) => l.id === 'l-houten-noord'));
  a.free();
  assert.equal(b.check(houtenJoins).toegestaan, true);
  b.free();
});

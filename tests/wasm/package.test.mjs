// wasm/package.json makes a package that works by its name: `npm pack`, unpack it as
// node_modules/@samen/engine in an empty project, import '@samen/engine' and use it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { ROOT } from './helpers.mjs';

test('the packed package imports by name, declares its types, and evaluates a command', () => {
  const work = mkdtempSync(join(tmpdir(), 'samen-package-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work],
    { cwd: join(ROOT, 'wasm'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = packed[0].files.map((file) => file.path);
  for (const file of ['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/samen.mjs', 'dist/samen.wasm']) assert.ok(files.includes(file), file);
  assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('node_modules/')), 'only the built package is shipped');

  const target = join(work, 'node_modules', '@samen', 'engine');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed[0].filename), '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
  assert.equal(manifest.name, '@samen/engine');
  assert.ok(existsSync(join(target, manifest.types)), 'the types file exists');

  const script = `import { createEngine } from '@samen/engine';
const engine = await createEngine();
engine.load({ organisaties: [{ id: 'g-ede', naam: 'Gemeente Ede', type: 'Gemeente', status: 'Actief' },
  { id: 'sw-fv', naam: 'Samenwerking Food Valley', type: 'Samenwerking', status: 'Actief' }] });
const actor = { organisatie: 'g-ede', rollen: ['gebruik-beheerder'] };
const resultaat = engine.check({ opdracht: 'lidmaatschap.aangeven', actor, tijdstip: '2026-11-22T10:00:00Z',
  gegevens: { id: 'l-1', samenwerking: 'sw-fv', lid: 'g-ede' } });
console.log(resultaat.toegestaan, resultaat.wijzigingen.map((w) => w.object.id).join());
engine.free();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, 'true l-1\n');
});

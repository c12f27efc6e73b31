// The package's hand-written types work for a TypeScript user: the example of docs/js-api.md
// compiles against dist/index.d.ts, and a misuse does not.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ROOT } from './helpers.mjs';

const tsc = join(ROOT, 'wasm/node_modules/typescript/bin/tsc');
const typed = fileURLToPath(new URL('./typed/', import.meta.url));

function typecheck(project) {
  return spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
}

test('the typed example of docs/js-api.md compiles against the published types', () => {
  const result = typecheck(join(typed, 'tsconfig.json'));
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const docs = readFileSync(join(ROOT, 'docs/js-api.md'), 'utf8');
  const example = readFileSync(join(typed, 'example.ts'), 'utf8');
  const body = example.slice(example.indexOf('import {'));
  assert.ok(docs.includes(body.trim()), 'docs/js-api.md shows tests/wasm/typed/example.ts as it is');
});

test('a misuse of the API does not compile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samen-typed-'));
  writeFileSync(join(dir, 'misuse.ts'), `import { createEngine } from '@samen/engine';
const engine = await createEngine();
const resultaat = engine.check({ opdracht: 'lidmaatschap.aangeven' });
if (!resultaat.toegestaan) resultaat.wijzigingen[0].object; // a refusal has no changes
engine.check(42);
export {};
`);
  const config = JSON.parse(readFileSync(join(typed, 'tsconfig.json'), 'utf8'));
  config.compilerOptions.paths['@samen/engine'] = [join(ROOT, 'wasm/dist/index.d.ts')];
  config.files = ['misuse.ts'];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  const result = typecheck(join(dir, 'tsconfig.json'));
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /misuse\.ts\(4,/, 'indexing the empty wijzigingen of a refusal');
  assert.match(result.stdout, /misuse\.ts\(5,/, 'a number is no command');
});

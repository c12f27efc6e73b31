// The page's two languages: the same keys in both tables, and every key the page's code names
// literally is in them (a missing one would show as its key).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SOURCE = resolve(dirname(fileURLToPath(import.meta.url)), '../../js-demo/src');
const { default: nl } = await import(join(SOURCE, 'i18n/nl.js'));
const { default: en } = await import(join(SOURCE, 'i18n/en.js'));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []);
}

test('Dutch and English have the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
});

test('every key the page names literally has a text', () => {
  const used = new Set();
  for (const file of sources(SOURCE)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-z0-9.-]+)'/g)) used.add(match[1]);
  }
  assert.ok(used.size > 100, `found ${used.size} keys`);
  assert.deepEqual([...used].filter((key) => !(key in nl)), []);
});

test('the page keeps its files small', () => {
  for (const file of sources(SOURCE)) {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    assert.ok(lines < 500, `${file}: ${lines} lines`);
  }
});

// The wasm module exports exactly the C ABI of samen.h (plus the allocator the JS layer uses):
// wasm/exports.txt is compared with every SAMEN_API function of the header, and the built
// module is checked to carry each of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { DEBUG, DIST } from './helpers.mjs';

const header = readFileSync(new URL('../../capi/include/samen.h', import.meta.url), 'utf8');
const exportsTxt = readFileSync(new URL('../../wasm/exports.txt', import.meta.url), 'utf8');
/** Exported beside the ABI: the allocator for the JS layer, and its break for leak checks. */
const RUNTIME_EXPORTS = ['_malloc', '_free', '_emscripten_get_sbrk_ptr'];

function headerFunctions(text) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const names = [];
  for (const declaration of withoutComments.matchAll(/^\s*SAMEN_API\s+[^;]*?\b(samen_\w+)\s*\(/gm)) names.push(declaration[1]);
  return names;
}

function listedExports(text) {
  return text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

test('the header declares the C ABI of spec §6', () => {
  const names = headerFunctions(header);
  for (const name of ['samen_abi_version', 'samen_version', 'samen_engine_new', 'samen_engine_free', 'samen_engine_load',
    'samen_engine_apply', 'samen_engine_check', 'samen_engine_query', 'samen_engine_export', 'samen_string_free']) {
    assert.ok(names.includes(name), `${name} missing from samen.h`);
  }
});

test('exports.txt lists every SAMEN_API function of samen.h and nothing else but the allocator', () => {
  const expected = [...headerFunctions(header).map((name) => `_${name}`), ...RUNTIME_EXPORTS].sort();
  const listed = listedExports(exportsTxt);
  assert.equal(new Set(listed).size, listed.length, 'a name is listed twice');
  assert.deepEqual([...listed].sort(), expected);
});

test('the built module exports each listed function', async () => {
  const { default: factory } = await import(new URL(DEBUG ? 'samen-debug.mjs' : 'samen.mjs', DIST).href);
  const wasmBinary = readFileSync(new URL(DEBUG ? 'samen-debug.wasm' : 'samen.wasm', DIST));
  const emscripten = await factory({ wasmBinary });
  for (const name of listedExports(exportsTxt)) assert.equal(typeof emscripten[name], 'function', `${name} is not exported`);
  // And the module carries no function of the ABI family that the list lacks. (The release
  // build minifies the wasm's own export names, so the Module object is what to look at.)
  const abiExports = Object.keys(emscripten).filter((name) => name.startsWith('_samen_')).sort();
  assert.deepEqual(abiExports, listedExports(exportsTxt).filter((name) => name.startsWith('_samen_')).sort());
});

// Shared by the node tests of the JS API: the package under test and the example state.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = new URL('../../wasm/dist/', import.meta.url);
/** SAMEN_WASM_DEBUG=1 runs every test on samen-debug.mjs (assertions, SAFE_HEAP). */
export const DEBUG = process.env.SAMEN_WASM_DEBUG === '1';

export const api = await import(new URL('index.js', DIST).href);

export function loadTestModule() {
  return api.loadModule({ debug: DEBUG });
}

export const catalogus = readFileSync(new URL('../../examples/catalogus.json', import.meta.url), 'utf8');

export function command(opdracht, actor, gegevens, tijdstip = '2026-11-22T10:00:00Z') {
  return { opdracht, actor, tijdstip, gegevens };
}

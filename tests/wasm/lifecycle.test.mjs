// Loading: the ABI version check, and the FinalizationRegistry backstop for engines never freed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { api, catalogus, DEBUG, DIST, loadTestModule } from './helpers.mjs';

const { loadModule, SamenError } = api;

async function bundledFactory() {
  const { default: factory } = await import(new URL(DEBUG ? 'samen-debug.mjs' : 'samen.mjs', DIST).href);
  const wasmBinary = readFileSync(new URL(DEBUG ? 'samen-debug.wasm' : 'samen.wasm', DIST));
  return (args) => factory({ ...args, wasmBinary });
}

/** The real module, reporting another ABI version, as a newer or older build would. */
async function factoryWithAbi(version) {
  const real = await bundledFactory();
  return async (args) => {
    const emscripten = await real(args);
    emscripten._samen_abi_version = () => version;
    return emscripten;
  };
}

test('a module of an ABI version this layer does not know is refused at load', async () => {
  for (const version of [0, 2, 0xffffffff]) {
    await assert.rejects(loadModule({ factory: await factoryWithAbi(version) }), (error) => {
      assert.ok(error instanceof SamenError);
      assert.equal(error.code, 'ABI');
      assert.match(error.message, new RegExp(`ABI version ${version}`));
      return true;
    });
  }
});

test('a module of a known ABI version loads through a custom factory', async () => {
  const module = await loadModule({ factory: await factoryWithAbi(1) });
  assert.equal(module.abiVersion, 1);
  const engine = module.createEngine();
  assert.equal(engine.load(catalogus).geladen.organisaties, 11);
  engine.free();
});

test('engines dropped without free() are released by the FinalizationRegistry', { skip: typeof gc !== 'function' && 'needs node --expose-gc' }, async () => {
  const module = await loadTestModule();
  const count = 200;
  (() => {
    for (let i = 0; i < count; i += 1) module.createEngine().load(catalogus);
  })();
  assert.equal(module.liveEngines, count);
  for (let round = 0; round < 100 && module.liveEngines > 0; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.equal(module.liveEngines, 0, 'the finalizer freed every dropped engine');
});

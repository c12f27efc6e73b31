// @samen/engine: the collaboration rules engine of the GEMMA Softwarecatalogus in WebAssembly.
// The same core and the same C ABI as libsamen.so, so the same input gives the same bytes.
//
//   const engine = await createEngine({ taal: 'nl' });
//   engine.load(toestand);
//   const resultaat = engine.check(opdracht);
//   if (!resultaat.toegestaan) toon(resultaat.meldingen);
//   engine.free();
import { loadModule, type SamenModule } from './module.js';
import type { Engine } from './engine.js';
import type { EngineOptions } from './types.js';

export { Engine } from './engine.js';
export { SamenError, SamenStatus } from './errors.js';
export { loadModule, SamenModule, SUPPORTED_ABI_VERSIONS } from './module.js';
export type { LoadOptions, ModuleArguments, ModuleFactory } from './module.js';
export type { EmscriptenModule, RawOperation, RawReply } from './bridge.js';
export type * from './types.js';

export interface CreateEngineOptions extends EngineOptions {
  /** The module to create the engine in; by default one shared module, loaded on first use. */
  module?: SamenModule;
}

let sharedModule: Promise<SamenModule> | undefined;

/** The module `createEngine` uses when given none: loaded once, shared by every engine. */
export function defaultModule(): Promise<SamenModule> {
  sharedModule ??= loadModule().catch((error: unknown) => {
    sharedModule = undefined; // let a later call try again
    throw error;
  });
  return sharedModule;
}

/** Creates an engine (spec §7 options: taal, beleid, limieten). Throws SamenError OPTIES. */
export async function createEngine(options: CreateEngineOptions = {}): Promise<Engine> {
  const { module, ...engineOptions } = options;
  return (module ?? (await defaultModule())).createEngine(engineOptions);
}

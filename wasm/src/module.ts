// Loading the wasm module, refusing one whose ABI this layer does not know, and making engines.
import { Bridge, toWire, type EmscriptenModule } from './bridge.js';
import { Engine, type EngineOwner } from './engine.js';
import { SamenError, SamenStatus } from './errors.js';
import type { EffectiveOptions, EngineOptions } from './types.js';

/** The ABI versions (samen_abi_version) this layer was written for. */
export const SUPPORTED_ABI_VERSIONS: readonly number[] = [1];

/** What Emscripten's factory accepts; see `loadModule`. */
export interface ModuleArguments {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
}

/** An Emscripten factory (the default export of samen.mjs or samen-debug.mjs). */
export type ModuleFactory = (args: ModuleArguments) => Promise<EmscriptenModule>;

export interface LoadOptions extends ModuleArguments {
  /** Load samen-debug.mjs: runtime assertions and SAFE_HEAP, slower, for tests and bug hunts. */
  debug?: boolean;
  /** Use this factory instead of the bundled module (another build, or a test double). */
  factory?: ModuleFactory;
}

function inNode(): boolean {
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof process?.versions?.node === 'string';
}

// Node 20 has a global fetch that cannot read file: URLs, and Emscripten 3.1.6 would use it
// (docs/toolchain.md P4): in Node, read the .wasm beside this file ourselves.
async function nodeWasmBinary(debug: boolean): Promise<Uint8Array> {
  const fsModule = 'node:fs/promises'; // a variable, so that bundlers for the web leave it alone
  const { readFile } = (await import(fsModule)) as { readFile(url: URL): Promise<Uint8Array> };
  return readFile(new URL(debug ? './samen-debug.wasm' : './samen.wasm', import.meta.url));
}

async function bundledFactory(debug: boolean): Promise<ModuleFactory> {
  const imported = debug ? await import('./samen-debug.mjs') : await import('./samen.mjs');
  return imported.default as ModuleFactory;
}

/**
 * Loads and instantiates the wasm module. One module holds any number of engines; load it
 * once and create engines from it. Refuses (SamenError, code ABI) a module whose ABI version
 * is not in SUPPORTED_ABI_VERSIONS.
 */
export async function loadModule(options: LoadOptions = {}): Promise<SamenModule> {
  const { debug = false, factory, ...args } = options;
  if (!args.wasmBinary && !args.locateFile && !factory && inNode()) args.wasmBinary = await nodeWasmBinary(debug);
  const emscripten = await (factory ?? (await bundledFactory(debug)))(args);
  return new SamenModule(emscripten);
}

/** A loaded wasm module: the library version, its ABI, and a factory of engines. */
export class SamenModule {
  readonly #bridge: Bridge;
  readonly #owner: EngineOwner;
  readonly abiVersion: number;
  readonly version: string;
  #liveEngines = 0;
  readonly #finalizer: FinalizationRegistry<number> | undefined;

  /** @internal Use `loadModule()`. */
  constructor(emscripten: EmscriptenModule) {
    const abi = emscripten._samen_abi_version() >>> 0;
    if (!SUPPORTED_ABI_VERSIONS.includes(abi)) {
      throw new SamenError(SamenStatus.ERR_ARGUMENT, [{
        code: 'ABI',
        melding: `de module heeft ABI-versie ${abi}, deze API kent ${SUPPORTED_ABI_VERSIONS.join(', ')} / ` +
          `the module has ABI version ${abi}, this API knows ${SUPPORTED_ABI_VERSIONS.join(', ')}`,
      }]);
    }
    const bridge = new Bridge(emscripten);
    this.#bridge = bridge;
    this.abiVersion = abi;
    this.version = bridge.version();
    // The backstop for engines dropped without free(): the held value is the bare handle,
    // never the engine, or the engine could not be collected.
    this.#finalizer = typeof FinalizationRegistry === 'function'
      ? new FinalizationRegistry<number>((handle) => {
        bridge.freeEngine(handle);
        this.#liveEngines -= 1;
      })
      : undefined;
    this.#owner = {
      bridge,
      released: (engine) => {
        this.#finalizer?.unregister(engine);
        this.#liveEngines -= 1;
      },
    };
  }

  /** Engines created and neither freed nor collected yet. */
  get liveEngines(): number {
    return this.#liveEngines;
  }

  /** The size of the wasm memory in bytes: it grows on demand and never shrinks. */
  get heapBytes(): number {
    return this.#bridge.heapBytes();
  }

  /**
   * The part of the heap the allocator has claimed so far (its break). Freed memory is reused
   * below it, so a steady workload that frees what it creates keeps it flat; a leak raises it.
   */
  get arenaBytes(): number {
    return this.#bridge.arenaBytes();
  }

  /** Creates an engine with the options of spec §7 (SamenError OPTIES if they are wrong). */
  createEngine(options: EngineOptions | string = {}): Engine {
    const { handle, reply } = this.#bridge.newEngine(toWire(options));
    if (reply.status !== SamenStatus.OK || !handle) throw SamenError.fromReply(reply.status, reply.json);
    const engine = new Engine(this.#owner, handle, JSON.parse(reply.json) as EffectiveOptions);
    this.#liveEngines += 1;
    this.#finalizer?.register(engine, handle, engine);
    return engine;
  }
}

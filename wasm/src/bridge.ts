// Marshalling over the C ABI of samen.h as the wasm module exports it: UTF-8 bytes in through
// malloc'ed memory, NUL-terminated JSON out through a `char**` slot, released with
// samen_string_free. No logic of the engine lives here.
import { SamenError, SamenStatus } from './errors.js';

/** The Emscripten module as built by wasm/CMakeLists.txt: exactly the functions of exports.txt. */
export interface EmscriptenModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _samen_abi_version(): number;
  _samen_version(): number;
  _samen_engine_new(options: number, length: number, engineSlot: number, outSlot: number): number;
  _samen_engine_free(engine: number): void;
  _samen_engine_load(engine: number, input: number, length: number, outSlot: number): number;
  _samen_engine_apply(engine: number, input: number, length: number, outSlot: number): number;
  _samen_engine_check(engine: number, input: number, length: number, outSlot: number): number;
  _samen_engine_query(engine: number, input: number, length: number, outSlot: number): number;
  _samen_engine_export(engine: number, outSlot: number): number;
  _samen_string_free(pointer: number): void;
  _emscripten_get_sbrk_ptr(): number;
}

/** The calls that take an input; `export` takes none. */
export type InputOperation = 'load' | 'check' | 'apply' | 'query';
export type RawOperation = InputOperation | 'export';

/** One reply of the C ABI, untouched: the status and the exact JSON text it handed out. */
export interface RawReply {
  status: SamenStatus;
  /** The JSON text as the library wrote it ("" if it could hand out none). */
  json: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The input as UTF-8 bytes: bytes pass as they are, text is encoded, anything else serialised. */
export function toUtf8(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  return encoder.encode(typeof input === 'string' ? input : JSON.stringify(input));
}

export class Bridge {
  readonly #module: EmscriptenModule;
  // Two pointer-sized slots for the out parameters (engine**, char**). Calls are synchronous
  // and wasm is single-threaded here, so one pair serves every engine of the module.
  readonly #engineSlot: number;
  readonly #outSlot: number;

  constructor(module: EmscriptenModule) {
    this.#module = module;
    const slots = module._malloc(8);
    if (!slots) throw new SamenError(SamenStatus.ERR_MEMORY, [{ code: 'GEHEUGEN', melding: 'Onvoldoende geheugen / out of memory.' }]);
    this.#engineSlot = slots;
    this.#outSlot = slots + 4;
  }

  abiVersion(): number {
    return this.#module._samen_abi_version() >>> 0;
  }

  version(): string {
    return this.#readString(this.#module._samen_version());
  }

  /** The bytes the heap has now; it grows on demand and never shrinks. */
  heapBytes(): number {
    return this.#module.HEAPU8.byteLength;
  }

  /** The allocator's break: the top of the memory malloc has claimed. It only grows. */
  arenaBytes(): number {
    return this.#module.HEAPU32[this.#module._emscripten_get_sbrk_ptr() >>> 2]!;
  }

  /** Creates an engine: its handle and the effective options, or the reply that refused it. */
  newEngine(options: Uint8Array): { handle: number; reply: RawReply } {
    let handle = 0;
    const reply = this.#withInput(options, (pointer, length) => {
      const status = this.#module._samen_engine_new(pointer, length, this.#engineSlot, this.#outSlot);
      handle = this.#module.HEAPU32[this.#engineSlot >>> 2]!;
      return status;
    });
    return { handle, reply };
  }

  freeEngine(handle: number): void {
    this.#module._samen_engine_free(handle);
  }

  call(operation: RawOperation, handle: number, input: Uint8Array): RawReply {
    const m = this.#module;
    switch (operation) {
      case 'load': return this.#withInput(input, (p, n) => m._samen_engine_load(handle, p, n, this.#outSlot));
      case 'check': return this.#withInput(input, (p, n) => m._samen_engine_check(handle, p, n, this.#outSlot));
      case 'apply': return this.#withInput(input, (p, n) => m._samen_engine_apply(handle, p, n, this.#outSlot));
      case 'query': return this.#withInput(input, (p, n) => m._samen_engine_query(handle, p, n, this.#outSlot));
      case 'export': return this.#takeReply(m._samen_engine_export(handle, this.#outSlot));
      default: throw new TypeError(`unknown operation: ${String(operation)}`);
    }
  }

  // Copies the input into the wasm heap for the duration of one call. Sized in bytes, never
  // in UTF-16 code units: "ë" is two bytes, an emoji four.
  #withInput(bytes: Uint8Array, call: (pointer: number, length: number) => number): RawReply {
    const m = this.#module;
    const pointer = m._malloc(bytes.length || 1);
    if (!pointer) {
      return { status: SamenStatus.ERR_MEMORY, json: '{"fouten":[{"code":"GEHEUGEN","melding":"Onvoldoende geheugen / out of memory."}]}' };
    }
    try {
      m.HEAPU8.set(bytes, pointer);
      return this.#takeReply(call(pointer, bytes.length));
    } finally {
      m._free(pointer);
    }
  }

  // Reads the string the library handed out through the out slot and releases it. The heap
  // views are re-read after the call: memory growth replaces them.
  #takeReply(status: number): RawReply {
    const m = this.#module;
    const out = m.HEAPU32[this.#outSlot >>> 2]!;
    const json = out ? this.#readString(out) : '';
    if (out) m._samen_string_free(out);
    return { status: status as SamenStatus, json };
  }

  #readString(pointer: number): string {
    const heap = this.#module.HEAPU8;
    const end = heap.indexOf(0, pointer);
    return decoder.decode(heap.subarray(pointer, end < 0 ? heap.length : end));
  }
}

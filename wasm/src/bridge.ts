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

/** An input as the bridge takes it: UTF-8 bytes, or text it encodes. Anything else is serialised. */
export type WireInput = Uint8Array | string;
export function toWire(input: unknown): WireInput {
  if (input instanceof Uint8Array || typeof input === 'string') return input;
  return JSON.stringify(input);
}

/** Room for text encoded as UTF-8: the text's length plus an eighth, which fits text that is
 *  mostly ASCII, as a catalogue's is. */
const roomGuess = (text: string): number => text.length + (text.length >>> 3) + 16;

/** Room that always fits: 3 bytes for a UTF-16 unit of U+0800 and above, or a surrogate (a pair
 *  takes 4 bytes for its two units, a lone one becomes U+FFFD, 3 bytes). */
function roomBound(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) bytes += unit < 0x800 ? 1 : 2;
  }
  return bytes;
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
  newEngine(options: WireInput): { handle: number; reply: RawReply } {
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

  call(operation: RawOperation, handle: number, input: WireInput): RawReply {
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

  // Puts the input into the wasm heap for the duration of one call. Sized in bytes, never in
  // UTF-16 code units: "ë" is two bytes, an emoji four. Text is encoded straight into the heap
  // (encodeInto): for a catalogue of megabytes, TextEncoder.encode's own buffer and the copy
  // cost several times the encoding itself.
  #withInput(input: WireInput, call: (pointer: number, length: number) => number): RawReply {
    if (input instanceof Uint8Array) {
      return this.#inHeap(input.length, (heap) => { heap.set(input); return input.length; }, call) ?? this.#noMemory();
    }
    const encode = (heap: Uint8Array): number | undefined => {
      const { read, written } = encoder.encodeInto(input, heap);
      return read === input.length ? written : undefined;
    };
    const reply = this.#inHeap(roomGuess(input), encode, call) ?? this.#inHeap(roomBound(input), encode, call);
    return reply ?? this.#noMemory();
  }

  // Calls `call` with `room` bytes of the heap holding what `fill` wrote there (fill returns its
  // length, or undefined when the room was too small). Undefined when it was, or malloc failed.
  #inHeap(room: number, fill: (heap: Uint8Array) => number | undefined,
    call: (pointer: number, length: number) => number): RawReply | undefined {
    const m = this.#module;
    const pointer = m._malloc(room || 1);
    if (!pointer) return undefined;
    try {
      const length = fill(m.HEAPU8.subarray(pointer, pointer + room));
      return length === undefined ? undefined : this.#takeReply(call(pointer, length));
    } finally {
      m._free(pointer);
    }
  }

  #noMemory(): RawReply {
    return { status: SamenStatus.ERR_MEMORY, json: '{"fouten":[{"code":"GEHEUGEN","melding":"Onvoldoende geheugen / out of memory."}]}' };
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

// One engine: a catalogue state plus options, living in the wasm heap until freed.
import { Bridge, toWire, type RawOperation, type RawReply } from './bridge.js';
import { SamenError, SamenStatus } from './errors.js';
import type { EffectiveOptions, Geladen, Input, Opdracht, Resultaat, Toestand, Vraag } from './types.js';

/** @internal The module an engine lives in: its bridge, and the bookkeeping of live engines. */
export interface EngineOwner {
  readonly bridge: Bridge;
  released(engine: Engine): void;
}

const FREED = [{ code: 'ARGUMENT', melding: 'engine is vrijgegeven / engine was freed' }];

export class Engine implements Disposable {
  readonly #owner: EngineOwner;
  #handle: number;
  /** The options in force, every key filled in (the answer of samen_engine_new). */
  readonly options: EffectiveOptions;

  /** @internal Use `createEngine()` or `SamenModule.createEngine()`. */
  constructor(owner: EngineOwner, handle: number, options: EffectiveOptions) {
    this.#owner = owner;
    this.#handle = handle;
    this.options = options;
  }

  /** Replaces the whole state (spec §2.1). On failure (TOESTAND, JSON-*) the old state stays. */
  load(state: Input<Toestand>): Geladen {
    return this.#evaluated('load', state) as Geladen;
  }

  /** Evaluates a command without performing it: the same answer `apply` would give. */
  check(command: Input<Opdracht>): Resultaat {
    return this.#evaluated('check', command) as Resultaat;
  }

  /** Evaluates a command and, if allowed, performs it. A refused command changes nothing. */
  apply(command: Input<Opdracht>): Resultaat {
    return this.#evaluated('apply', command) as Resultaat;
  }

  /** Answers a query (spec §2.4); the answer's shape depends on the query (docs/queries). */
  query<Antwoord = unknown>(vraag: Input<Vraag>): Antwoord {
    return this.#evaluated('query', vraag) as Antwoord;
  }

  /** The whole state as the engine holds it, deterministically ordered. */
  export(): Toestand {
    return this.#evaluated('export', undefined) as Toestand;
  }

  /**
   * The C ABI's reply exactly as the library wrote it, without parsing and without throwing
   * for a non-OK status: for hosts that pass the JSON on, and for byte-for-byte comparison
   * with libsamen.so. Throws only when the engine was freed.
   */
  raw(operation: RawOperation, input: Input<unknown> = ''): RawReply {
    return this.#owner.bridge.call(operation, this.#live(), operation === 'export' ? '' : toWire(input));
  }

  /** True once `free()` ran; every other call then throws a SamenError (ARGUMENT). */
  get freed(): boolean {
    return this.#handle === 0;
  }

  /** Releases the engine and its state now. Calling it again does nothing. */
  free(): void {
    if (this.#handle === 0) return;
    this.#owner.bridge.freeEngine(this.#handle);
    this.#handle = 0;
    this.#owner.released(this);
  }

  /** For `using engine = ...`: the same as free(). */
  [Symbol.dispose](): void {
    this.free();
  }

  #live(): number {
    if (this.#handle === 0) throw new SamenError(SamenStatus.ERR_ARGUMENT, FREED);
    return this.#handle;
  }

  #evaluated(operation: RawOperation, input: unknown): unknown {
    const reply = this.raw(operation, input);
    if (reply.status !== SamenStatus.OK) throw SamenError.fromReply(reply.status, reply.json);
    return JSON.parse(reply.json);
  }
}

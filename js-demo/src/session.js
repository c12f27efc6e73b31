// The page's engine: one @samen/engine module, one engine holding the catalogue, and the demo's
// clock. The engine reads no clock of its own (spec §1), so the page gives every command a
// tijdstip: a demo time that starts on a fixed day and moves on an hour with every command that
// was carried out, so that a walk through the journey gives the same answers every time.
import { loadModule, SamenError } from '@samen/engine';

const START = Date.parse('2026-11-23T09:00:00Z');
const HOUR = 60 * 60 * 1000;

export class Session {
  #module;
  #engine;
  #catalogus;
  #clock = START;

  /** Loads the wasm module and the built-in catalogue. `debug`: the module with SAFE_HEAP. */
  static async open({ taal, catalogusUrl, debug = false }) {
    const [module, catalogus] = await Promise.all([
      loadModule({ debug }),
      fetch(catalogusUrl).then((response) => {
        if (!response.ok) throw new Error(`${catalogusUrl}: ${response.status}`);
        return response.json();
      }),
    ]);
    return new Session(module, catalogus, taal);
  }

  constructor(module, catalogus, taal) {
    this.#module = module;
    this.#catalogus = catalogus;
    this.#engine = module.createEngine({ taal });
    this.geladen = this.#engine.load(catalogus);
  }

  get version() {
    return this.#module.version;
  }

  get taal() {
    return this.#engine.options.taal;
  }

  /** The demo time as RFC 3339, in whole seconds. */
  get tijdstip() {
    return new Date(this.#clock).toISOString().replace('.000Z', 'Z');
  }

  /** Messages in another language: a new engine with the same state (options are per engine). */
  setTaal(taal) {
    if (taal === this.taal) return;
    const toestand = this.#engine.export();
    const next = this.#module.createEngine({ taal });
    next.load(toestand);
    this.#engine.free();
    this.#engine = next;
  }

  /** Back to the built-in catalogue and the first day. */
  reset() {
    this.#engine.load(this.#catalogus);
    this.#clock = START;
  }

  /** The whole state, as the host would read it back. */
  toestand() {
    return this.#engine.export();
  }

  /**
   * Evaluates and, if allowed, carries out a command. Answers the decision as the page shows
   * it: the command sent and either the engine's `resultaat` or the `fouten` of a command that
   * could not be evaluated (a SamenError).
   */
  apply(opdracht, actor, gegevens) {
    const command = { opdracht, actor, tijdstip: this.tijdstip, gegevens };
    try {
      const resultaat = this.#engine.apply(command);
      if (resultaat.toegestaan) this.#clock += HOUR;
      return { opdracht: command, resultaat };
    } catch (error) {
      if (error instanceof SamenError) return { opdracht: command, fouten: error.fouten };
      throw error;
    }
  }

  /** A query (spec §2.4) at the demo time. Throws SamenError (e.g. VRAAG-ONBEKEND). */
  query(vraag, actor, gegevens = {}) {
    return this.#engine.query({ vraag, actor, tijdstip: this.tijdstip, gegevens });
  }

  /** Like query(), but a query the engine cannot answer gives `{ fouten }` instead of throwing. */
  tryQuery(vraag, actor, gegevens = {}) {
    try {
      return this.query(vraag, actor, gegevens);
    } catch (error) {
      if (error instanceof SamenError) return { fouten: error.fouten };
      throw error;
    }
  }
}

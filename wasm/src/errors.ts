// Calls that could not be evaluated. A refused command is not an error: it is a Resultaat with
// toegestaan false. SamenError is for what the C ABI answers with a non-OK status.
import type { Fout } from './types.js';

/** The statuses of samen.h (`samen_status`). */
export const SamenStatus = {
  OK: 0,
  /** A null pointer or a handle that is not a live engine (here: a freed engine). */
  ERR_ARGUMENT: 1,
  /** Not evaluable: bad JSON, unknown command, bad options or state, input too large or deep. */
  ERR_INPUT: 2,
  ERR_MEMORY: 3,
  ERR_INTERNAL: 255,
} as const;
export type SamenStatus = (typeof SamenStatus)[keyof typeof SamenStatus];

/** The code a status stands for when the library could not even write `{"fouten": [...]}`. */
const fallbackCode: Record<number, string> = { 1: 'ARGUMENT', 3: 'GEHEUGEN', 255: 'INTERN' };

/** A call that could not be evaluated; `fouten` says why, as the engine wrote it. */
export class SamenError extends Error {
  readonly status: SamenStatus;
  readonly fouten: Fout[];

  constructor(status: SamenStatus, fouten: Fout[]) {
    super(fouten.map((fout) => `${fout.code}: ${fout.melding}`).join('; ') || `samen status ${status}`);
    this.name = 'SamenError';
    this.status = status;
    this.fouten = fouten;
  }

  /** The first code, the one to branch on: JSON-SYNTAX, OPDRACHT-ONBEKEND, TOESTAND, ... */
  get code(): string {
    return this.fouten[0]?.code ?? fallbackCode[this.status] ?? 'INTERN';
  }

  /** Builds the error from a non-OK reply: its `{"fouten": [...]}` text, or none at all. */
  static fromReply(status: SamenStatus, json: string): SamenError {
    if (json) {
      try {
        const parsed = JSON.parse(json) as { fouten?: Fout[] };
        if (Array.isArray(parsed.fouten)) return new SamenError(status, parsed.fouten);
      } catch {
        // fall through: a reply that is no JSON is itself a defect worth reporting as such
      }
    }
    const code = fallbackCode[status] ?? 'INTERN';
    return new SamenError(status, [{ code, melding: json || `samen status ${status} zonder antwoord / without an answer` }]);
  }
}

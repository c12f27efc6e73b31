// The wire format of spec §2 and §7 as TypeScript types. The engine speaks JSON; these types
// describe what it reads and writes. Objects carry more fields than the engine reads, and the
// engine keeps them, hence the index signatures.

/** Options of an engine (spec §7); every key optional. */
export interface EngineOptions {
  taal?: Taal;
  beleid?: Beleid;
  limieten?: Limieten;
}

export type Taal = 'nl' | 'en';

export type OrganisatieType = 'Gemeente' | 'Leverancier' | 'Samenwerking' | 'Community';

/** Policy options (spec §3); a key given replaces that key's default. */
export interface Beleid {
  lidmaatschapBevestiging?: boolean;
  ledenTypen?: Partial<Record<'Samenwerking' | 'Community', OrganisatieType[]>>;
  genesteSamenwerkingen?: boolean;
  aanbiederTypen?: OrganisatieType[];
  afnemerTypen?: OrganisatieType[];
  communityGebruikNamensLeden?: boolean;
  evaluatieTermijnMaanden?: number;
}

/** Bounds on every input (spec §3): bytes and JSON nesting depth. */
export interface Limieten {
  maxBytes?: number;
  maxDiepte?: number;
}

/** The options in force once an engine exists: every key filled in. */
export interface EffectiveOptions {
  taal: Taal;
  beleid: Required<Beleid>;
  limieten: Required<Limieten>;
}

/** Any object of the state: a string `id` plus the fields of its kind. */
export interface CatalogusObject {
  id: string;
  [field: string]: unknown;
}

/** The state (spec §2.1): what `load` takes and `export` returns. */
export interface Toestand {
  organisaties?: CatalogusObject[];
  contactpersonen?: CatalogusObject[];
  aanvragen?: CatalogusObject[];
  lidmaatschappen?: CatalogusObject[];
  modules?: CatalogusObject[];
  diensten?: CatalogusObject[];
  gebruik?: CatalogusObject[];
  koppelingen?: CatalogusObject[];
  afspraken?: CatalogusObject[];
  evaluaties?: CatalogusObject[];
}

/** The answer of `load`: how many objects of each kind were loaded. */
export interface Geladen {
  geladen: Record<keyof Toestand, number>;
  /** Memberships derived from register links (`deelnemers`/`deelnames`) without an object. */
  afgeleideLidmaatschappen: number;
}

/** Who gives a command (spec §2.2). No organisatie and no rollen: a visitor. */
export interface Actor {
  organisatie?: string;
  rollen?: string[];
}

/** A command (spec §2.2). */
export interface Opdracht {
  opdracht: string;
  actor?: Actor;
  /** RFC 3339 date-time with a zone: the engine reads no clock. */
  tijdstip?: string;
  gegevens?: Record<string, unknown>;
  [field: string]: unknown;
}

/** A query (spec §2.4). */
export interface Vraag {
  vraag: string;
  actor?: Actor;
  tijdstip?: string;
  gegevens?: Record<string, unknown>;
}

export type Ernst = 'fout' | 'waarschuwing';

/** One finding of a rule, with a stable code (spec §5) and a JSON Pointer into the command. */
export interface Melding {
  code: string;
  ernst: Ernst;
  melding: string;
  pad: string;
}

export type Soort =
  | 'organisatie' | 'contactpersoon' | 'aanvraag' | 'lidmaatschap' | 'module'
  | 'dienst' | 'gebruik' | 'koppeling' | 'afspraak' | 'evaluatie';

/** One change the host must persist: the whole object after the change. */
export interface Wijziging {
  actie: 'aanmaken' | 'wijzigen' | 'verwijderen';
  soort: Soort;
  object: CatalogusObject;
}

/** An allowed command: warnings only, and the changes (made by `apply`, foreseen by `check`). */
export interface Toegestaan {
  toegestaan: true;
  meldingen: Melding[];
  wijzigingen: Wijziging[];
}

/** A refused command: at least one melding with `ernst: "fout"`, and nothing changed. */
export interface Geweigerd {
  toegestaan: false;
  meldingen: Melding[];
  wijzigingen: [];
}

/** The result of an evaluated command (spec §2.3), discriminated on `toegestaan`. */
export type Resultaat = Toegestaan | Geweigerd;

/** A reason why a call could not be evaluated (spec §2.3, §5 call-level codes). */
export interface Fout {
  code: string;
  melding: string;
  /** Byte offset in the UTF-8 input, where one is known. */
  positie?: number;
  /** JSON Pointer into the input, where one is known. */
  pad?: string;
}

/** What every input parameter accepts: a value to serialise, JSON text, or UTF-8 bytes as-is. */
export type Input<T> = T | string | Uint8Array;

// Which buttons the current actor may use: the engine's `toegestaneOpdrachten` decides, per
// object (spec §2.4). The page never decides this itself: a button whose command the engine
// does not allow is disabled and shows the engine's codes and messages as its reason.
import { h, uid } from './dom.js';

/** Looks up commands in the answers of toegestaneOpdrachten, one query per object per render. */
export class Permissions {
  #session;
  #actor;
  #answers = new Map();

  constructor(session, actor) {
    this.#session = session;
    this.#actor = actor;
  }

  /**
   * The entry for `opdracht` on `object` (an id, or null for commands on no object), with
   * variant `met` where the command has variants: `{ toegestaan, meldingen }`. A command the
   * engine does not list (or a query it cannot answer) counts as not allowed, with the reason.
   */
  entry(object, opdracht, met = null) {
    const answer = this.#answer(object);
    if (answer.fouten) return { toegestaan: false, meldingen: answer.fouten.map((fout) => ({ ...fout, ernst: 'fout' })) };
    const found = (answer.opdrachten ?? []).find(
      (item) => item.opdracht === opdracht && sameVariant(item.met ?? null, met));
    if (found) return found;
    const meldingen = answer.meldingen?.length ? answer.meldingen : [{ code: '—', ernst: 'fout', melding: opdracht }];
    return { toegestaan: false, meldingen, ontbreekt: true };
  }

  #answer(object) {
    const key = object ?? '';
    if (!this.#answers.has(key)) {
      const gegevens = object ? { object } : {};
      this.#answers.set(key, this.#session.tryQuery('toegestaneOpdrachten', this.#actor, gegevens));
    }
    return this.#answers.get(key);
  }
}

function sameVariant(a, b) {
  if (!a || !b) return !a && !b;
  return Object.keys(b).every((key) => a[key] === b[key]);
}

/** The codes that stand in the way, for a short visible reason; the messages go in the title. */
function reasonOf(entry) {
  const fouten = entry.meldingen.filter((melding) => melding.ernst === 'fout');
  const shown = fouten.length ? fouten : entry.meldingen;
  return {
    codes: [...new Set(shown.map((melding) => melding.code))].join(', '),
    messages: shown.map((melding) => `${melding.code}: ${melding.melding}`).join('\n'),
  };
}

/**
 * A button for one command. Allowed: a working button. Not allowed: a disabled button with
 * the engine's reason beside it (codes visible, messages on hover and for screen readers).
 */
export function commandButton(entry, { label, opdracht, onClick, primary = false, t, name }) {
  const kind = primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action';
  const dataset = { opdracht, toegestaan: String(entry.toegestaan) };
  if (entry.toegestaan) {
    return h('span', { class: 'command' },
      h('button', { type: 'button', class: `utrecht-button ${kind}`, name, dataset, onclick: onClick }, label));
  }
  const reason = reasonOf(entry);
  const id = uid('reden');
  return h('span', { class: 'command command--refused' },
    h('button', { type: 'button', class: `utrecht-button ${kind} utrecht-button--disabled`, name, dataset, disabled: true, 'aria-describedby': id }, label),
    h('span', { class: 'command__reason', id, title: reason.messages },
      `${t('knop.niet-toegestaan')}: ${reason.codes}`,
      h('span', { class: 'visually-hidden' }, ` — ${reason.messages}`)));
}

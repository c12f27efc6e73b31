// Who the visitor acts as. The catalogue's users are its contactpersonen (an organisation plus
// roles), so the switcher lists every contactpersoon in the state, a functioneel beheerder of
// VNG and a visitor. A collective registered during the journey brings its first beheerder
// along, who then appears here. The page only sets the `actor` of each command and query:
// what that actor may do is the engine's to say.
import { h } from './dom.js';

export const VISITOR = 'bezoeker';
export const FUNCTIONEEL_BEHEERDER = 'functioneel-beheerder';

/** Every actor the page offers: `{ key, actor, naam, organisatie }`. */
export function actorsOf(toestand) {
  const organisaties = new Map((toestand.organisaties ?? []).map((o) => [o.id, o]));
  const people = (toestand.contactpersonen ?? []).map((person) => ({
    key: person.id,
    actor: { organisatie: person.organisatie, rollen: (person.rollen ?? []).map((rol) => String(rol).toLowerCase()) },
    naam: person.naam ?? person['e-mailadres'],
    organisatie: organisaties.get(person.organisatie),
  }));
  return [
    { key: VISITOR, actor: {}, naam: null, organisatie: null },
    { key: FUNCTIONEEL_BEHEERDER, actor: { rollen: ['functioneel-beheerder'] }, naam: null, organisatie: null },
    ...people,
  ];
}

/** The label of an actor in the current language. */
export function actorLabel(entry, t) {
  if (entry.key === VISITOR) return t('actor.bezoeker');
  if (entry.key === FUNCTIONEEL_BEHEERDER) return t('actor.fb');
  const organisatie = entry.organisatie?.naam ?? entry.actor.organisatie;
  return `${organisatie} · ${entry.naam} (${entry.actor.rollen.map((rol) => t(`rol.${rol}`)).join(', ')})`;
}

/** The switcher: a labelled select; `onChange(key)` when another actor is chosen. */
export function actorSwitcher(actors, current, t, onChange) {
  const groups = [
    [t('actor.groep.algemeen'), actors.filter((a) => !a.organisatie)],
    [t('actor.groep.organisaties'), actors.filter((a) => a.organisatie)],
  ];
  return h('div', { class: 'utrecht-form-field actor-switcher' },
    h('label', { class: 'utrecht-form-label', for: 'actor' }, t('actor.label')),
    h('select', { id: 'actor', name: 'actor', class: 'utrecht-select utrecht-select--html-select', onchange: (event) => onChange(event.target.value) },
      groups.map(([label, list]) => h('optgroup', { label },
        list.map((entry) => h('option', { value: entry.key, selected: entry.key === current }, actorLabel(entry, t)))))));
}

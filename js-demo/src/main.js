// The js-demo page: the collaboration journey of samenwerkingen and communities, in the browser,
// on the samen engine compiled to WebAssembly (@samen/engine). The page keeps no rules of its
// own: every decision, every enabled button and every overview is an answer of the engine.
import { actorLabel, actorsOf, actorSwitcher, VISITOR } from './actors.js';
import { decisionPanel, journal } from './decision.js';
import { h, heading, paragraph, replace } from './dom.js';
import { createTranslator, LANGUAGES } from './i18n.js';
import { commandButton, Permissions } from './permissions.js';
import { admissionPhase } from './phases/admission.js';
import { koppelingenPhase } from './phases/koppelingen.js';
import { membersPhase } from './phases/members.js';
import { offeringPhase } from './phases/offering.js';
import { landscapePhase, maintenancePhase } from './phases/overview.js';
import { usagePhase } from './phases/usage.js';
import { Session } from './session.js';
import { isCollective } from './vocab.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app');

const app = {
  lang: LANGUAGES.includes(params.get('lang')) ? params.get('lang') : 'nl',
  actorKey: VISITOR,
  decision: null,
  decisions: [],
  drafts: new Map(),
  initialIds: new Set(),

  /** A form's draft, kept across renders: created from `defaults` the first time. */
  draft(name, defaults) {
    if (!this.drafts.has(name)) this.drafts.set(name, structuredClone(defaults));
    return this.drafts.get(name);
  },
  org(id) {
    return (this.toestand.organisaties ?? []).find((o) => o.id === id);
  },
  orgName(id) {
    return this.org(id)?.naam ?? id ?? '—';
  },
  /** Names of organisations, for a list of ids; '—' for none. */
  orgNames(ids) {
    return (ids ?? []).map((id) => this.orgName(id)).join(', ') || '—';
  },
  /** Every module as a select option: its name and its aanbieder. */
  moduleOptions() {
    return (this.toestand.modules ?? []).map((m) => ({ value: m.id, label: `${m.naam} (${this.orgName(m.aanbieder)})` }));
  },
  moduleName(id) {
    return (this.toestand.modules ?? []).find((m) => m.id === id)?.naam ?? id ?? '';
  },
  /** The samenwerkingen and communities, those registered on this page first. */
  collectives() {
    const collectives = (this.toestand.organisaties ?? []).filter(isCollective);
    return [...collectives.filter((o) => !this.initialIds.has(o.id)), ...collectives.filter((o) => this.initialIds.has(o.id))];
  },
  /** The collective the journey is about: the first one registered on this page, else the first. */
  focusCollective() {
    return this.collectives()[0];
  },
  isCollectiveActor() {
    return isCollective(this.org(this.actor.organisatie));
  },
  status(value) {
    return value ? this.t(`status.${value}`, {}, value) : '—';
  },
  date(moment) {
    if (!moment) return '—';
    return new Intl.DateTimeFormat(this.lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
      .format(new Date(moment));
  },
  /**
   * The button for `opdracht` on `object` (null: a command on no object), enabled as far as the
   * engine allows this actor; its label is `knop.<name>` unless given.
   */
  button(object, opdracht, name, onClick, { primary = false, label } = {}) {
    return commandButton(this.permissions.entry(object, opdracht), {
      t: this.t, opdracht, name, onClick, primary, label: label ?? this.t(`knop.${name}`),
    });
  },
  query(vraag, gegevens) {
    return this.session.tryQuery(vraag, this.actor, gegevens);
  },
  /** A query or command the engine could not evaluate, shown with its codes. */
  failure(fouten) {
    return h('div', { class: 'utrecht-alert utrecht-alert--warning fouten' },
      h('div', { class: 'utrecht-alert__message' },
        h('p', { class: 'utrecht-paragraph' }, this.t('uitkomst.fout')),
        h('ul', {}, fouten.map((fout) => h('li', { dataset: { code: fout.code } }, h('code', { class: 'utrecht-code' }, fout.code), ` ${fout.melding}`)))));
  },
  act(opdracht, gegevens) {
    const decision = this.session.apply(opdracht, this.actor, gegevens);
    decision.actorLabel = actorLabel(this.actorEntry, this.t);
    this.decision = decision;
    this.decisions.push(decision);
    this.rerender();
    document.getElementById('besluit')?.focus({ preventScroll: true });
  },
  rerender: () => render(),
};

function header() {
  const { t } = app;
  return h('header', { class: 'utrecht-page-header' },
    h('div', { class: 'kop' },
      h('div', { class: 'merk' },
        h('span', { class: 'merk__naam' }, 'samen'),
        h('span', { class: 'merk__ondertitel' }, t('kop.ondertitel'))),
      h('nav', { class: 'taalkeuze', 'aria-label': t('taal.label') },
        LANGUAGES.map((lang) => h('button', {
          type: 'button', lang, class: 'utrecht-button utrecht-button--subtle', 'aria-pressed': String(lang === app.lang), name: `taal-${lang}`,
          onclick: () => switchLanguage(lang),
        }, t(`taal.${lang}`))))),
    h('div', { class: 'werkbalk' },
      actorSwitcher(app.actors, app.actorKey, t, (key) => { app.actorKey = key; render(); }),
      h('p', { class: 'utrecht-paragraph demo-tijd' }, `${t('kop.tijd')}: `, h('time', { datetime: app.session.tijdstip }, app.date(app.session.tijdstip))),
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', name: 'opnieuw', onclick: restart }, t('knop.opnieuw'))));
}

function phaseNav() {
  const { t } = app;
  const phases = [['fase-0', 'nav.fase0'], ['fase-1', 'nav.fase1'], ['fase-2', 'nav.fase2'], ['fase-3-1', 'nav.fase31'], ['fase-3-2', 'nav.fase32'],
    ['fase-3-3', 'nav.fase33'], ['fase-3-4', 'nav.fase34'], ['fase-4', 'nav.fase4']];
  return h('nav', { class: 'fasen', 'aria-label': t('nav.label') },
    h('ol', { class: 'fasen__lijst' }, phases.map(([id, key]) => h('li', {}, h('a', { class: 'utrecht-link', href: `#${id}` }, t(key))))));
}

function render() {
  app.toestand = app.session.toestand();
  app.actors = actorsOf(app.toestand);
  app.actorEntry = app.actors.find((entry) => entry.key === app.actorKey) ?? app.actors[0];
  app.actorKey = app.actorEntry.key;
  app.actor = app.actorEntry.actor;
  app.permissions = new Permissions(app.session, app.actor);
  const { t } = app;
  replace(root,
    header(),
    h('div', { class: 'utrecht-page-content layout' },
      h('main', { id: 'main', class: 'layout__main' },
        heading(1, t('titel')),
        paragraph(t('intro')),
        paragraph(h('span', { class: 'muted' }, t('intro.engine', { versie: app.session.version }))),
        phaseNav(),
        admissionPhase(app),
        membersPhase(app),
        offeringPhase(app),
        usagePhase(app),
        landscapePhase(app),
        koppelingenPhase(app),
        maintenancePhase(app)),
      h('aside', { class: 'layout__aside', 'aria-label': t('besluit.titel') },
        h('div', { class: 'layout__sticky', tabindex: '-1' },
          decisionPanel(app.decision, t),
          journal(app.decisions, t)))),
    h('footer', { class: 'utrecht-page-footer' }, h('p', { class: 'utrecht-paragraph' }, t('voet'))));
  document.getElementById('besluit')?.setAttribute('tabindex', '-1');
}

function switchLanguage(lang) {
  app.lang = lang;
  app.t = createTranslator(lang);
  app.session.setTaal(lang);
  document.documentElement.lang = lang;
  document.title = app.t('titel');
  params.set('lang', lang);
  history.replaceState(null, '', `?${params}`);
  render();
}

function restart() {
  app.session.reset();
  app.decision = null;
  app.decisions = [];
  app.drafts.clear();
  app.actorKey = VISITOR;
  render();
}

async function start() {
  app.t = createTranslator(app.lang);
  document.documentElement.lang = app.lang;
  document.title = app.t('titel');
  try {
    app.session = await Session.open({ taal: app.lang, catalogusUrl: 'catalogus.json', debug: params.has('debug') });
  } catch (error) {
    replace(root, h('div', { class: 'utrecht-alert utrecht-alert--error' }, paragraph(app.t('laden.mislukt'), ' ', String(error))));
    throw error;
  }
  for (const list of Object.values(app.session.toestand())) for (const object of list ?? []) app.initialIds.add(object.id);
  render();
  document.body.dataset.klaar = 'true';
}

start();

// Phase 3.4: koppelingen between applications of different members — what makes a
// samenwerking unique. The engine checks that both modules are in the landscapes of its
// active members (KOP-004) and derives a missing name (KOP-006).
import { h, heading, paragraph, phaseSection, table } from '../dom.js';
import { form, selectField, textField, valueOf } from '../forms.js';
import { freshId, slug } from '../ids.js';
import { KOPPELING_TYPEN, RICHTINGEN } from '../vocab.js';
import { deelnemersField } from './usage.js';

/** Modules in the landscapes of these organisations, in the order the engine lists them. */
function landscapeModules(app, organisaties) {
  const seen = new Map();
  for (const organisatie of organisaties) {
    for (const entry of app.query('landschap', { organisatie }).modules ?? []) if (!seen.has(entry.module)) seen.set(entry.module, entry);
  }
  return [...seen.keys()];
}

function koppelingForm(app) {
  const { t } = app;
  const draft = app.draft(`koppeling-${app.actorKey}`, { naam: '' });
  const eigenaar = valueOf(draft, 'eigenaar', app.actor.organisatie ?? app.focusCollective()?.id);
  const deelnemers = eigenaar ? deelnemersField(app, draft, eigenaar) : null;
  const modules = app.toestand.modules ?? [];
  const inLandscape = landscapeModules(app, deelnemers?.chosen().length ? deelnemers.chosen() : [eigenaar].filter(Boolean));
  const fallbackA = inLandscape[0] ?? modules[0]?.id;
  const fallbackB = inLandscape.find((id) => id !== fallbackA) ?? modules[1]?.id;
  const moduleOptions = app.moduleOptions();
  const register = () => {
    const moduleA = valueOf(draft, 'moduleA', fallbackA);
    const moduleB = valueOf(draft, 'moduleB', fallbackB);
    const richting = valueOf(draft, 'richting', 'AnaarB');
    const gegevens = { id: freshId(app.toestand, `k-${slug(eigenaar)}-${slug(moduleA)}`), eigenaar, moduleA, moduleB, gegevensuitwisselingRichting: richting };
    if (draft.naam) gegevens.naam = draft.naam;
    if (draft.type) gegevens.type = draft.type;
    const chosen = deelnemers?.chosen() ?? [];
    if (chosen.length) gegevens.deelnemers = chosen;
    app.act('koppeling.registreren', gegevens);
  };
  return form('form-koppeling', t('koppeling.titel'), [
    selectField(draft, 'eigenaar', t('veld.eigenaar'), (app.toestand.organisaties ?? []).map((o) => ({ value: o.id, label: o.naam })),
      { fallback: eigenaar, onChange: () => { delete draft.deelnemers; delete draft.moduleA; delete draft.moduleB; app.rerender(); } }),
    deelnemers?.element,
    selectField(draft, 'moduleA', t('veld.moduleA'), moduleOptions, { fallback: fallbackA }),
    selectField(draft, 'moduleB', t('veld.moduleB'), moduleOptions, { fallback: fallbackB }),
    selectField(draft, 'richting', t('veld.richting'), RICHTINGEN.map((value) => ({ value, label: t(`richting.${value}`) })), { fallback: 'AnaarB' }),
    selectField(draft, 'type', t('veld.koppelingtype'), [{ value: '', label: '—' }, ...KOPPELING_TYPEN.map((value) => ({ value, label: value }))]),
    textField(draft, 'naam', t('veld.naam'), { description: t('koppeling.naam.uitleg') }),
  ], app.button(eigenaar, 'koppeling.registreren', 'koppelen', register, { primary: true }));
}

function koppelingenTable(app) {
  const { t } = app;
  const koppelingen = app.toestand.koppelingen ?? [];
  if (!koppelingen.length) return paragraph(h('span', { class: 'muted' }, t('koppeling.geen')));
  return table([t('veld.naam'), t('veld.eigenaar'), t('veld.richting'), t('veld.deelnemers')],
    koppelingen.map((k) => ({
      dataset: { koppeling: k.id, deelnemers: (k.deelnemers ?? []).join(' ') },
      cells: [k.naam ?? `${app.moduleName(k.moduleA)} → ${app.moduleName(k.moduleB) || k.buitengemeentelijkVoorziening}`,
        app.orgName(k.eigenaar), t(`richting.${k.gegevensuitwisselingRichting}`),
        app.orgNames(k.deelnemers)],
    })), { className: 'koppelingen' });
}

export function koppelingenPhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-3-4', 'fase34',
    koppelingForm(app),
    heading(3, t('koppeling.lijst')),
    koppelingenTable(app));
}

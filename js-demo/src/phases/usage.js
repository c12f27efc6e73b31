// Phase 3.2: usage registered by a collective once, as afnemer, on behalf of members listed as
// `deelnemers`. The members offered are the engine's `mogelijkeDeelnemers`; other
// organisations can be ticked too, to see the engine refuse them (GEBR-004).
import { heading, phaseSection, table } from '../dom.js';
import { checkboxGroup, form, selectField, valueOf } from '../forms.js';
import { freshId, slug } from '../ids.js';
import { GEBRUIK_STATUSSEN, isCollective } from '../vocab.js';

/**
 * The deelnemers fieldset for a collective's registration (usage or koppeling): the members the
 * engine offers, ticked by default, then the other organisations, unticked. Answers the
 * fieldset and a function that reads the ticked ids.
 */
export function deelnemersField(app, draft, afnemer) {
  const { t } = app;
  const answer = app.query('mogelijkeDeelnemers', { afnemer });
  const possible = answer.deelnemers ?? [];
  const ids = new Set(possible.map((d) => d.organisatie));
  const others = isCollective(app.org(afnemer))
    ? (app.toestand.organisaties ?? []).filter((o) => !ids.has(o.id) && o.id !== afnemer && !isCollective(o))
    : [];
  const reasons = [...(answer.meldingen ?? []), ...(answer.fouten ?? [])];
  const fallback = possible.map((d) => d.organisatie);
  const element = checkboxGroup(draft, 'deelnemers', t('veld.deelnemers'), [
    ...possible.map((d) => ({ value: d.organisatie, label: d.naam })),
    ...others.map((o) => ({ value: o.id, label: o.naam, note: t('deelnemers.geen-lid') })),
  ], {
    fallback,
    description: reasons.length
      ? `${t('deelnemers.uitleg')} ${reasons.map((m) => `${m.code}: ${m.melding}`).join(' ')}`
      : t('deelnemers.uitleg'),
  });
  return { element, chosen: () => valueOf(draft, 'deelnemers', fallback) };
}

function usageForm(app) {
  const { t } = app;
  const draft = app.draft(`gebruik-${app.actorKey}`, {});
  const afnemer = valueOf(draft, 'afnemer', app.actor.organisatie ?? app.focusCollective()?.id);
  const modules = app.toestand.modules ?? [];
  const ownModule = (modules.find((m) => m.aanbieder === afnemer) ?? modules[0])?.id;
  const deelnemers = afnemer ? deelnemersField(app, draft, afnemer) : null;
  const register = () => {
    const module = valueOf(draft, 'module', ownModule);
    const status = valueOf(draft, 'status', 'In productie');
    const gegevens = { id: freshId(app.toestand, `u-${slug(afnemer)}-${slug(module)}`), afnemer, module, status };
    const chosen = deelnemers?.chosen() ?? [];
    if (chosen.length) gegevens.deelnemers = chosen;
    app.act('gebruik.registreren', gegevens);
  };
  return form('form-gebruik', t('gebruik.titel'), [
    selectField(draft, 'afnemer', t('veld.afnemer'), (app.toestand.organisaties ?? []).map((o) => ({ value: o.id, label: o.naam })),
      { fallback: afnemer, onChange: () => { delete draft.deelnemers; app.rerender(); } }),
    selectField(draft, 'module', t('veld.module'), app.moduleOptions(), { fallback: ownModule }),
    selectField(draft, 'status', t('veld.status'), GEBRUIK_STATUSSEN.map((value) => ({ value, label: app.status(value) })), { fallback: 'In productie' }),
    deelnemers?.element,
  ], app.button(afnemer, 'gebruik.registreren', 'gebruik-aanmelden', register, { primary: true }));
}

function usageTable(app) {
  const { t } = app;
  const gebruik = app.toestand.gebruik ?? [];
  return table([t('veld.afnemer'), t('veld.module'), t('veld.status'), t('veld.deelnemers')],
    gebruik.map((g) => ({
      dataset: { gebruik: g.id, module: g.module, deelnemers: (g.deelnemers ?? []).join(' ') },
      cells: [app.orgName(g.afnemer), app.moduleName(g.module), app.status(g.status),
        app.orgNames(g.deelnemers)],
    })), { className: 'gebruik' });
}

export function usagePhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-3-2', 'fase32',
    usageForm(app),
    heading(3, t('gebruik.lijst')),
    usageTable(app));
}

// Phase 3.1: offering modules and diensten. Collectives offer too (the dual role of the
// seed): the engine's policy `aanbiederTypen` says who may, and a module in use cannot be
// removed (AANB-002 names its users).
import { h, heading, phaseSection, table } from '../dom.js';
import { checkboxGroup, form, selectField, textField, valueOf } from '../forms.js';
import { freshId, slug } from '../ids.js';

const DIENST_TYPEN = ['Hosting', 'Ondersteuning', 'Functioneel beheer', 'Applicatiebeheer', 'Technisch beheer',
  'Implementatieondersteuning', 'Opleidingen', 'Licentiereseller'];

function organisationOptions(app) {
  return (app.toestand.organisaties ?? []).map((o) => ({ value: o.id, label: o.naam }));
}

function moduleForm(app) {
  const { t } = app;
  const draft = app.draft(`module-${app.actorKey}`, { naam: app.isCollectiveActor() ? 'Burgerzaken Noord' : '' });
  const aanbieder = valueOf(draft, 'aanbieder', app.actor.organisatie ?? app.focusCollective()?.id);
  const register = () => app.act('module.registreren', {
    id: freshId(app.toestand, `m-${slug(draft.naam)}`), naam: draft.naam, aanbieder,
  });
  return form('form-module', t('module.titel'), [
    textField(draft, 'naam', t('veld.naam')),
    selectField(draft, 'aanbieder', t('veld.aanbieder'), organisationOptions(app), { fallback: aanbieder, onChange: app.rerender }),
  ], app.button(aanbieder, 'module.registreren', 'module-aanbieden', register, { primary: true, label: t('knop.aanbieden') }));
}

function dienstForm(app) {
  const { t } = app;
  const draft = app.draft(`dienst-${app.actorKey}`, { naam: '', type: 'Hosting' });
  const aanbieder = valueOf(draft, 'aanbieder', app.actor.organisatie ?? app.focusCollective()?.id);
  const own = (app.toestand.modules ?? []).filter((m) => m.aanbieder === aanbieder);
  const register = () => {
    const gegevens = { id: freshId(app.toestand, `d-${slug(draft.naam)}`), naam: draft.naam, type: draft.type, aanbieder };
    if (draft.modules?.length) gegevens.modules = draft.modules;
    app.act('dienst.registreren', gegevens);
  };
  return form('form-dienst', t('dienst.titel'), [
    textField(draft, 'naam', t('veld.naam')),
    selectField(draft, 'type', t('veld.type'), DIENST_TYPEN.map((value) => ({ value, label: value }))),
    selectField(draft, 'aanbieder', t('veld.aanbieder'), organisationOptions(app), { fallback: aanbieder, onChange: app.rerender }),
    checkboxGroup(draft, 'modules', t('veld.modules'), own.map((m) => ({ value: m.id, label: m.naam }))),
  ], app.button(aanbieder, 'dienst.registreren', 'dienst-aanbieden', register, { label: t('knop.aanbieden') }));
}

function offeringTable(app) {
  const { t } = app;
  const remove = (kind, object) => app.button(object.id, `${kind}.verwijderen`, 'verwijderen',
    () => app.act(`${kind}.verwijderen`, { id: object.id }));
  const rows = [
    ...(app.toestand.modules ?? []).map((m) => ({ dataset: { module: m.id }, cells: [m.naam, t('soort.module'), app.orgName(m.aanbieder), remove('module', m)] })),
    ...(app.toestand.diensten ?? []).map((d) => ({ dataset: { dienst: d.id }, cells: [d.naam, `${t('soort.dienst')} · ${d.type}`, app.orgName(d.aanbieder), remove('dienst', d)] })),
  ];
  return table([t('veld.naam'), t('veld.soort'), t('veld.aanbieder'), t('kolom.acties')], rows, { className: 'aanbod' });
}

export function offeringPhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-3-1', 'fase31',
    h('div', { class: 'forms-row' }, moduleForm(app), dienstForm(app)),
    heading(3, t('aanbod.lijst')),
    offeringTable(app));
}

// Phase 3.3 and 4: a member's application landscape (its own usage and what its collectives
// registered for it) and the collective's report to its members (spec §4.8), with a chart of
// which modules the members use; and ending a membership (4.2), whose cascade the decision
// panel lists.
import { usageChart } from '../chart.js';
import { h, heading, paragraph, phaseSection, table } from '../dom.js';
import { selectField, valueOf } from '../forms.js';
import { endMembershipForm } from './members.js';

function landscape(app) {
  const { t } = app;
  const draft = app.draft('landschap', {});
  const organisaties = (app.toestand.organisaties ?? []).filter((o) => o.type === 'Gemeente' || o.type === 'Samenwerking');
  const chosen = valueOf(draft, 'organisatie', app.actor.organisatie && app.org(app.actor.organisatie)?.type === 'Gemeente' ? app.actor.organisatie : 'g-utrecht');
  const answer = app.query('landschap', { organisatie: chosen });
  const modules = answer.modules ?? [];
  const usage = (entry) => [
    ...(entry.eigen ?? []).map((e) => `${t('landschap.eigen')}: ${app.status(e.status)}`),
    ...(entry.via ?? []).map((v) => `${t('landschap.via', { naam: v.naam })}: ${app.status(v.status)}`),
  ].join('; ');
  return h('section', { id: 'landschap', class: 'deel' },
    heading(3, t('landschap.titel')),
    selectField(draft, 'organisatie', t('veld.organisatie'), organisaties.map((o) => ({ value: o.id, label: o.naam })),
      { fallback: chosen, onChange: app.rerender }),
    answer.fouten ? app.failure(answer.fouten) : null,
    modules.length
      ? table([t('veld.module'), t('veld.aanbieder'), t('landschap.herkomst'), t('landschap.gebruik')],
        modules.map((entry) => ({
          dataset: { module: entry.module, herkomst: entry.herkomst },
          cells: [entry.naam || entry.module, app.orgName(entry.aanbieder), t(`herkomst.${entry.herkomst}`), usage(entry)],
        })), { className: 'landschap' })
      : paragraph(h('span', { class: 'muted' }, t('landschap.leeg'))));
}

function reportBody(app, rapport) {
  const { t } = app;
  const names = (list) => list.map((item) => item.naam || item.organisatie).join(', ') || '—';
  const aanbod = [...(rapport.aanbod?.modules ?? []), ...(rapport.aanbod?.diensten ?? [])];
  const bevindingen = rapport.evaluatie?.bevindingen ?? [];
  return [
    paragraph(Object.entries(rapport.aantallen ?? {}).map(([status, n]) => `${app.status(status)}: ${n}`).join(' · ')),
    heading(4, t('rapport.modules')),
    usageChart(rapport, t),
    table([t('veld.module'), t('veld.aanbieder'), t('herkomst.eigen'), t('herkomst.samenwerking'), t('herkomst.beide')],
      (rapport.modules ?? []).map((entry) => ({
        dataset: { module: entry.module },
        cells: [entry.naam || entry.module, app.orgName(entry.aanbieder),
          ...['eigen', 'samenwerking', 'beide'].map((herkomst) => names((entry.leden ?? []).filter((lid) => lid.herkomst === herkomst)))],
      })), { className: 'rapport-modules' }),
    heading(4, t('rapport.inkoop')),
    (rapport.gezamenlijkeInkoop ?? []).length
      ? h('ul', { class: 'utrecht-unordered-list inkoop' }, rapport.gezamenlijkeInkoop.map((entry) => h('li', { class: 'utrecht-unordered-list__item', dataset: { module: entry.module } },
        h('strong', {}, entry.naam || entry.module), `: ${names(entry.leden)}`)))
      : paragraph(h('span', { class: 'muted' }, t('rapport.inkoop.geen'))),
    heading(4, t('rapport.koppelingen')),
    (rapport.koppelingen ?? []).length
      ? h('ul', { class: 'utrecht-unordered-list' }, rapport.koppelingen.map((k) => h('li', { class: 'utrecht-unordered-list__item' },
        k.naam ?? k.koppeling, h('span', { class: 'muted' }, ` — ${app.orgNames(k.deelnemers)}`))))
      : paragraph(h('span', { class: 'muted' }, t('rapport.koppelingen.geen'))),
    heading(4, t('rapport.aanbod')),
    aanbod.length
      ? h('ul', { class: 'utrecht-unordered-list' }, aanbod.map((entry) => h('li', { class: 'utrecht-unordered-list__item' },
        h('strong', {}, entry.naam), ` — ${t('rapport.afname', { binnen: entry.aantalBinnen ?? 0, buiten: entry.aantalBuiten ?? 0 })}`)))
      : paragraph(h('span', { class: 'muted' }, t('rapport.aanbod.geen'))),
    heading(4, t('rapport.evaluatie')),
    paragraph(rapport.evaluatie?.laatste
      ? t('rapport.evaluatie.laatste', { datum: app.date(rapport.evaluatie.laatste.vastgelegdOp) })
      : t('rapport.evaluatie.geen')),
    bevindingen.length
      ? h('ul', { class: 'utrecht-unordered-list' }, bevindingen.map((b) => h('li', { class: 'utrecht-unordered-list__item', dataset: { code: b.code } },
        h('code', { class: 'utrecht-code' }, b.code), ` ${b.melding}`)))
      : null,
  ];
}

function report(app) {
  const { t } = app;
  const draft = app.draft('rapport', {});
  const collectives = app.collectives();
  const chosen = valueOf(draft, 'samenwerking', app.focusCollective()?.id);
  const rapport = chosen ? app.query('rapport', { samenwerking: chosen }) : null;
  return h('section', { id: 'rapport', class: 'deel' },
    heading(3, t('rapport.titel')),
    selectField(draft, 'samenwerking', t('veld.samenwerking'), collectives.map((o) => ({ value: o.id, label: o.naam })),
      { fallback: chosen, onChange: app.rerender }),
    !rapport ? null : rapport.fouten ? app.failure(rapport.fouten) : reportBody(app, rapport));
}

/** Phase 3.3: a member's landscape. */
export function landscapePhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-3-3', 'fase33', landscape(app));
}

/** Phase 4: the report to the members, and ending a membership. */
export function maintenancePhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-4', 'fase4',
    report(app),
    h('section', { id: 'beeindigen', class: 'deel' }, heading(3, t('fase42.titel')), endMembershipForm(app)));
}

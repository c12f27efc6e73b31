// Phase 2 of the journey: organisations declare that they are members (by their own
// beheerder: a collective cannot add members itself) and the collective confirms or rejects.
// The member lists are the engine's `leden` query; every button is its `toegestaneOpdrachten`.
import { h, heading, paragraph, phaseSection, table } from '../dom.js';
import { form, selectField, textField, valueOf } from '../forms.js';
import { freshId, slug } from '../ids.js';

function declareForm(app) {
  const { t } = app;
  const draft = app.draft(`aangeven-${app.actorKey}`, {});
  const collectives = app.collectives();
  const samenwerking = valueOf(draft, 'samenwerking', app.focusCollective()?.id);
  const ownOrganisation = app.actor.organisatie ?? app.toestand.organisaties?.[0]?.id;
  // Fields without a rebuild on change are read when the button is clicked.
  const declare = () => {
    const lid = valueOf(draft, 'lid', ownOrganisation);
    app.act('lidmaatschap.aangeven', { id: freshId(app.toestand, `lm-${slug(lid)}-${slug(samenwerking)}`), samenwerking, lid });
  };
  return form('form-aangeven', t('aangeven.titel'), [
    selectField(draft, 'samenwerking', t('veld.samenwerking'), collectives.map((o) => ({ value: o.id, label: o.naam })),
      { fallback: samenwerking, onChange: app.rerender }),
    selectField(draft, 'lid', t('veld.lid'), (app.toestand.organisaties ?? []).map((o) => ({ value: o.id, label: `${o.naam} (${t(`type.${o.type}`)})` })),
      { fallback: ownOrganisation, description: t('aangeven.uitleg') }),
  ], app.button(samenwerking, 'lidmaatschap.aangeven', 'aangeven', declare, { primary: true }));
}

function memberActions(app, lidmaatschap) {
  const { t } = app;
  const button = (opdracht, name) => app.button(lidmaatschap, opdracht, name, () => app.act(opdracht, { id: lidmaatschap }));
  return h('div', { class: 'utrecht-button-group' },
    button('lidmaatschap.bevestigen', 'bevestigen'),
    button('lidmaatschap.afwijzen', 'afwijzen'),
    button('lidmaatschap.beeindigen', 'beeindigen'));
}

function since(app, lid) {
  const moment = lid.beeindigdOp ?? lid.afgewezenOp ?? lid.actiefSinds ?? lid.aangegevenOp;
  return moment ? app.date(moment) : '—';
}

function collectiveMembers(app, collective) {
  const { t } = app;
  const answer = app.query('leden', { samenwerking: collective.id });
  const leden = answer.leden ?? [];
  const aantallen = answer.aantallen ?? {};
  return h('section', { class: 'collectief', dataset: { collectief: collective.id } },
    heading(3, collective.naam),
    paragraph(h('span', { class: 'utrecht-badge-data' }, t(`type.${collective.type}`)), ' ',
      Object.entries(aantallen).filter(([, n]) => n > 0).map(([status, n]) => `${app.status(status)}: ${n}`).join(' · ') || t('leden.geen')),
    answer.fouten ? app.failure(answer.fouten) : null,
    leden.length ? table([t('veld.lid'), t('veld.type'), t('veld.status'), t('veld.sinds'), t('kolom.acties')],
      leden.map((lid) => ({
        dataset: { lidmaatschap: lid.lidmaatschap, lid: lid.lid, status: lid.status },
        cells: [lid.naam || lid.lid, t(`type.${lid.type}`), app.status(lid.status), since(app, lid), memberActions(app, lid.lidmaatschap)],
      })), { className: 'leden' }) : null);
}

export function membersPhase(app) {
  const { t } = app;
  return phaseSection(t, 'fase-2', 'fase2',
    declareForm(app),
    app.collectives().map((collective) => collectiveMembers(app, collective)));
}

/** Phase 4.2: ending a membership, from either side; the cascade shows in the decision panel. */
export function endMembershipForm(app) {
  const { t } = app;
  const open = (app.toestand.lidmaatschappen ?? []).filter((m) => m.status === 'aangevraagd' || m.status === 'actief');
  const draft = app.draft(`beeindigen-${app.actorKey}`, { reden: '' });
  const own = open.find((m) => m.lid === app.actor.organisatie || m.samenwerking === app.actor.organisatie);
  const chosen = valueOf(draft, 'lidmaatschap', (own ?? open[0])?.id);
  const label = (m) => `${app.orgName(m.lid)} — ${app.orgName(m.samenwerking)} (${app.status(m.status)})`;
  const end = () => {
    const gegevens = { id: chosen };
    if (draft.reden) gegevens.reden = draft.reden;
    app.act('lidmaatschap.beeindigen', gegevens);
  };
  return form('form-beeindigen', t('beeindigen.titel'), [
    paragraph(t('beeindigen.uitleg')),
    open.length
      ? selectField(draft, 'lidmaatschap', t('veld.lidmaatschap'), open.map((m) => ({ value: m.id, label: label(m) })), { fallback: chosen, onChange: app.rerender })
      : paragraph(h('span', { class: 'muted' }, t('beeindigen.geen'))),
    textField(draft, 'reden', t('veld.reden')),
  ], chosen ? app.button(chosen, 'lidmaatschap.beeindigen', 'beeindigen', end, { primary: true }) : null);
}

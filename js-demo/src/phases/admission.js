// Phase 0 (admission by VNG) and phase 1 (registration by VNG) of the journey: a collective
// submits an aanvraag, the functioneel beheerder assesses it, and registers the collective from
// the approved aanvraag together with its first beheerder.
import { h, heading, paragraph, phaseSection, table } from '../dom.js';
import { checkboxField, checkboxGroup, form, listOf, selectField, textField } from '../forms.js';
import { freshId, orgPrefix, slug } from '../ids.js';
import { BEHEERDER_ROLLEN, COLLECTIEF_TYPEN, SAMENWERKINGTYPEN, VORMEN } from '../vocab.js';

// The story of the seed: Samenwerking Digitale Regio Noord calls VNG Realisatie.
const STORY = {
  naam: 'Samenwerking Digitale Regio Noord',
  type: 'Samenwerking',
  doel: 'Samen ICT beheren en inkopen, en eigen software aanbieden aan de aangesloten gemeenten',
  contactNaam: 'Fenna de Vries',
  contactEmail: 'fenna@regionoord.example',
  grondslag: 'Gemeenschappelijke Regeling Digitale Regio Noord',
  samenwerkingtype: 'Gemeenschappelijke Regeling',
  motieven: 'kosten besparen, kennis delen',
  beoogdeLeden: 'Gemeente Utrecht, Gemeente Zeist',
  vorm: 'meervoudig',
  tijd: true, handen: true, budget: false, rolverdeling: '',
  draagvlak: true,
};

function aanvraagGegevens(app, draft) {
  const gegevens = {
    id: freshId(app.toestand, `av-${slug(draft.naam)}`),
    naam: draft.naam,
    type: draft.type,
    doel: draft.doel,
    contactpersoon: { naam: draft.contactNaam, 'e-mailadres': draft.contactEmail },
  };
  if (draft.grondslag) gegevens.grondslag = draft.grondslag;
  if (draft.samenwerkingtype) gegevens.samenwerkingtype = draft.samenwerkingtype;
  const motieven = listOf(draft.motieven);
  if (motieven.length) gegevens.motieven = motieven;
  const beoogdeLeden = listOf(draft.beoogdeLeden);
  if (beoogdeLeden.length) gegevens.beoogdeLeden = beoogdeLeden;
  if (draft.vorm) gegevens.vorm = draft.vorm;
  gegevens.praktisch = { tijd: draft.tijd, handen: draft.handen, budget: draft.budget };
  if (draft.rolverdeling) gegevens.praktisch.rolverdeling = draft.rolverdeling;
  gegevens.draagvlak = draft.draagvlak;
  return gegevens;
}

function submitForm(app) {
  const { t } = app;
  const draft = app.draft('aanvraag', STORY);
  const options = (values, empty) => [...(empty ? [{ value: '', label: empty }] : []), ...values.map((value) => ({ value, label: value }))];
  return form('form-aanvraag', t('aanvraag.indienen.titel'), [
    textField(draft, 'naam', t('veld.naam')),
    selectField(draft, 'type', t('veld.type'), COLLECTIEF_TYPEN.map((value) => ({ value, label: t(`type.${value}`) }))),
    textField(draft, 'doel', t('veld.doel')),
    textField(draft, 'contactNaam', t('veld.contactpersoon.naam')),
    textField(draft, 'contactEmail', t('veld.contactpersoon.email'), { type: 'email' }),
    textField(draft, 'grondslag', t('veld.grondslag'), { description: t('veld.grondslag.uitleg') }),
    selectField(draft, 'samenwerkingtype', t('veld.samenwerkingtype'), options(SAMENWERKINGTYPEN, '—')),
    h('fieldset', { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset intake' },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, t('intake.titel')),
      h('p', { class: 'utrecht-form-field-description' }, t('intake.uitleg')),
      textField(draft, 'motieven', t('veld.motieven'), { description: t('veld.lijst') }),
      textField(draft, 'beoogdeLeden', t('veld.beoogdeLeden'), { description: t('veld.lijst') }),
      selectField(draft, 'vorm', t('veld.vorm'), [{ value: '', label: '—' }, ...VORMEN.map((value) => ({ value, label: t(`vorm.${value}`) }))]),
      checkboxField(draft, 'tijd', t('veld.praktisch.tijd')),
      checkboxField(draft, 'handen', t('veld.praktisch.handen')),
      checkboxField(draft, 'budget', t('veld.praktisch.budget')),
      textField(draft, 'rolverdeling', t('veld.praktisch.rolverdeling')),
      checkboxField(draft, 'draagvlak', t('veld.draagvlak'))),
  ], app.button(null, 'aanvraag.indienen', 'indienen', () => app.act('aanvraag.indienen', aanvraagGegevens(app, draft)), { primary: true }));
}

function assessCell(app, aanvraag) {
  const { t } = app;
  const allowed = app.permissions.entry(aanvraag.id, 'aanvraag.beoordelen').toegestaan;
  const draft = app.draft(`beoordeling-${aanvraag.id}`, { motivering: '' });
  const decide = (besluit) => {
    const gegevens = { id: aanvraag.id, besluit };
    if (draft.motivering) gegevens.motivering = draft.motivering;
    app.act('aanvraag.beoordelen', gegevens);
  };
  return h('div', { class: 'cell-actions' },
    allowed ? textField(draft, 'motivering', t('veld.motivering')) : null,
    h('div', { class: 'utrecht-button-group' },
      app.button(aanvraag.id, 'aanvraag.beoordelen', 'goedkeuren', () => decide('goedgekeurd')),
      app.button(aanvraag.id, 'aanvraag.beoordelen', 'afwijzen', () => decide('afgewezen'))));
}

function aanvragenTable(app) {
  const { t } = app;
  const aanvragen = app.toestand.aanvragen ?? [];
  if (!aanvragen.length) return paragraph(h('span', { class: 'muted' }, t('aanvraag.geen')));
  return table([t('veld.naam'), t('veld.type'), t('veld.status'), t('veld.ingediendOp'), t('kolom.acties')],
    aanvragen.map((aanvraag) => ({
      dataset: { aanvraag: aanvraag.id, status: aanvraag.status ?? '' },
      cells: [aanvraag.naam, t(`type.${aanvraag.type}`), app.status(aanvraag.status), app.date(aanvraag.ingediendOp),
        aanvraag.status === 'geregistreerd' ? h('span', { class: 'muted' }, t('aanvraag.geregistreerd-als', { id: aanvraag.organisatie })) : assessCell(app, aanvraag)],
    })), { className: 'aanvragen' });
}

function registrationForm(app, aanvraag) {
  const { t } = app;
  const draft = app.draft(`registratie-${aanvraag.id}`, {
    id: freshId(app.toestand, `${orgPrefix(aanvraag.type)}-${slug(aanvraag.naam)}`),
    beheerderNaam: aanvraag.contactpersoon?.naam ?? '',
    beheerderEmail: aanvraag.contactpersoon?.['e-mailadres'] ?? '',
    rollen: [...BEHEERDER_ROLLEN],
  });
  const register = () => {
    const organisatie = { id: draft.id, naam: aanvraag.naam, type: aanvraag.type };
    if (aanvraag.samenwerkingtype) organisatie.samenwerkingtype = aanvraag.samenwerkingtype;
    app.act('organisatie.registreren', {
      organisatie,
      aanvraag: aanvraag.id,
      eersteBeheerder: {
        id: freshId(app.toestand, `cp-${slug(aanvraag.naam)}`), naam: draft.beheerderNaam,
        'e-mailadres': draft.beheerderEmail, rollen: draft.rollen,
      },
    });
  };
  return form(`form-registratie-${aanvraag.id}`, t('registratie.titel', { naam: aanvraag.naam }), [
    textField(draft, 'id', t('veld.id'), { description: t('veld.id.uitleg') }),
    textField(draft, 'beheerderNaam', t('veld.beheerder.naam')),
    textField(draft, 'beheerderEmail', t('veld.beheerder.email'), { type: 'email' }),
    checkboxGroup(draft, 'rollen', t('veld.beheerder.rollen'), BEHEERDER_ROLLEN.map((rol) => ({ value: rol, label: t(`rol.${rol}`) }))),
  ], app.button(aanvraag.id, 'organisatie.registreren', 'registreren', register, { primary: true }));
}

export function admissionPhase(app) {
  const { t } = app;
  const open = (app.toestand.aanvragen ?? []).filter((aanvraag) => aanvraag.status !== 'geregistreerd' && aanvraag.status !== 'afgewezen');
  return [
    phaseSection(t, 'fase-0', 'fase0',
      submitForm(app),
      heading(3, t('aanvraag.lijst')),
      aanvragenTable(app)),
    phaseSection(t, 'fase-1', 'fase1',
      open.length ? open.map((aanvraag) => registrationForm(app, aanvraag)) : paragraph(h('span', { class: 'muted' }, t('registratie.geen')))),
  ];
}

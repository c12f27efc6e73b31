// The decision panel: what the engine answered to the last command — allowed or refused, each
// melding with its code, message and the field it points to, and the changes a host would
// persist (where a cascade shows) — plus a journal of the earlier decisions.
import { h, heading, paragraph, table } from './dom.js';

/** 'toegestaan' | 'geweigerd' | 'fout' (not evaluable). */
export function outcomeOf(decision) {
  if (decision.fouten) return 'fout';
  return decision.resultaat.toegestaan ? 'toegestaan' : 'geweigerd';
}

function meldingenTable(meldingen, t) {
  return table(
    [t('besluit.code'), t('besluit.ernst'), t('besluit.melding'), t('besluit.pad')],
    meldingen.map((melding) => ({
      dataset: { code: melding.code, ernst: melding.ernst ?? 'fout' },
      cells: [
        h('code', { class: 'utrecht-code' }, melding.code),
        h('span', { class: `ernst ernst--${melding.ernst ?? 'fout'}` }, t(`ernst.${melding.ernst ?? 'fout'}`)),
        melding.melding,
        melding.pad ? h('code', { class: 'utrecht-code' }, melding.pad) : melding.positie !== undefined ? `@${melding.positie}` : '—',
      ],
    })),
    { className: 'meldingen' });
}

function summary(wijziging) {
  const object = wijziging.object;
  const parts = [object.naam, object.status, object.fase].filter(Boolean);
  if (Array.isArray(object.deelnemers)) parts.push(`deelnemers: ${object.deelnemers.join(', ') || '—'}`);
  if (Array.isArray(object.deelnames)) parts.push(`deelnames: ${object.deelnames.join(', ') || '—'}`);
  return parts.join(' · ');
}

function wijzigingenList(wijzigingen, t) {
  if (!wijzigingen.length) return paragraph(h('span', { class: 'muted' }, t('besluit.geen-wijzigingen')));
  return h('ol', { class: 'utrecht-ordered-list wijzigingen' },
    wijzigingen.map((wijziging) => h('li', { class: 'utrecht-ordered-list__item', dataset: { actie: wijziging.actie, soort: wijziging.soort, id: wijziging.object.id } },
      h('strong', {}, t(`actie.${wijziging.actie}`)), ' ', t(`soort.${wijziging.soort}`), ' ',
      h('code', { class: 'utrecht-code' }, wijziging.object.id),
      summary(wijziging) ? h('span', { class: 'muted' }, ` — ${summary(wijziging)}`) : null)));
}

function json(value) {
  return JSON.stringify(value, null, 2);
}

/** The panel for the latest decision (or an invitation to act when there is none yet). */
export function decisionPanel(decision, t) {
  if (!decision) {
    return h('section', { id: 'besluit', class: 'besluit', 'aria-live': 'polite', dataset: { uitkomst: 'geen' } },
      heading(2, t('besluit.titel')),
      paragraph(t('besluit.leeg')));
  }
  const outcome = outcomeOf(decision);
  const alertKind = { toegestaan: 'ok', geweigerd: 'error', fout: 'warning' }[outcome];
  const meldingen = decision.fouten ?? decision.resultaat.meldingen;
  const warnings = outcome === 'toegestaan' && meldingen.length > 0;
  return h('section', { id: 'besluit', class: 'besluit', 'aria-live': 'polite', dataset: { uitkomst: outcome, opdracht: decision.opdracht.opdracht } },
    heading(2, t('besluit.titel')),
    h('div', { class: `utrecht-alert utrecht-alert--${warnings ? 'warning' : alertKind}`, role: 'status' },
      h('div', { class: 'utrecht-alert__content' },
        h('div', { class: 'utrecht-alert__message' },
          h('p', { class: 'utrecht-paragraph uitkomst' }, h('strong', {}, t(`uitkomst.${outcome}`)),
            warnings ? ` ${t('besluit.met-waarschuwingen', { n: meldingen.length })}` : ''),
          h('p', { class: 'utrecht-paragraph utrecht-paragraph--small' },
            h('code', { class: 'utrecht-code' }, decision.opdracht.opdracht), ' · ', decision.actorLabel, ' · ', h('span', { class: 'nowrap' }, decision.opdracht.tijdstip))))),
    meldingen.length ? meldingenTable(meldingen, t) : paragraph(h('span', { class: 'muted' }, t('besluit.geen-meldingen'))),
    decision.resultaat ? [heading(3, t('besluit.wijzigingen')), wijzigingenList(decision.resultaat.wijzigingen, t)] : null,
    h('details', { class: 'json' },
      h('summary', {}, t('besluit.json')),
      h('pre', { class: 'utrecht-code-block' }, h('code', { class: 'utrecht-code-block__content' },
        `// ${t('besluit.opdracht')}\n${json(decision.opdracht)}\n\n// ${t('besluit.antwoord')}\n${json(decision.resultaat ?? { fouten: decision.fouten })}`))));
}

/** Earlier decisions, newest first: outcome, command, actor and the codes. */
export function journal(decisions, t) {
  if (!decisions.length) return null;
  return h('section', { class: 'journaal' },
    heading(3, t('journaal.titel')),
    h('ol', { class: 'journaal__list', reversed: true },
      [...decisions].reverse().map((decision) => {
        const outcome = outcomeOf(decision);
        const codes = [...new Set((decision.fouten ?? decision.resultaat.meldingen).map((m) => m.code))].join(', ');
        return h('li', { class: `journaal__item journaal__item--${outcome}` },
          h('span', { class: 'journaal__mark' }, t(`uitkomst.${outcome}`)), ' ',
          h('code', { class: 'utrecht-code' }, decision.opdracht.opdracht), ` — ${decision.actorLabel}`,
          codes ? h('span', { class: 'muted' }, ` (${codes})`) : null);
      })));
}

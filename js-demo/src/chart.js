// A small bar chart of the collective's report: for each module, how many active members use
// it, split by how (their own registration, via the collective, or both). Plain SVG, with the
// figures also as text for screen readers.
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HERKOMSTEN = ['eigen', 'samenwerking', 'beide'];
const ROW = 30;
const LABEL = 210;
const WIDTH = 620;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Per module: counts of members by herkomst (from rapport.modules[].leden). */
export function moduleCounts(rapport) {
  return (rapport.modules ?? []).map((entry) => {
    const counts = { eigen: 0, samenwerking: 0, beide: 0 };
    for (const lid of entry.leden ?? []) if (lid.herkomst in counts) counts[lid.herkomst] += 1;
    return { module: entry.module, naam: entry.naam || entry.module, counts, total: (entry.leden ?? []).length };
  });
}

export function usageChart(rapport, t) {
  const rows = moduleCounts(rapport);
  const members = rapport.aantallen?.actief ?? 0;
  const max = Math.max(1, members, ...rows.map((row) => row.total));
  const scale = (WIDTH - LABEL - 40) / max;
  const height = rows.length * ROW + 36;
  const description = rows.map((row) => `${row.naam}: ${t('grafiek.leden', { n: row.total, van: members })}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-labelledby': 'grafiek-titel grafiek-beschrijving', class: 'grafiek__svg' },
    svg('title', { id: 'grafiek-titel' }, t('grafiek.titel')),
    svg('desc', { id: 'grafiek-beschrijving' }, description),
    // Grid lines at every member count.
    ...Array.from({ length: max + 1 }, (_, n) => svg('g', {},
      svg('line', { x1: LABEL + n * scale, x2: LABEL + n * scale, y1: 0, y2: rows.length * ROW, class: 'grafiek__raster' }),
      svg('text', { x: LABEL + n * scale, y: rows.length * ROW + 14, class: 'grafiek__as', 'text-anchor': 'middle' }, n))),
    ...rows.map((row, index) => {
      let x = LABEL;
      const y = index * ROW + 6;
      return svg('g', { class: 'grafiek__rij', 'data-module': row.module, 'data-aantal': row.total },
        svg('text', { x: LABEL - 8, y: y + 13, class: 'grafiek__label', 'text-anchor': 'end' }, row.naam),
        ...HERKOMSTEN.map((herkomst) => {
          const width = row.counts[herkomst] * scale;
          const bar = width > 0 ? svg('rect', { x, y, width, height: ROW - 12, class: `grafiek__balk grafiek__balk--${herkomst}` },
            svg('title', {}, `${t(`herkomst.${herkomst}`)}: ${row.counts[herkomst]}`)) : null;
          x += width;
          return bar;
        }),
        svg('text', { x: x + 6, y: y + 13, class: 'grafiek__waarde' }, row.total));
    }),
    svg('text', { x: LABEL, y: rows.length * ROW + 30, class: 'grafiek__as' }, t('grafiek.as', { n: members })));
  return h('figure', { class: 'grafiek', id: 'grafiek' },
    rows.length ? chart : h('p', { class: 'utrecht-paragraph muted' }, t('grafiek.leeg')),
    h('figcaption', { class: 'grafiek__legenda' },
      HERKOMSTEN.map((herkomst) => h('span', { class: 'legenda' },
        h('span', { class: `legenda__kleur grafiek__balk--${herkomst}`, 'aria-hidden': 'true' }), t(`herkomst.${herkomst}`)))));
}

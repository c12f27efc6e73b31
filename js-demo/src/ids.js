// Ids of new objects. The host chooses ids (spec §2), unique across the whole state; the page
// makes readable ones from names ("Samenwerking Digitale Regio Noord" → "sw-digitale-regio-noord").

export function slug(text) {
  return String(text ?? '')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(samenwerking|gemeente|community)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'nieuw';
}

function idsOf(toestand) {
  const ids = new Set();
  for (const list of Object.values(toestand)) for (const object of list ?? []) ids.add(object.id);
  return ids;
}

/** `base` if no object has it, else `base-2`, `base-3`, ... */
export function freshId(toestand, base) {
  const taken = idsOf(toestand);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The prefix the catalogue uses for an organisation type. */
export function orgPrefix(type) {
  return { Gemeente: 'g', Leverancier: 'l', Samenwerking: 'sw', Community: 'com' }[type] ?? 'org';
}

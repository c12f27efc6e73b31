// A few DOM helpers, so that the page needs no framework: h() builds an element tree.

/**
 * h('button', { class: 'x', onclick: fn, disabled: true }, 'text', child, [more])
 * Attributes: `on*` functions become listeners, `true` sets a boolean attribute, `false`,
 * `null` and `undefined` leave it out, `dataset` is an object of data-* values.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'value' || name === 'checked') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A short, page-unique id for aria-describedby and label/for pairs. */
let counter = 0;
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A table in the NL Design System style: headers and rows of cells (nodes or text). */
export function table(headers, rows, { caption, className = '' } = {}) {
  return h('table', { class: `utrecht-table utrecht-table--html-table ${className}`.trim() },
    caption ? h('caption', { class: 'utrecht-table__caption' }, caption) : null,
    h('thead', { class: 'utrecht-table__header' },
      h('tr', { class: 'utrecht-table__row' },
        headers.map((header) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, header)))),
    h('tbody', { class: 'utrecht-table__body' },
      rows.map((row) => h('tr', { class: 'utrecht-table__row', dataset: row.dataset ?? {} },
        (row.cells ?? row).map((cell) => h('td', { class: 'utrecht-table__cell' }, cell))))));
}

export function heading(level, text, attributes = {}) {
  return h(`h${level}`, { class: `utrecht-heading-${level}`, ...attributes }, text);
}

export function paragraph(...children) {
  return h('p', { class: 'utrecht-paragraph' }, ...children);
}

/** A phase of the journey: a section with its heading and explanation (keys `<key>.titel`, `<key>.uitleg`). */
export function phaseSection(t, id, key, ...content) {
  return h('section', { id, class: 'fase' }, heading(2, t(`${key}.titel`)), paragraph(t(`${key}.uitleg`)), ...content);
}

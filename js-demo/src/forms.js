// Form fields in the NL Design System style, each bound to a key of a draft object: what the
// visitor types is kept in the draft, so the page can be rebuilt after every decision without
// losing it.
import { h, uid } from './dom.js';

function field(label, input, id, description) {
  const descriptionId = description ? `${id}-beschrijving` : null;
  if (descriptionId) input.setAttribute('aria-describedby', descriptionId);
  return h('div', { class: 'utrecht-form-field utrecht-form-field--text' },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descriptionId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, input));
}

export function textField(draft, key, label, { description, type = 'text' } = {}) {
  const id = uid(key);
  const input = h('input', {
    id, name: key, type, class: 'utrecht-textbox utrecht-textbox--html-input', value: draft[key] ?? '',
    oninput: (event) => { draft[key] = event.target.value; },
  });
  return field(label, input, id, description);
}

/**
 * options: [{ value, label }]. `fallback`: the value shown while the visitor has chosen none
 * (read it back with valueOf); `onChange` runs after the draft changed (e.g. to rebuild).
 */
export function selectField(draft, key, label, options, { description, onChange, fallback } = {}) {
  const id = uid(key);
  const input = h('select', {
    id, name: key, class: 'utrecht-select utrecht-select--html-select',
    onchange: (event) => { draft[key] = event.target.value; onChange?.(event.target.value); },
  }, options.map((option) => h('option', { value: option.value, selected: option.value === valueOf(draft, key, fallback) }, option.label)));
  return field(label, input, id, description);
}

/** What a field holds: the visitor's choice, else the fallback it was shown with. */
export function valueOf(draft, key, fallback) {
  return draft[key] ?? fallback;
}

export function checkboxField(draft, key, label) {
  const id = uid(key);
  return h('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' },
    h('div', { class: 'utrecht-form-field__input' },
      h('input', {
        id, name: key, type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input', checked: Boolean(draft[key]),
        onchange: (event) => { draft[key] = event.target.checked; },
      })),
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, label)));
}

/**
 * A set of checkboxes whose checked values are the array draft[key] (until the visitor ticks
 * one: `fallback`). options: [{ value, label, note }].
 */
export function checkboxGroup(draft, key, legend, options, { description, fallback = [] } = {}) {
  const checked = () => valueOf(draft, key, fallback);
  const toggle = (value, on) => {
    const set = new Set(checked());
    if (on) set.add(value);
    else set.delete(value);
    draft[key] = options.map((option) => option.value).filter((v) => set.has(v));
  };
  return h('fieldset', { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', name: key },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legend),
    description ? h('p', { class: 'utrecht-form-field-description' }, description) : null,
    options.length === 0 ? h('p', { class: 'utrecht-paragraph muted' }, '—') : null,
    options.map((option) => {
      const id = uid(key);
      return h('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' },
        h('div', { class: 'utrecht-form-field__input' },
          h('input', {
            id, type: 'checkbox', name: key, value: option.value, class: 'utrecht-checkbox utrecht-checkbox--html-input',
            checked: checked().includes(option.value), onchange: (event) => toggle(option.value, event.target.checked),
          })),
        h('div', { class: 'utrecht-form-field__label' },
          h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, option.label,
            option.note ? h('span', { class: 'muted' }, ` (${option.note})`) : null)));
    }));
}

/** A comma-separated list typed in a textbox, as an array (empty entries dropped). */
export function listOf(text) {
  return String(text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** A form: a titled box of fields with its buttons at the end; it never submits a page load. */
export function form(id, title, fields, buttons) {
  return h('form', { id, class: 'demo-form', onsubmit: (event) => event.preventDefault() },
    title ? h('h4', { class: 'utrecht-heading-4' }, title) : null,
    fields,
    h('div', { class: 'utrecht-button-group' }, buttons));
}

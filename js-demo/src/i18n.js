// The page's texts in Dutch (default) and English. The engine's own messages follow the same
// choice through its `taal` option (see session.js).
import en from './i18n/en.js';
import nl from './i18n/nl.js';

export const LANGUAGES = ['nl', 'en'];
export const TABLES = { nl, en };

/** t(key, params, fallback): the text of `key`, with {name} filled in from params. */
export function createTranslator(lang) {
  const table = TABLES[lang] ?? nl;
  return (key, params = {}, fallback = undefined) => {
    const text = table[key] ?? nl[key] ?? fallback ?? key;
    return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
  };
}

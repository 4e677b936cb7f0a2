// The page's words. Every text is a message of the core's Fluent resources
// (`page-…` for the page's own words, the others for the labels of the
// rules' codes), rendered by the core's engine in the WebAssembly module, so
// the page shows exactly the words of `secu assess --lang`. No text lives
// here, nor in the module: each language (English too) is fetched from the
// page's own folder the first time it is needed (`l10n/<tag>.msg`, its
// messages compiled from the core's Fluent resource for the module's compact
// renderer, and its country table `l10n/<tag>.tsv`, both written by `cargo
// xtask web-labels`) and given to the module (`addLanguage`).

import { addLanguage, languageOf, text } from './pkg/secu_wasm.js';
import { LANGUAGES } from './labels.js';

/** The resources fetched so far, by tag: `{ msg, tsv }` (the case module,
 * loaded later, is given them too). */
export const resources = new Map();

/** The message id of a page word (`as_of_hint` → `page-as-of-hint`). */
export const pageId = (key) => `page-${key.replace(/[_.]/g, '-')}`;

/** A page word in `lang`, with named arguments (`{ date: '2026-09-15' }`:
 * an ISO date under `DATE` is written out by the core). */
export const pageText = (lang, key, args) => text(lang, pageId(key), args);

/** The colon after a field's name in `tag` (« : » in French, "：" in Chinese). */
export const colon = (tag) => LANGUAGES.find(([t]) => t === tag)?.[3] ?? ': ';

/** Whether `tag` is written right to left. */
export const isRtl = (tag) => LANGUAGES.some(([t, , rtl]) => t === tag && rtl);

/** The first of the browser's languages that is one of ours (BCP 47 with the
 * core's fallback, as the CLI reads `--lang`: `pt-BR` → `pt`), else English. */
export function browserLanguage(tags) {
  for (const tag of tags ?? []) {
    const l = languageOf(String(tag));
    if (l) return l;
  }
  return 'en';
}

/** Languages being fetched, by tag (one fetch each, however many calls). */
const pending = new Map();

async function fetchLanguage(tag) {
  const get = async (ext) => {
    const r = await fetch(`l10n/${tag}.${ext}`);
    if (!r.ok) throw new Error(`l10n/${tag}.${ext}: HTTP ${r.status}`);
    return r.text();
  };
  const [msg, tsv] = await Promise.all([get('msg'), get('tsv')]);
  addLanguage(tag, msg, tsv);
  resources.set(tag, { msg, tsv });
}

/** Makes `tag` usable: fetches its resources once and adds them to the
 * module, with English's (the fallback, and the language of the texts a
 * call renders without a language), both at once. Throws when they cannot
 * be fetched or are refused (the page then stays in its current language). */
export async function loadLanguage(tag) {
  await Promise.all([...new Set(['en', tag])].map((t) => {
    if (resources.has(t)) return undefined;
    if (!pending.has(t)) {
      pending.set(t, fetchLanguage(t).finally(() => pending.delete(t)));
    }
    return pending.get(t);
  }));
}

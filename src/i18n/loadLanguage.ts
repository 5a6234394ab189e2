import { addCatalogue, hasCatalogue, switchLanguage } from './i18n';
import type { Lang } from './languages';
import type { Catalogue } from './locales/en';
import { loadDataText } from './dataText';
import { loadNames } from './names';

/**
 * Russian and Kazakh come as chunks of their own, fetched when the language is chosen: an English
 * first load does not carry ~50 KB (gzip) of words it never shows. Each holds the catalogue; the
 * mission data's phrases and the names' spellings (one table each for both languages) come with
 * whichever is chosen first.
 */
const CATALOGUES: Record<Exclude<Lang, 'en'>, () => Promise<Catalogue>> = {
  ru: () => import('./locales/ru').then((m) => m.ru),
  kk: () => import('./locales/kk').then((m) => m.kk),
};

const loading = new Map<Lang, Promise<void>>();

/**
 * Everything `t`, `dataText` and the names need to speak `lang`. The CLI, the unit tests and the page before
 * its first render await this; a failed fetch (offline, a new deploy) may be tried again.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || hasCatalogue(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = Promise.all([CATALOGUES[lang](), loadDataText(), loadNames()]).then(([catalogue]) =>
      addCatalogue(lang, catalogue),
    );
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

let wanted: Lang | null = null;

/**
 * Switch the language of every label, caption and figure; the clock and the view stay as they
 * are. A language already loaded switches at once; another keeps the old one on screen until its
 * chunk is in, so nothing flashes English or reports a missing string meanwhile. The last choice
 * wins: picking Russian, then Kazakh before Russian arrived, ends in Kazakh.
 */
export function setLanguage(lang: Lang): Promise<void> {
  wanted = lang;
  if (lang === 'en' || hasCatalogue(lang)) {
    switchLanguage(lang);
    return Promise.resolve();
  }
  return loadLanguage(lang).then(
    () => {
      if (wanted === lang) switchLanguage(lang);
    },
    (error: unknown) => {
      // The old language stays; the picker still shows it, so the person can try again.
      if (wanted === lang) wanted = null;
      console.warn(`Could not load the ${lang} language`, error);
    },
  );
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';
import { en, type Key } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';

export type Vars = Record<string, string | number>;

/** Text to show later, in whatever language is current then (notices keep these). */
export interface Message {
  key: Key;
  vars?: Vars;
}

const missing: string[] = [];

/**
 * A string the current language lacks. It is recorded (window.soyuzReplay.missingTranslations()
 * reads the list) and logged as a console error, which the browser tests fail on; the screen
 * shows the English text rather than a raw key.
 */
export function reportMissing(lang: string, what: string): void {
  const entry = `${lang}: ${what}`;
  if (missing.includes(entry)) return;
  missing.push(entry);
  console.error(`Missing translation (${entry})`);
}

export function missingTranslations(): readonly string[] {
  return missing;
}

/** The app's one i18next instance; the catalogues are bundled, so nothing is fetched. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    ru: { translation: ru },
    kk: { translation: kk },
  },
  lng: DEFAULT_LANG,
  supportedLngs: [...LANGUAGES],
  // No silent fallback: a key missing in Russian or Kazakh must be noticed (missingKeyHandler),
  // and parseMissingKeyHandler then shows the English text.
  fallbackLng: false,
  initAsync: false,
  returnEmptyString: false,
  saveMissing: true,
  saveMissingTo: 'current',
  missingKeyHandler: (lngs, _ns, key) => reportMissing(lngs[0] ?? '?', key),
  parseMissingKeyHandler: (key, _default, options) => {
    if ((options as { lng?: string } | undefined)?.lng === 'en' || !i18n.exists(key, { lng: 'en' }))
      return key;
    return i18n.t(key, { ...(options as object), lng: 'en' });
  },
  missingInterpolationHandler: (text, value) => {
    reportMissing(i18n.language, `{{${String(value[1])}}} in "${text}"`);
    return '';
  },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** A string in the current language (or `vars.lng`), for code outside React renders. */
export function t(key: Key, vars?: Vars & { lng?: Lang }): string {
  // Keys are checked by the Key type; i18next's own key typing is not used.
  return (i18n.t as unknown as (k: string, o?: object) => string)(key, vars);
}

export function renderMessage(m: Message | string): string {
  return typeof m === 'string' ? m : t(m.key, m.vars);
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

/** Switch the language of every label, caption and figure; the clock and the view stay as they are. */
export function setLanguage(lang: Lang): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  const handler = () => listener(currentLang());
  i18n.on('languageChanged', handler);
  return () => i18n.off('languageChanged', handler);
}

import { DEFAULT_LANG, type Lang } from './languages';
import { en, type Catalogue, type Key } from './locales/en';

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

type Tree = { readonly [k: string]: string | Tree };

/** Every leaf of a catalogue under its dotted key, the form `t` looks keys up in. */
function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') into.set(`${prefix}${k}`, v);
    else flatten(v, `${prefix}${k}.`, into);
  }
  return into;
}

/** English is in the first load; Russian and Kazakh arrive when chosen (loadLanguage.ts). */
const catalogues: Partial<Record<Lang, ReadonlyMap<string, string>>> = { en: flatten(en) };

/**
 * The English strings of the parts fetched later (locales/enLater.ts), added to the first load's
 * catalogue by laterEnglish.ts when the first such part arrives.
 */
export function addLaterEnglish(tree: Tree): void {
  flatten(tree, '', catalogues.en as Map<string, string>);
}

export function addCatalogue(lang: Lang, catalogue: Catalogue): void {
  catalogues[lang] ??= flatten(catalogue);
}

export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

/** Whether `lang`'s catalogue (loaded) has the key: for keys built from data, like event types. */
export function hasTranslation(key: string, lang: Lang): boolean {
  return catalogues[lang]?.has(key) ?? false;
}

type Formatter = (value: unknown, lang: Lang) => string;
const formatters = new Map<string, Formatter>();

/** `{{name, format}}` in a message runs the value through `format` for the message's language. */
export function addFormatter(name: string, format: Formatter): void {
  formatters.set(name, format);
}

/**
 * Fill `{{var}}` and `{{var, format}}`. Values are inserted as they are (no HTML escaping: React
 * escapes what it renders). A placeholder without its value is reported and left empty.
 */
function interpolate(text: string, vars: Vars | undefined, lang: Lang): string {
  return text.replace(/\{\{([^}]+)\}\}/g, (_, inner: string) => {
    const [name = '', format] = inner.split(',').map((s) => s.trim());
    const value = vars?.[name];
    if (value === undefined) {
      reportMissing(lang, `{{${inner}}} in "${text}"`);
      return '';
    }
    const formatter = format ? formatters.get(format) : undefined;
    return formatter ? formatter(value, lang) : String(value);
  });
}

let current: Lang = DEFAULT_LANG;
const listeners = new Set<(lang: Lang) => void>();

/**
 * A string in the current language (or `vars.lng`), for code outside React renders. A key the
 * language lacks, or a language not loaded yet, is reported and shows the English text.
 */
export function t(key: Key, vars?: Vars & { lng?: Lang }): string {
  const lang = vars?.lng ?? current;
  const catalogue = catalogues[lang];
  let text = catalogue?.get(key);
  if (text === undefined) {
    reportMissing(lang, catalogue ? key : `${key} (catalogue not loaded)`);
    text = catalogues.en?.get(key);
    if (text === undefined) return key;
    return interpolate(text, vars, 'en');
  }
  return interpolate(text, vars, lang);
}

export function renderMessage(m: Message | string): string {
  return typeof m === 'string' ? m : t(m.key, m.vars);
}

export function currentLang(): Lang {
  return current;
}

/**
 * Make a loaded language the current one and tell the listeners. Only loadLanguage.ts calls it,
 * once the language's catalogue is in, so no frame ever shows a language half there.
 */
export function switchLanguage(lang: Lang): void {
  if (!hasCatalogue(lang)) throw new Error(`The ${lang} catalogue is not loaded`);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (lang === current) return;
  current = lang;
  for (const listener of [...listeners]) listener(lang);
}

export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

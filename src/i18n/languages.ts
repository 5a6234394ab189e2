/** The languages the app speaks, by BCP 47 tag: the `lang=` parameter and `<html lang>`. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Links without `lang=` open in English, whatever the browser's language, so a shared link
 * looks the same on every screen in the room. */
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name in itself, as the picker shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

/** The Intl locale for each language: British English for day-month-year and 24-hour clocks. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

import { kazakhstanOffsetHours } from '../physics/time';
import { currentLang, INTL_LOCALE, t, type Lang } from './';

/**
 * Every date, time and number the app shows goes through here: Intl formats them for the current
 * language (en-GB, ru, kk), and the catalogue's units put the unit after them ("408.2 km",
 * "408,2 км"). Times are UTC or a fixed offset from it, never the viewer's own time zone.
 */

const cache = new Map<string, { format(value: number): string }>();

/** Decimals to show: a fixed count, or 'as is' (a constant such as 1.5 m/s, up to 3 decimals). */
type Digits = number | 'as is';
type DateKind = 'dateTime' | 'date' | 'time';

/**
 * Chromium ships ICU without Kazakh data: there 'kk' formats as "2022 M03 30" and "12,345.7".
 * Where the runtime lacks it, Kazakh numbers take Russian's separators (CLDR gives both languages
 * "12 345,7") and Kazakh dates are written from CLDR's Kazakh medium pattern, "y 'ж'. dd MMM".
 */
export const KAZAKH_MONTHS = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
] as const;

let kazakhData: boolean | undefined;
/** Whether this runtime's Intl has Kazakh month names and separators. */
function runtimeHasKazakh(): boolean {
  kazakhData ??=
    new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2022, 2)) ===
      'наурыз' && new Intl.NumberFormat('kk').format(1.5) === '1,5';
  return kazakhData;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A Kazakh date (and time) written from CLDR's pattern: "2022 ж. 30 нау., 10:29:05". */
export function formatKazakhDate(ms: number, kind: DateKind): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  if (kind === 'time') return time;
  const date = `${d.getUTCFullYear()} ж. ${two(d.getUTCDate())} ${KAZAKH_MONTHS[d.getUTCMonth()]}`;
  return kind === 'date' ? date : `${date}, ${time}`;
}

function numberFormat(lang: Lang, digits: Digits): { format(value: number): string } {
  const id = `n|${lang}|${digits}`;
  let f = cache.get(id);
  if (!f) {
    const locale = lang === 'kk' && !runtimeHasKazakh() ? 'ru' : INTL_LOCALE[lang];
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits === 'as is' ? 0 : digits,
      maximumFractionDigits: digits === 'as is' ? 3 : digits,
    });
    cache.set(id, f);
  }
  return f;
}

function dateFormat(lang: Lang, kind: DateKind): { format(ms: number): string } {
  const id = `d|${lang}|${kind}`;
  let f = cache.get(id);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }
        : kind === 'date'
          ? { dateStyle: 'medium' }
          : { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' };
    f =
      lang === 'kk' && !runtimeHasKazakh()
        ? { format: (ms: number) => formatKazakhDate(ms, kind) }
        : new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    cache.set(id, f);
  }
  return f;
}

/** A number with a fixed count of decimals, in the language's digits and separators. */
export function formatNumber(n: number, digits: Digits = 0, lang: Lang = currentLang()): string {
  return numberFormat(lang, digits).format(n);
}

type Unit = 'km' | 'm' | 'kms' | 'ms' | 'kPa' | 'Pa' | 'g' | 'm2';

/** "408.2 km", "408,2 км". */
export function formatUnit(
  unit: Unit,
  n: number,
  digits: Digits = 0,
  lang: Lang = currentLang(),
): string {
  return t(`units.${unit}`, { value: formatNumber(n, digits, lang), lng: lang });
}

/** "4 min 40 s". */
export function formatMinSec(seconds: number, lang: Lang = currentLang()): string {
  const m = Math.floor(seconds / 60);
  return t('units.minSec', {
    m: formatNumber(m, 0, lang),
    s: formatNumber(seconds - m * 60, 0, lang),
    lng: lang,
  });
}

/** Date and time of day in UTC: "30 Mar 2022, 10:29:05", "30 мар. 2022 г., 10:29:05". */
export function formatUtcClock(ms: number, lang: Lang = currentLang()): string {
  return dateFormat(lang, 'dateTime').format(ms);
}

/** The date alone, in UTC: "30 Mar 2022". Takes epoch ms or a "2022-03-30" date. */
export function formatDate(day: number | string, lang: Lang = currentLang()): string {
  const ms = typeof day === 'string' ? Date.parse(`${day}T00:00:00Z`) : day;
  return dateFormat(lang, 'date').format(ms);
}

/** Time of day in UTC: "10:29:05". */
export function formatUtcTime(ms: number, lang: Lang = currentLang()): string {
  return dateFormat(lang, 'time').format(ms);
}

/** Civil time at an offset from UTC, "16:29:05". */
export function formatLocalClock(ms: number, offsetHours: number, lang = currentLang()): string {
  return formatUtcTime(ms + offsetHours * 3_600_000, lang);
}

/** "16:29:05 (UTC+6)". */
export function formatZoneClock(ms: number, offsetHours: number, lang = currentLang()): string {
  return t('telemetry.zoneClock', {
    time: formatLocalClock(ms, offsetHours, lang),
    offset: offsetHours,
    lng: lang,
  });
}

export function formatKazakhstan(ms: number, lang = currentLang()): string {
  return formatZoneClock(ms, kazakhstanOffsetHours(ms), lang);
}

/** A playback rate as people say it: "60×", "−600×". */
export function formatRate(rate: number, lang = currentLang()): string {
  const value = `${rate < 0 ? '−' : ''}${formatNumber(Math.abs(rate), 0, lang)}`;
  return t('units.rate', { value, lng: lang });
}

/** Degrees with the hemisphere: "47.41° N", "47,41° с. ш.". */
export function formatLat(deg: number, lang = currentLang()): string {
  const value = formatNumber(Math.abs(deg), 2, lang);
  return t(deg >= 0 ? 'units.north' : 'units.south', { value, lng: lang });
}

export function formatLon(deg: number, lang = currentLang()): string {
  const value = formatNumber(Math.abs(deg), 2, lang);
  return t(deg >= 0 ? 'units.east' : 'units.west', { value, lng: lang });
}

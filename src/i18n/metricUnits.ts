import type { Lang } from './languages';

const KM_PER_MILE = 1.609344;

const km = (miles: string) => String(Math.round(Number(miles.replace(/,/g, '')) * KM_PER_MILE));

/**
 * Some sources give distances in miles (NASA, Aviation Week, Universe Today). The app speaks
 * kilometres and metres in every language, so a quoted "90 miles" reads "≈145 km": converted, and
 * marked as converted by the "≈". "Several miles" becomes "several kilometres" (no figure to convert).
 */
const RULES: Record<Lang, readonly [RegExp, (m: string, n: string) => string][]> = {
  en: [
    [/(\d[\d,]*) million miles/g, (_, n) => `≈${km(n)} million km`],
    [/(\d[\d,]*) miles/g, (_, n) => `≈${km(n)} km`],
    [/several miles/g, () => 'several kilometres'],
  ],
  ru: [
    [/(\d+) млн миль/g, (_, n) => `≈${km(n)} млн км`],
    [/(\d+) мил(?:ь|и|я)/g, (_, n) => `≈${km(n)} км`],
    [/нескольких милях/g, () => 'нескольких километрах'],
  ],
  kk: [
    [/(\d+) млн миль/g, (_, n) => `≈${km(n)} млн км`],
    [/(\d+) миль/g, (_, n) => `≈${km(n)} км`],
    [/бірнеше миль/g, () => 'бірнеше километр'],
  ],
};

/** The text with every distance the sources gave in miles shown in kilometres. */
export function inKilometres(text: string, lang: Lang): string {
  let out = text;
  for (const [pattern, replace] of RULES[lang]) out = out.replace(pattern, replace);
  return out;
}

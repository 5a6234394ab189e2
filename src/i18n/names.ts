import type { Lang } from './languages';
import { reportMissing } from './i18n';
import { isUserText } from './userText';
import type { Spelling } from './names/spellings';

/**
 * Crew, mission and place names in each language. English shows the data's own names and needs
 * no table; the Russian and Kazakh spellings (src/i18n/names/spellings.ts) are a chunk of their own,
 * loaded with either language by loadLanguage.ts, so an English first load carries none of them.
 * The functions stay synchronous: a page in Russian or Kazakh has awaited the chunk before it
 * shows, and a name asked for in a language whose names are not in yet is reported as missing.
 */
type NameTables = typeof import('./names/spellings');
type Table = Readonly<Record<string, Spelling>>;

let tables: NameTables | null = null;
let loading: Promise<void> | null = null;

/** Fetch the spellings once (one chunk serves Russian, Kazakh and the search); may be retried. */
export function loadNames(): Promise<void> {
  loading ??= import('./names/spellings').then(
    (m) => {
      tables = m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function namesLoaded(): boolean {
  return tables !== null;
}

/** The places the scene labels, by site id (src/data/sites.ts), as English writes them. */
const PLACES_EN: Readonly<Record<string, string>> = {
  zhezkazgan: 'Zhezkazgan',
  baikonur: 'Baikonur Site 31',
  arkalyk: 'Arkalyk',
};

/** The tables, or null with `what` reported when they are not in yet (a load-order bug). */
function need(lang: Lang, what: string): NameTables | null {
  if (!tables) reportMissing(lang, `${what} (names not loaded)`);
  return tables;
}

function spell(table: Table, what: string, en: string, lang: Exclude<Lang, 'en'>) {
  const s = table[en];
  if (!s) {
    reportMissing(lang, `${what}:${en}`);
    return en;
  }
  return lang === 'kk' ? (s.kk ?? s.ru) : s.ru;
}

/** Whether every part has a spelling in its table: else a user's text is shown as written. */
const spelt = (table: Table, parts: readonly string[]) => parts.every((p) => p in table);

export function personName(en: string, lang: Lang): string {
  if (lang === 'en') return en;
  const t = need(lang, `person:${en}`);
  if (!t || (isUserText(en) && !spelt(t.PEOPLE, [en]))) return en;
  return spell(t.PEOPLE, 'person', en, lang);
}

/** "Sergey Volkov (commander, Roscosmos)" → the name and the words in brackets, in `lang`. */
export function crewMember(entry: string, lang: Lang): { name: string; detail: string } {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(entry);
  const name = m ? m[1]! : entry;
  const detail = m ? m[2]! : '';
  const details = detail.split(/,\s*/).filter(Boolean);
  // A crew entry from the person's file is shown as written (in English always, else unless every
  // word has a spelling); the data's own entries with their words one comma and space apart.
  if (lang === 'en') return { name, detail: isUserText(entry) ? detail : details.join(', ') };
  const t = need(lang, `crew:${entry}`);
  if (!t || (isUserText(entry) && !(spelt(t.PEOPLE, [name]) && spelt(t.DETAILS, details))))
    return { name, detail };
  return {
    name: personName(name, lang),
    detail: details.map((d) => spell(t.DETAILS, 'crew detail', d, lang)).join(', '),
  };
}

/** A crew entry as one line: "Сергей Волков (командир, Роскосмос)". */
export function crewEntry(entry: string, lang: Lang): string {
  const { name, detail } = crewMember(entry, lang);
  return detail ? `${name} (${detail})` : name;
}

export function missionName(en: string, lang: Lang): string {
  if (lang === 'en') return en;
  const t = need(lang, `mission:${en}`);
  if (!t) return en;
  const m = /^Soyuz ([A-Z]+)-(\d+)(M?)(?: (\(.*\)))?$/.exec(en);
  const series = m && t.SERIES[m[1]!];
  // A mission name from the person's file is shown as written unless all of it has a spelling.
  if (isUserText(en) && !(m && series && (!m[4] || spelt(t.MISSION_SUFFIX, [m[4]])))) return en;
  if (!m || !series) {
    reportMissing(lang, `mission:${en}`);
    return en;
  }
  const base = `Союз ${series}-${m[2]}${m[3] ? 'М' : ''}`;
  return m[4] ? `${base} ${spell(t.MISSION_SUFFIX, 'mission suffix', m[4], lang)}` : base;
}

export function placeName(id: string, lang: Lang): string {
  const english = PLACES_EN[id];
  const p = lang === 'en' ? english : need(lang, `place:${id}`)?.PLACES[id]?.[lang];
  if (p) return p;
  if (lang === 'en' || tables) reportMissing(lang, `place:${id}`);
  return english ?? id;
}

/**
 * Every spelling of a crew entry's name the search should find: as the data writes it, in each
 * language, and the other spellings the media use (Aimbetov, Аимбетов, Айымбетов, Аймбетов).
 * Without the tables (an English page whose picker has not yet got them: MissionPicker.tsx loads
 * them when it opens) only the data's own spelling, and nothing reported.
 */
export function nameSpellings(entry: string): string[] {
  if (!tables) return [entry];
  const { name } = crewMember(entry, 'en');
  const other = tables.PEOPLE[name]?.also ?? [];
  return [entry, crewMember(entry, 'ru').name, crewMember(entry, 'kk').name, ...other];
}

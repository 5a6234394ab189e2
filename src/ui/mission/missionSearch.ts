import type { MissionRecord } from '../../data/schema';
import { crewEntry, dataText, missionName, nameSpellings, type Lang } from '../../i18n';
import { formatDate } from '../../i18n/format';

/**
 * What a search matches: the mission's words in English and in the language shown, and every
 * spelling of each crew member's name in any language (a Kazakh class types "Айымбетов", a
 * Russian paper writes "Аймбетов": both find TMA-16M).
 */
function searchText(m: MissionRecord, lang: Lang): string[] {
  const words = [m.mission, m.date, m.event_type, ...m.crew.flatMap(nameSpellings)];
  if (lang === 'en') return words;
  return [
    ...words,
    missionName(m.mission, lang),
    dataText(m.event_type, lang),
    formatDate(m.date, lang),
    ...m.crew.map((c) => crewEntry(c, lang)),
  ];
}

/** Whether a mission matches what was typed in the picker's search (any case, any spelling). */
export function matchesSearch(m: MissionRecord, query: string, lang: Lang): boolean {
  const q = query.trim().toLocaleLowerCase(lang);
  return !q || searchText(m, lang).some((w) => w.toLocaleLowerCase(lang).includes(q));
}

import type { Lang } from './languages';
import { reportMissing } from './i18n';
import { isUserText } from './userText';
import { COMPUTED } from './dataText/computed';
import { LABELS } from './dataText/labels';
import { REPORTS } from './dataText/reports';
import { RETURNS_2009_2011 } from './dataText/returns2009to2011';
import { RETURNS_2012_2013 } from './dataText/returns2012to2013';
import { RETURNS_2014_2016 } from './dataText/returns2014to2016';
import type { PhraseTable } from './dataText/types';
import { inKilometres } from './metricUnits';

/**
 * The sentences and phrases from src/data/missions.json and src/data/sites.ts that the app shows
 * (mission card: notes, landing precision, distance, attitude, pad, vehicle, coordinate status,
 * where sources disagree; marker titles: event status; picker: event type; label tooltips: site
 * sources), keyed by the English text exactly as the data has it. Figures, times and source names
 * stay as the data gives them; place names take each language's usual spelling (Zhezkazgan,
 * Dzhezkazgan, Jezkazgan, Dzheskasgan: Жезказган, Жезқазған). Source URLs are never translated.
 * tests/unit/i18n/catalogues.test.ts fails when the data gains a text not listed here.
 *
 * The tables, in src/i18n/dataText/: the first catalogue's short phrases (labels) and longer ones
 * (reports); the returns added later, by years; the computed checks that repeat one pattern.
 */
const DATA_TEXT: PhraseTable = {
  ...LABELS,
  ...REPORTS,
  ...RETURNS_2009_2011,
  ...RETURNS_2012_2013,
  ...RETURNS_2014_2016,
  ...COMPUTED,
};

/** A phrase from the mission data in `lang` (the data's own English for en), in kilometres. */
export function dataText(en: string, lang: Lang): string {
  return inKilometres(translated(en, lang), lang);
}

function translated(en: string, lang: Lang): string {
  if (lang === 'en' || en === '') return en;
  const found = DATA_TEXT[en];
  if (!found) {
    // Text from the person's own file is shown as written: no table could have it.
    if (!isUserText(en)) reportMissing(lang, `data text "${en}"`);
    return en;
  }
  return found[lang];
}

/** For the tests: whether the table has a phrase. */
export function hasDataText(en: string): boolean {
  return en in DATA_TEXT;
}

import type { Lang } from './languages';
import { reportMissing } from './i18n';
import { isUserText } from './userText';
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
 * The tables, in src/i18n/dataText/ (tables.ts joins them), are only read for Russian and
 * Kazakh, so they are a chunk of their own that loadLanguage.ts fetches with either catalogue.
 */
let DATA_TEXT: PhraseTable | null = null;
let loading: Promise<void> | null = null;

/** Fetch the phrase tables once (the same chunk serves Russian and Kazakh). */
export function loadDataText(): Promise<void> {
  loading ??= import('./dataText/tables').then(
    (m) => {
      DATA_TEXT = m.DATA_TEXT;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** A phrase from the mission data in `lang` (the data's own English for en), in kilometres. */
export function dataText(en: string, lang: Lang): string {
  return inKilometres(translated(en, lang), lang);
}

function translated(en: string, lang: Lang): string {
  if (lang === 'en' || en === '') return en;
  if (!DATA_TEXT) {
    reportMissing(lang, `data text "${en}" (phrases not loaded)`);
    return en;
  }
  const found = DATA_TEXT[en];
  if (!found) {
    // Text from the person's own file is shown as written: no table could have it.
    if (!isUserText(en)) reportMissing(lang, `data text "${en}"`);
    return en;
  }
  return found[lang];
}

/** For the tests (after loadDataText): whether the table has a phrase. */
export function hasDataText(en: string): boolean {
  return DATA_TEXT !== null && en in DATA_TEXT;
}

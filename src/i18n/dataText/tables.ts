import { COMPUTED } from './computed';
import { LABELS } from './labels';
import { REPORTS } from './reports';
import { RETURNS_2009_2011 } from './returns2009to2011';
import { RETURNS_2012_2013 } from './returns2012to2013';
import { RETURNS_2014_2016 } from './returns2014to2016';
import type { PhraseTable } from './types';

/**
 * All of the data's phrases in one table, the chunk src/i18n/dataText.ts loads when Russian or
 * Kazakh is chosen: the first catalogue's short phrases (labels) and longer ones (reports); the
 * returns added later, by years; the computed checks that repeat one pattern.
 */
export const DATA_TEXT: PhraseTable = {
  ...LABELS,
  ...REPORTS,
  ...RETURNS_2009_2011,
  ...RETURNS_2012_2013,
  ...RETURNS_2014_2016,
  ...COMPUTED,
};

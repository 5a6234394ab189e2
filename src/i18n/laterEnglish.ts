import { addLaterEnglish } from './i18n';
import { enLater } from './locales/enLater';

/**
 * Imported for its effect by each part that shows strings of locales/enLater.ts (the notes, the
 * worksheet, the presenter's view, video export): the strings come in that part's chunk, not in
 * the first load. Adding them twice is harmless.
 */
addLaterEnglish(enLater);

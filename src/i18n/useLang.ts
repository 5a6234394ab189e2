import { useSyncExternalStore } from 'react';
import { currentLang, onLanguageChange } from './i18n';
import type { Lang } from './languages';

/**
 * The current language, re-rendering the component when it changes (after the new language's
 * catalogue is in). Components then call the typed `t` from src/i18n.
 */
export function useLang(): Lang {
  return useSyncExternalStore(onLanguageChange, currentLang);
}

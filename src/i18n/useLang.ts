import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './languages';

/**
 * The current language, re-rendering the component when it changes (react-i18next listens for
 * i18next's languageChanged). Components then call the typed `t` from src/i18n.
 */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

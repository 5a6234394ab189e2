import { addFormatter } from './i18n';
import { missionName } from './names';

export {
  currentLang,
  hasTranslation,
  missingTranslations,
  onLanguageChange,
  renderMessage,
  t,
  type Message,
  type Vars,
} from './i18n';
export {
  DEFAULT_LANG,
  INTL_LOCALE,
  isLang,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Lang,
} from './languages';
export type { Key } from './locales/en';
export {
  crewEntry,
  crewMember,
  loadNames,
  missionName,
  nameSpellings,
  namesLoaded,
  personName,
  placeName,
} from './names';
export { dataText } from './dataText';
export { loadLanguage, setLanguage } from './loadLanguage';
export { markUserText } from './userText';

// "{{mission, mission}}" in a message: the data's English mission name, spelled for the language
// the message is shown in (notices are kept as messages and re-rendered when the language changes).
addFormatter('mission', (value, lang) => missionName(String(value), lang));
export { useLang } from './useLang';

import { i18n } from './i18n';
import { isLang } from './languages';
import { missionName } from './names';

export {
  currentLang,
  i18n,
  missingTranslations,
  onLanguageChange,
  renderMessage,
  setLanguage,
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
export { crewEntry, crewMember, missionName, nameSpellings, personName, placeName } from './names';
export { dataText } from './dataText';
export { markUserText } from './userText';

// "{{mission, mission}}" in a message: the data's English mission name, spelled for the language
// the message is shown in (notices are kept as messages and re-rendered when the language changes).
i18n.services.formatter?.add('mission', (value: unknown, lng: string | undefined) =>
  missionName(String(value), lng && isLang(lng) ? lng : 'en'),
);
export { useLang } from './useLang';

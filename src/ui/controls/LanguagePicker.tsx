import { LANGUAGE_NAMES, LANGUAGES, setLanguage, t, useLang, type Lang } from '../../i18n';
import './controls.css';

/**
 * English, Russian or Kazakh for every label, caption and figure. Only the words change: the
 * clock, the mission and the camera stay where they are.
 */
export function LanguagePicker() {
  const lang = useLang();
  return (
    <label className="language-picker">
      <span>{t('app.language')}</span>
      <select
        value={lang}
        onChange={(e) => setLanguage(e.target.value as Lang)}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

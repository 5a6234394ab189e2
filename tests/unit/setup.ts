import { LANGUAGES, loadLanguage } from '../../src/i18n';

// Russian and Kazakh are lazy chunks in the app (src/i18n/loadLanguage.ts); the unit tests call
// the pure functions in every language, as the CLI would after awaiting loadLanguage.
// tests/unit/i18n/loadLanguage.test.ts checks the lazy path itself on fresh modules.
await Promise.all(LANGUAGES.map(loadLanguage));

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../../src/i18n/locales/en';

/**
 * The page's path: only English is in, Russian and Kazakh are fetched when chosen. tests/unit/
 * setup.ts loads every language for the other tests, so these take fresh modules.
 */
type I18n = typeof import('../../../src/i18n');
type Core = typeof import('../../../src/i18n/i18n');
let i18n: I18n;
let core: Core;

beforeEach(async () => {
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  i18n = await import('../../../src/i18n');
  core = await import('../../../src/i18n/i18n');
});
afterEach(() => vi.restoreAllMocks());

describe('a language loads before it shows', () => {
  it('starts with English only; Russian is there once loaded, and the switch waits for it', async () => {
    expect(i18n.currentLang()).toBe('en');
    expect(i18n.hasTranslation('app.language', 'en')).toBe(true);
    expect(i18n.hasTranslation('app.language', 'ru')).toBe(false);

    const seen: string[] = [];
    i18n.onLanguageChange((lang) => seen.push(lang));
    const switching = i18n.setLanguage('ru');
    // Until the chunk is in, the page stays English and nothing is reported missing.
    expect(i18n.currentLang()).toBe('en');
    expect(i18n.t('app.language')).toBe('Language');
    expect(seen).toEqual([]);
    await switching;
    expect(seen).toEqual(['ru']);
    expect(i18n.currentLang()).toBe('ru');
    expect(i18n.t('app.language')).toBe('Язык');
    // The data's phrases came with it (one table for Russian and Kazakh).
    expect(i18n.dataText('landing', 'ru')).toBe('посадка');
    expect(i18n.missingTranslations()).toEqual([]);
  });

  it('the last choice wins, whichever chunk arrives last', async () => {
    const first = i18n.setLanguage('ru');
    const second = i18n.setLanguage('kk');
    await Promise.all([first, second]);
    expect(i18n.currentLang()).toBe('kk');

    const back = i18n.setLanguage('ru');
    // English is always in: choosing it is immediate, and the Russian arriving later is dropped.
    void i18n.setLanguage('en');
    expect(i18n.currentLang()).toBe('en');
    await back;
    expect(i18n.currentLang()).toBe('en');
    expect(i18n.hasTranslation('app.language', 'ru')).toBe(true);
  });

  it('loadLanguage lets code outside the page (CLI, tests) speak a language without switching', async () => {
    await i18n.loadLanguage('kk');
    expect(i18n.currentLang()).toBe('en');
    expect(i18n.t('app.language', { lng: 'kk' })).toBe('Тіл');
    expect(i18n.dataText('landing', 'kk')).toBe('қону');
  });

  it('asking for a language not loaded is reported and shows English', () => {
    expect(i18n.t('app.language', { lng: 'ru' })).toBe('Language');
    expect(i18n.dataText('landing', 'kk')).toBe('landing');
    expect(i18n.missingTranslations()).toEqual([
      'ru: app.language (catalogue not loaded)',
      'kk: data text "landing" (phrases not loaded)',
    ]);
  });
});

describe('t', () => {
  it('a key the language lacks is reported and shows the English, filled in', () => {
    core.addCatalogue('ru', { url: {} } as unknown as Catalogue);
    const text = i18n.t('url.unknownMission', {
      value: 'x',
      mission: 'Soyuz MS-19',
      lng: 'ru',
    });
    expect(text).toBe('mission=x is not a known mission; showing Soyuz MS-19');
    expect(i18n.missingTranslations()).toEqual(['ru: url.unknownMission']);
    expect(console.error).toHaveBeenCalledWith('Missing translation (ru: url.unknownMission)');
  });

  it('fills {{var}} as given (no HTML escaping) and spells {{mission, mission}} for the language', async () => {
    await i18n.loadLanguage('ru');
    const vars = { value: '<b>&"', mission: 'Soyuz MS-19' };
    expect(i18n.t('url.unknownMission', vars)).toBe(
      'mission=<b>&" is not a known mission; showing Soyuz MS-19',
    );
    expect(i18n.t('url.unknownMission', { ...vars, lng: 'ru' })).toBe(
      'mission=<b>&" — неизвестная миссия; показана миссия Союз МС-19',
    );
    expect(i18n.missingTranslations()).toEqual([]);
  });

  it('a placeholder without its value is reported and left empty', () => {
    const text = i18n.t('url.unknownMission', { value: 'x' });
    expect(text).toBe('mission=x is not a known mission; showing ');
    expect(i18n.missingTranslations()).toEqual([
      'en: {{mission, mission}} in "mission={{value}} is not a known mission; showing {{mission, mission}}"',
    ]);
  });

  it('a key not even English has is reported and shown as the key', () => {
    expect(i18n.t('no.such.key' as never)).toBe('no.such.key');
    expect(i18n.missingTranslations()).toEqual(['en: no.such.key']);
  });

  it('renderMessage words a kept message in the language current now', async () => {
    const message = { key: 'app.language' as const };
    expect(i18n.renderMessage(message)).toBe('Language');
    await i18n.setLanguage('kk');
    expect(i18n.renderMessage(message)).toBe('Тіл');
    expect(i18n.renderMessage('as written')).toBe('as written');
  });
});

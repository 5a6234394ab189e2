import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The names' Russian and Kazakh spellings are a chunk of their own (src/i18n/names/spellings.ts).
 * tests/unit/setup.ts loads every language for the other tests, so these take fresh modules: the
 * page's state before any language but English is in.
 */
type I18n = typeof import('../../../src/i18n');
let i18n: I18n;

beforeEach(async () => {
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  i18n = await import('../../../src/i18n');
});
afterEach(() => vi.restoreAllMocks());

describe('names before and after their spellings load', () => {
  it('English shows the data’s own names with no table loaded, and reports nothing', () => {
    expect(i18n.namesLoaded()).toBe(false);
    expect(i18n.missionName('Soyuz MS-19', 'en')).toBe('Soyuz MS-19');
    expect(i18n.personName('Oleg Kononenko', 'en')).toBe('Oleg Kononenko');
    expect(i18n.crewEntry('Sergey Volkov (commander, Roscosmos)', 'en')).toBe(
      'Sergey Volkov (commander, Roscosmos)',
    );
    expect(i18n.crewMember('Scott Kelly (NASA)', 'en')).toEqual({
      name: 'Scott Kelly',
      detail: 'NASA',
    });
    expect(i18n.placeName('zhezkazgan', 'en')).toBe('Zhezkazgan');
    // The search has only the data's spelling until the picker has loaded the others.
    expect(i18n.nameSpellings('Aidyn Aimbetov (Kazakhstan)')).toEqual([
      'Aidyn Aimbetov (Kazakhstan)',
    ]);
    expect(i18n.missingTranslations()).toEqual([]);
  });

  it('a name asked for in Russian before its spellings are in is reported and shown in English', () => {
    expect(i18n.missionName('Soyuz MS-19', 'ru')).toBe('Soyuz MS-19');
    expect(i18n.placeName('baikonur', 'kk')).toBe('Baikonur Site 31');
    expect(i18n.missingTranslations()).toEqual([
      'ru: mission:Soyuz MS-19 (names not loaded)',
      'kk: place:baikonur (names not loaded)',
    ]);
  });

  it('loading a language brings its spellings; loadNames alone serves the search', async () => {
    await i18n.loadLanguage('kk');
    expect(i18n.namesLoaded()).toBe(true);
    expect(i18n.missionName('Soyuz TMA-18M', 'kk')).toBe('Союз ТМА-18М');
    expect(i18n.crewEntry('Aidyn Aimbetov (Kazakhstan)', 'kk')).toBe('Айдын Айымбетов (Қазақстан)');
    expect(i18n.placeName('zhezkazgan', 'ru')).toBe('Жезказган');
    expect(i18n.nameSpellings('Aidyn Aimbetov (Kazakhstan)')).toEqual([
      'Aidyn Aimbetov (Kazakhstan)',
      'Айдын Аимбетов',
      'Айдын Айымбетов',
      'Айдын Аймбетов',
    ]);
    // A name the tables lack is still reported, as before.
    expect(i18n.personName('Nobody Known', 'ru')).toBe('Nobody Known');
    expect(i18n.missingTranslations()).toEqual(['ru: person:Nobody Known']);
  });

  it('the search’s spellings load on their own, without a catalogue', async () => {
    await i18n.loadNames();
    expect(i18n.hasTranslation('app.language', 'ru')).toBe(false);
    expect(i18n.nameSpellings('Oleg Kononenko (commander, Roscosmos)')).toContain('Олег Кононенко');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import type { Reason } from '../../../src/replay/reasons';
import { reasonText } from '../../../src/ui/reasonText';

afterEach(() => setLanguage('en'));

describe('reasons in words', () => {
  it('says each reason in English with its values', () => {
    expect(reasonText({ code: 'noTleReturn', mission: 'Soyuz MS-17' }, 'en')).toBe(
      'No ISS element set near Soyuz MS-17’s return',
    );
    expect(reasonText({ code: 'notLanding', mission: 'Bare return' }, 'en')).toBe(
      'Bare return is not a landing replay',
    );
    expect(reasonText({ code: 'noTleNear', days: 30 }, 'en')).toBe(
      'No ISS orbit data within 30 days of this date',
    );
    expect(reasonText({ code: 'couldNotModelDescent', detail: 'bad burn' }, 'en')).toBe(
      'The descent could not be modelled: bad burn',
    );
  });

  it('spells the mission for the language and keeps the physics detail as written', () => {
    expect(reasonText({ code: 'noPad', mission: 'Soyuz MS-22' }, 'ru')).toMatch(/Союз МС-22/);
    expect(reasonText({ code: 'noDocking', mission: 'Soyuz MS-22' }, 'kk')).toMatch(/Союз МС-22/);
    const ru = reasonText({ code: 'couldNotModelAscent', detail: 'SGP4 error 6' }, 'ru');
    expect(ru).toMatch(/SGP4 error 6$/);
    expect(ru.replace('SGP4 error 6', '')).not.toMatch(/[A-Za-z]/);
  });

  it('has words for every code in every language', () => {
    const all: Reason[] = [
      { code: 'couldNotModelDescent', detail: 'x' },
      { code: 'couldNotModelAscent', detail: 'x' },
      { code: 'notLanding', mission: 'Soyuz MS-19' },
      { code: 'noTimes', mission: 'Soyuz MS-19' },
      { code: 'noTleReturn', mission: 'Soyuz MS-19' },
      { code: 'noTleLaunch', mission: 'Soyuz MS-19' },
      { code: 'noPad', mission: 'Soyuz MS-19' },
      { code: 'noLandingPoint', mission: 'Soyuz MS-19' },
      { code: 'noDocking', mission: 'Soyuz MS-19' },
      { code: 'noTle' },
      { code: 'noTleNear', days: 30 },
      { code: 'sgp4' },
    ];
    for (const lang of ['en', 'ru', 'kk'] as const)
      for (const r of all) {
        const text = reasonText(r, lang);
        expect(text, `${lang} ${r.code}`).not.toMatch(/\{\{|reason\.|telemetry\./);
        expect(text.length).toBeGreaterThan(10);
      }
  });
});

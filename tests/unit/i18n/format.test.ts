import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import {
  formatKazakhDate,
  formatLat,
  formatNumber,
  formatRate,
  formatUnit,
  formatUtcClock,
} from '../../../src/i18n/format';

afterEach(() => setLanguage('en'));

describe('formatting for the language', () => {
  it('writes numbers, units, dates and hemispheres the way each language does', () => {
    const ms = Date.UTC(2022, 2, 30, 10, 29, 5);
    expect(formatUnit('km', 408.23, 1, 'en')).toBe('408.2 km');
    expect(formatUnit('km', 408.23, 1, 'ru')).toBe('408,2 км');
    expect(formatUnit('ms', 7.2, 'as is', 'kk')).toBe('7,2 м/с');
    expect(formatNumber(12345.5, 1, 'ru').replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatUtcClock(ms, 'en')).toBe('30 Mar 2022, 10:29:05');
    expect(formatUtcClock(ms, 'ru')).toBe('30 мар. 2022 г., 10:29:05');
    expect(formatUtcClock(ms, 'kk')).toBe('2022 ж. 30 нау., 10:29:05');
    expect(formatLat(-47.41, 'ru')).toBe('47,41° ю. ш.');
    expect(formatLat(47.41, 'kk')).toBe('47,41° с. е.');
    expect(formatRate(-600, 'en')).toBe('−600×');
  });

  it('writes Kazakh dates as CLDR does where the browser has no Kazakh data (Chromium)', () => {
    // Node's full ICU has the Kazakh data: the hand-written pattern must give the same text.
    const intl = new Intl.DateTimeFormat('kk', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
      hourCycle: 'h23',
    });
    for (let month = 0; month < 12; month++) {
      const ms = Date.UTC(2016 + month, month, 3 + 2 * month, month, 7 * month, 59 - month);
      expect(formatKazakhDate(ms, 'dateTime')).toBe(intl.format(ms));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { missions, DEFAULT_MISSION_ID } from '../../../../src/data/catalog';
import { formatUrlState, parseUrlState } from '../../../../src/app/urlState';
import {
  APP_PARAMS,
  preferredLang,
  rememberWelcomed,
  shouldWelcome,
  startLang,
  WELCOMED_KEY,
  type WelcomeStorage,
} from '../../../../src/ui/welcome/shouldWelcome';

/** An in-memory Storage, as a fresh browser profile has. */
function memory(
  initial: Record<string, string> = {},
): WelcomeStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

/** Storage a private window or blocked cookies give: every call throws. */
const refusing: WelcomeStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};

describe('shouldWelcome', () => {
  it('greets a first open with no link', () => {
    expect(shouldWelcome('', memory())).toBe(true);
    expect(shouldWelcome('?', memory())).toBe(true);
  });

  it('greets when the query holds none of the app’s parameters', () => {
    expect(shouldWelcome('?utm_source=newsletter', memory())).toBe(true);
  });

  it.each(APP_PARAMS)('skips it for a link with %s=', (p) => {
    expect(shouldWelcome(`?${p}=x`, memory())).toBe(false);
    expect(shouldWelcome(`?utm=1&${p}=`, memory())).toBe(false);
  });

  it('skips the example classroom link', () => {
    const link = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:40:00Z&rate=0';
    expect(shouldWelcome(link, memory())).toBe(false);
  });

  it('greets once: remembered after it closes', () => {
    const store = memory();
    expect(shouldWelcome('', store)).toBe(true);
    rememberWelcomed(store);
    expect(store.data.get(WELCOMED_KEY)).toBe('1');
    expect(shouldWelcome('', store)).toBe(false);
    expect(shouldWelcome('', memory({ [WELCOMED_KEY]: 'something else' }))).toBe(true);
  });

  it('does not fail where storage refuses or is missing: it greets, and closing does not throw', () => {
    expect(shouldWelcome('', refusing)).toBe(true);
    expect(() => rememberWelcomed(refusing)).not.toThrow();
    expect(shouldWelcome('', null)).toBe(true);
    expect(() => rememberWelcomed(null)).not.toThrow();
  });
});

describe('APP_PARAMS', () => {
  it('is the list the URL parser reads: none of them is reported as unknown', () => {
    for (const p of APP_PARAMS) {
      const req = parseUrlState(`?${p}=`, missions, DEFAULT_MISSION_ID);
      expect(req.ignoredMessages.map((m) => m.key)).not.toContain('url.unknownParam');
    }
    const other = parseUrlState('?zoom=2', missions, DEFAULT_MISSION_ID);
    expect(other.ignoredMessages.map((m) => m.key)).toContain('url.unknownParam');
  });

  it('covers every parameter a shared link carries', () => {
    const link = formatUrlState({
      missionId: DEFAULT_MISSION_ID,
      utcMs: Date.UTC(2022, 2, 30, 10, 40),
      rate: 60,
      playing: true,
      camera: 'iss',
      present: true,
      lang: 'kk',
    });
    for (const key of new URLSearchParams(link).keys()) expect(APP_PARAMS).toContain(key);
  });
});

describe('preferredLang', () => {
  it('takes the first language the app speaks, region tags included', () => {
    expect(preferredLang(['kk-KZ', 'ru-RU', 'en'])).toBe('kk');
    expect(preferredLang(['de-DE', 'ru'])).toBe('ru');
    expect(preferredLang(['en-US'])).toBe('en');
  });

  it('gives null where the browser names none of them', () => {
    expect(preferredLang(['de', 'fr-FR'])).toBeNull();
    expect(preferredLang([])).toBeNull();
  });
});

describe('startLang', () => {
  it('a first visit with no link opens in the browser’s language, loaded before the first paint', () => {
    expect(startLang('en', '', memory(), ['kk-KZ', 'ru'])).toBe('kk');
    expect(startLang('en', '', memory(), ['de-DE'])).toBe('en');
  });

  it('a link, or a browser already welcomed, keeps the link’s language', () => {
    expect(startLang('en', '?mission=soyuz-ms-19-landing', memory(), ['ru-RU'])).toBe('en');
    expect(startLang('kk', '?lang=kk', memory(), ['ru-RU'])).toBe('kk');
    expect(startLang('en', '', memory({ [WELCOMED_KEY]: '1' }), ['ru-RU'])).toBe('en');
  });
});

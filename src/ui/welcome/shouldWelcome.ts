import { isLang, type Lang } from '../../i18n';

/** Set once the welcome has been closed in any way, so it greets a browser only once. */
export const WELCOMED_KEY = 'soyuz.welcomed';

/**
 * The query parameters the app reads (src/app/urlState.ts; a unit test keeps the two lists the
 * same). A link with any of them was made to open something, so it skips the welcome.
 */
export const APP_PARAMS: readonly string[] = [
  'mission',
  't',
  'rate',
  'camera',
  'present',
  'lang',
  'view',
];

/** The part of Storage the welcome uses; null where the browser gives no storage at all. */
export type WelcomeStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

/**
 * Whether to greet: a first open (nothing remembered) with no link to follow. Storage that
 * throws (a private window, blocked cookies) counts as nothing remembered: the welcome shows
 * rather than the app failing, and closes as usual.
 */
export function shouldWelcome(search: string, storage: WelcomeStorage): boolean {
  const params = new URLSearchParams(search);
  if (APP_PARAMS.some((p) => params.has(p))) return false;
  try {
    return storage?.getItem(WELCOMED_KEY) !== '1';
  } catch {
    return true;
  }
}

/** Remember that this browser has been welcomed; where storage refuses, it greets again next time. */
export function rememberWelcomed(storage: WelcomeStorage): void {
  try {
    storage?.setItem(WELCOMED_KEY, '1');
  } catch {
    // Nothing to do: the welcome closes all the same.
  }
}

/** window.localStorage, or null where even reading the property throws (blocked storage). */
export function browserStorage(): WelcomeStorage {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The query string the page was opened with. The address bar is rewritten to the clock's state
 * as soon as the app starts (app/urlSync.ts), so location.search no longer tells whether the
 * person followed a link; the navigation entry keeps the URL as it was requested.
 */
export function openedSearch(): string {
  const nav = performance.getEntriesByType?.('navigation')[0];
  if (nav?.name) {
    try {
      return new URL(nav.name).search;
    } catch {
      // Fall through to the address bar.
    }
  }
  return window.location.search;
}

/**
 * The first of the browser's preferred languages the app speaks ("kk-KZ" is Kazakh), or null.
 * Only the welcome uses it: a link opens in its own `lang=` (English without one), so a shared
 * link looks the same on every screen, but a first visit with no link may greet in the visitor's
 * language.
 */
export function preferredLang(languages: readonly string[]): Lang | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return null;
}

/**
 * The language the page opens in: the link's (`lang=`, English without it), or on a first visit
 * with no link the browser's, which the welcome greets in. main.tsx loads it before the first paint.
 */
export function startLang(
  linkLang: Lang,
  search: string,
  storage: WelcomeStorage,
  languages: readonly string[],
): Lang {
  return (shouldWelcome(search, storage) && preferredLang(languages)) || linkLang;
}

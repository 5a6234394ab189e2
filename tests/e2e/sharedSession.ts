import { afterAll, beforeAll, expect, inject } from 'vitest';
import { browserEndpoint, openSharedSession, type Session } from './browser';

/**
 * One browser context for a whole test file (fresh and isolated, in the browser the files
 * share): opened before the first test, and closed after the last once it has checked that the
 * whole run stayed on the app's own origin and logged no error.
 * Returns a stand-in whose fields read through to the live session.
 */
export function sharedSession(
  baseUrl: string,
  viewport = { width: 1280, height: 720 },
  device: { hasTouch?: boolean; isMobile?: boolean } = {},
): Session {
  let live: Session | undefined;
  const get = () => {
    if (!live) throw new Error('the browser session is used before beforeAll opened it');
    return live;
  };
  beforeAll(async () => {
    live = await openSharedSession(
      browserEndpoint(inject('browserWsEndpoints')),
      baseUrl,
      viewport,
      device,
    );
  });
  afterAll(async () => {
    const s = get();
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });
  return {
    get context() {
      return get().context;
    },
    get page() {
      return get().page;
    },
    get foreignRequests() {
      return get().foreignRequests;
    },
    get errors() {
      return get().errors;
    },
    close: () => get().close(),
  };
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  browserEndpoint,
  getState,
  openApp,
  openSharedSession,
  SMALL_VIEWPORT,
  type Session,
} from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

beforeAll(async () => {
  session = await openSharedSession(
    browserEndpoint(inject('browserWsEndpoints')),
    baseUrl,
    SMALL_VIEWPORT,
  );
});

afterAll(async () => {
  await session.context.setOffline(false);
  expect(session.foreignRequests).toEqual([]);
  await session.close();
});

describe('offline', () => {
  it('after one visit, reloads and runs replays with the network cut', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&rate=0');
    const page = session.page;
    // Wait until the service worker controls the page and has cached the whole build.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const keys = await caches.keys();
            if (keys.length === 0) return 0;
            return (await (await caches.open(keys[0]!)).keys()).length;
          }),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(10);
    await session.context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Another mission, another moment, another camera: all from the cache.
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-tma-18m-landing&t=2016-03-02T04:15:00Z&rate=0&camera=soyuz',
    );
    const s = await getState(page);
    expect(s.ready).toBe(true);
    expect(s.mission).toBe('soyuz-tma-18m-landing');
    expect(s.capsule).not.toBeNull();
    expect(session.errors).toEqual([]);
  });
});

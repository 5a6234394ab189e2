import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

const TEXTURE =
  /\/assets\/(earth-blue-marble|earth-lights|earth-water|night-sky)-[^/]*\.(jpg|png)$/;

describe('textures', () => {
  it('the first picture waits for the small textures only; the full ones follow by themselves', async () => {
    const page = session.page;
    const fetched: { url: string; beforeReady: boolean }[] = [];
    let ready = false;
    page.on('request', (r) => {
      // The offline cache's worker fetches every file of the build after ready: not the page's.
      // and this test's own fetches, to weigh the files, are not the scene's either.
      if (r.serviceWorker() || r.resourceType() !== 'image') return;
      if (TEXTURE.test(new URL(r.url()).pathname))
        fetched.push({ url: r.url(), beforeReady: !ready });
    });
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=0',
      'ready',
    );
    ready = true;
    const kb = async (url: string) =>
      (await page.evaluate(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength, url)) /
      1024;
    const early = fetched.filter((f) => f.beforeReady);
    expect(early).toHaveLength(4);
    for (const f of early) expect(await kb(f.url)).toBeLessThan(150);

    await expect
      .poll(async () => (await getState(page)).texturesFull, { timeout: 90_000, interval: 500 })
      .toBe(true);
    const late = fetched.filter((f) => !f.beforeReady);
    expect(late).toHaveLength(4);
    // The full Blue Marble is the 1.4 MB one.
    const sizes = await Promise.all(late.map((f) => kb(f.url)));
    expect(Math.max(...sizes)).toBeGreaterThan(1000);
  });
});

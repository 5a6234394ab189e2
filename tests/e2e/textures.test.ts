import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

const TEXTURE =
  /\/assets\/(earth-blue-marble|earth-lights|earth-water|night-sky)-[^/]*\.(jpg|png)$/;

type Marked = { readyAt?: number };

describe('textures', () => {
  it('the first picture waits for the small textures only; the full ones follow by themselves', async () => {
    const page = session.page;
    // Chromium warns of a preload that the page's own request did not reuse (a different `as`
    // or CORS mode fetches the file twice).
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // The page notes, on its own clock, when it becomes ready; each texture request is sorted by
    // when the page started it. (Sorting by when this process heard of the request raced the
    // message that said ready: on a loaded machine a full texture's request could come in first.)
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.documentElement?.dataset.ready !== 'true') return;
        (window as Marked).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=0',
      'ready',
    );
    const kb = async (url: string) =>
      (await page.evaluate(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength, url)) /
      1024;
    /**
     * The page's own texture requests so far (the offline cache's worker fetches every file of
     * the build after ready, in its own timeline; this test's fetches, to weigh the files, are
     * not images), and whether each started before ready. The small ones are preloaded from
     * index.html ('link'), which three's image request then reuses without an entry of its own.
     */
    const fetched = () =>
      page.evaluate(
        (pattern) =>
          performance
            .getEntriesByType('resource')
            .filter(
              (e) =>
                ['img', 'link'].includes((e as PerformanceResourceTiming).initiatorType) &&
                new RegExp(pattern).test(new URL(e.name).pathname),
            )
            .map((e) => ({ url: e.name, beforeReady: e.startTime < (window as Marked).readyAt! })),
        TEXTURE.source,
      );
    const early = (await fetched()).filter((f) => f.beforeReady);
    expect(early).toHaveLength(4);
    expect(new Set(early.map((f) => f.url)).size).toBe(4);
    // The coarse borders too, once, before ready.
    const borders = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/countries-110m-[^/]*\.json$/.test(e.name))
        .map((e) => e.startTime < (window as Marked).readyAt!),
    );
    expect(borders).toEqual([true]);
    for (const f of early) expect(await kb(f.url)).toBeLessThan(150);

    await expect
      .poll(async () => (await getState(page)).texturesFull, { timeout: 90_000, interval: 500 })
      .toBe(true);
    const all = await fetched();
    expect(all.filter((f) => f.beforeReady)).toEqual(early);
    // Seconds after the load event by now, when Chromium reports an unused preload.
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    const late = all.filter((f) => !f.beforeReady);
    expect(late).toHaveLength(4);
    // On this software renderer the full set is the 2K one: its Blue Marble is ~390 KB, four
    // times the preview's pixels and a quarter of the 4K file's (1.4 MB), which a GPU gets.
    const sizes = await Promise.all(late.map((f) => kb(f.url)));
    expect(Math.max(...sizes)).toBeGreaterThan(300);
    expect(Math.max(...sizes)).toBeLessThan(1000);
  });

  it("a software renderer can still be given the 4K set (localStorage 'soyuz.textures')", async () => {
    const page = session.page;
    await page.evaluate(() => localStorage.setItem('soyuz.textures', 'full'));
    await openApp(session, baseUrl, '?rate=0');
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /earth-blue-marble/.test(e.name))
        .map((e) => e.name),
    );
    const kb = async (url: string) =>
      (await page.evaluate(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength, url)) /
      1024;
    const sizes = await Promise.all(urls.map(kb));
    expect(Math.max(...sizes)).toBeGreaterThan(1000);
    await page.evaluate(() => localStorage.removeItem('soyuz.textures'));
  });
});

/**
 * First-load figures: JS bundle size (raw and gzip), total bytes of the first load, and the time
 * to ready (median of 10, each in a fresh profile: a cold cache, as a first visit) in headless
 * Chromium on this machine, two ways:
 * - in the page: the app's own `ready` performance mark, from the navigation's start (what a
 *   visitor waits; no test harness in it);
 * - by the probe: from the harness asking for the page until it sees `data-ready` (what a browser
 *   test waits: adds the navigation request and the harness's polling).
 * Each run starts a fresh browser, lets it finish its own start-up on about:blank, then opens the
 * app: a visitor's browser is already running. Measured on Chromium 156, a browser that has just
 * started spends 0.5–1.5 s of CPU in the next seconds on its own pages (the omnibox popup's WebUI)
 * and starting its GPU process, which on this 2-core machine landed inside the app's load.
 * Run: npm run bench -- load   (needs `npm run build` first, or SOYUZ_DIST=<folder>)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildScripts } from '../tools/firstLoadBytes';
import { serveDist } from '../tools/serveDist';
import { openApp, openBrowser } from '../tests/e2e/browser';

const RUNS = 10;
/** How long a new browser is left on about:blank before the app is opened. */
export const BROWSER_SETTLE_MS = 3_000;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The in-page ready time, ms from navigation start: the app's `ready` mark, or, for a build from
 * before the mark, the moment `data-ready` was set, seen by an observer installed before any
 * script of the page runs.
 */
function installReadyObserver() {
  const w = window as unknown as { __readyAt?: number };
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.ready !== 'true') return;
    w.__readyAt = performance.now();
    observer.disconnect();
    // The document, not its root element: an init script runs before <html> exists.
  }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
}

export async function loadBenchmark(viewport = { width: 1280, height: 720 }) {
  const dist = process.env.SOYUZ_DIST ?? 'dist';
  const assets = join(dist, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let jsRaw = 0;
  let jsGzip = 0;
  for (const f of js) {
    const buf = readFileSync(join(assets, f));
    jsRaw += buf.length;
    jsGzip += gzipSync(buf, { level: 9 }).length;
  }

  const server = await serveDist();
  const base = server.url;
  const pageMs: number[] = [];
  const probeMs: number[] = [];
  let markSeen = false;
  let firstLoadBytes = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const session = await openBrowser(base, viewport);
      await session.page.goto('about:blank');
      await new Promise((r) => setTimeout(r, BROWSER_SETTLE_MS));
      // Each response's size and when its request was sent (ms since the epoch): what counts is
      // what was asked for before ready; the full textures are asked for just after it, and
      // whether their responses came before the probe saw ready was a matter of timing.
      const responses: { bytes: number; sentAt: number }[] = [];
      session.page.on('response', (r) => {
        const sentAt = r.request().timing().startTime;
        const size = Number(r.headers()['content-length'] ?? 0);
        if (size) responses.push({ bytes: size, sentAt });
        else {
          const path = new URL(r.url()).pathname;
          try {
            responses.push({
              bytes: statSync(join(dist, path === '/' ? 'index.html' : path)).size,
              sentAt,
            });
          } catch {
            /* not a file of ours */
          }
        }
      });
      await session.context.addInitScript(installReadyObserver);
      const t0 = performance.now();
      await openApp(session, base, '?rate=0', 'ready');
      probeMs.push(performance.now() - t0);
      const inPage = await session.page.evaluate(() => {
        const mark = performance.getEntriesByName('ready', 'mark')[0];
        return {
          mark: mark?.startTime,
          observed: (window as { __readyAt?: number }).__readyAt,
          timeOrigin: performance.timeOrigin,
        };
      });
      if (inPage.mark !== undefined) markSeen = true;
      const at = inPage.mark ?? inPage.observed;
      if (at === undefined) throw new Error('the page became ready but no ready time was seen');
      pageMs.push(at);
      const readyEpochMs = inPage.timeOrigin + at;
      firstLoadBytes = responses
        .filter((r) => r.sentAt <= readyEpochMs)
        .reduce((sum, r) => sum + r.bytes, 0);
      await session.close();
    }
  } finally {
    await server.close();
  }
  const round = (v: number[]) => [...v].sort((a, b) => a - b).map(Math.round);
  return {
    viewport: `${viewport.width}x${viewport.height}`,
    runs: RUNS,
    // What a first visit fetches before the app runs (the entry and its modulepreloads), kB.
    firstLoadJsGzipKB: +(buildScripts(dist).firstLoadGzip / 1000).toFixed(1),
    // Every chunk of the build, the lazy parts, languages and the worker included.
    allJsFiles: js.length,
    allJsKiB: +(jsRaw / 1024).toFixed(1),
    allJsGzipKiB: +(jsGzip / 1024).toFixed(1),
    firstLoadMiB: +(firstLoadBytes / 1024 / 1024).toFixed(2),
    inPageReadySource: markSeen ? "performance mark 'ready'" : 'data-ready observer',
    inPageReadyMedianMs: Math.round(median(pageMs)),
    inPageReadyRunsMs: round(pageMs),
    probeReadyMedianMs: Math.round(median(probeMs)),
    probeReadyRunsMs: round(probeMs),
  };
}

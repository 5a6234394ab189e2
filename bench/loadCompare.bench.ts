/**
 * Two builds' in-page ready, run by run in turn (A, B, B, A, A, B…), each run a fresh browser
 * left 3 s on about:blank first, as in the load bench. This machine's speed drifts by 20–25 % from
 * one hour to the next, more than most changes to the start: two benches of 10 run minutes apart
 * compare the hours as much as the builds. Taking turns puts both builds in the same minutes.
 * Run: SOYUZ_DIST=<build A> SOYUZ_DIST_B=<build B> npm run bench -- load-compare
 */
import { serveDist } from '../tools/serveDist';
import { openApp, openBrowser } from '../tests/e2e/browser';
import { BROWSER_SETTLE_MS, median } from './load.bench';

const RUNS = 20;

async function readyOnce(base: string, viewport: { width: number; height: number }) {
  const session = await openBrowser(base, viewport);
  try {
    await session.page.goto('about:blank');
    await new Promise((r) => setTimeout(r, BROWSER_SETTLE_MS));
    await openApp(session, base, '?rate=0', 'ready');
    const at = await session.page.evaluate(
      () => performance.getEntriesByName('ready', 'mark')[0]?.startTime,
    );
    if (at === undefined) throw new Error(`${base}: the page became ready with no 'ready' mark`);
    return at;
  } finally {
    await session.close();
  }
}

export async function loadComparison(
  distA: string,
  distB: string,
  runs = RUNS,
  viewport = { width: 1280, height: 720 },
) {
  const servers = [await serveDist(distA), await serveDist(distB)];
  const ms: [number[], number[]] = [[], []];
  try {
    for (let i = 0; i < runs; i++) {
      // A B, then B A: neither build always goes first after the other's browser closed.
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) ms[k]!.push(await readyOnce(servers[k]!.url, viewport));
    }
  } finally {
    for (const s of servers) await s.close();
  }
  const sorted = (v: number[]) => [...v].sort((a, b) => a - b).map(Math.round);
  return {
    viewport: `${viewport.width}x${viewport.height}`,
    runsEach: runs,
    a: { dist: distA, inPageReadyMedianMs: Math.round(median(ms[0])), runsMs: sorted(ms[0]) },
    b: { dist: distB, inPageReadyMedianMs: Math.round(median(ms[1])), runsMs: sorted(ms[1]) },
    bMinusAMs: Math.round(median(ms[1]) - median(ms[0])),
  };
}

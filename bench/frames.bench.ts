/**
 * Frame-time benchmark: the app playing a replay at 60x against a plain globe.gl globe with the
 * same Blue Marble texture (the peer), both in headless Chromium on this machine, in one run,
 * served from one origin; and the frames the app draws in 5 s while paused (goal 0).
 * Run: npm run bench -- frames   (needs a build: `npm run build`, or SOYUZ_DIST=<folder>)
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, openBrowser, type Session } from '../tests/e2e/browser';
import { serveDist } from '../tools/serveDist';
import { sampleFrames, type FrameStats } from './frameSampler';
import { buildPeer, PEER_PATH } from './peer/build';

/** A replay with the descent ahead; rate=60 also turns smart rate off, so the rate stays 60. */
export const APP_QUERY = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=60';
/** The same moment, paused (rate=0 opens paused). */
const PAUSED_QUERY = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=0';
/**
 * The close-up views a class watches, each in the chase camera playing at real time (rate=1,
 * which also turns smart rate off): the burn's plume, the sheath in blackout, the capsule under
 * the main canopy. Compared with the Earth view above, not with the peer (it has no close-ups).
 */
export const CLOSE_UPS = [
  {
    name: 'chase, deorbit burn',
    query: '?mission=soyuz-ms-19-landing&t=2022-03-30T10:35:00Z&camera=soyuz&rate=1',
  },
  {
    name: 'chase, blackout',
    query: '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&camera=soyuz&rate=1',
  },
  {
    name: 'chase, main canopy',
    query: '?mission=soyuz-ms-19-landing&t=2022-03-30T11:16:00Z&camera=soyuz&rate=1',
  },
] as const;
/** BENCH_VIEWPORTS (e.g. `3840x2160,1920x1080`) replaces these. */
export const VIEWPORTS = parseViewports(process.env.BENCH_VIEWPORTS) ?? [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const SAMPLE_MS = 10_000;
const PAUSED_MS = 5_000;
/** Time after ready before sampling: shaders compile and the opening camera move settles. */
const SETTLE_MS = 2_000;
/** The app's pixel ratio counts as settled once unchanged this long; waited for at most the limit. */
const RATIO_STEADY_MS = 4_000;
const RATIO_LIMIT_MS = 40_000;
/** Longest one browser session may take (opening the app on software WebGL is the slow part). */
const SESSION_LIMIT_MS = 180_000;
/** The app's field of view (src/scene/SceneCanvas.tsx), given to the peer so Earth looks as big. */
const APP_FOV_DEG = 40;
const EARTH_RADIUS_KM = 6371;

/** `3840x2160,1920x1080` as viewports; undefined when unset, and an error when malformed. */
function parseViewports(spec: string | undefined): { width: number; height: number }[] | undefined {
  if (!spec) return undefined;
  return spec.split(',').map((v) => {
    const m = /^\s*(\d+)x(\d+)\s*$/.exec(v);
    if (!m) throw new Error(`BENCH_VIEWPORTS: expected WIDTHxHEIGHT[,…], got ${JSON.stringify(v)}`);
    return { width: Number(m[1]), height: Number(m[2]) };
  });
}

export interface ViewportResult {
  viewport: string;
  ours: FrameStats & { rate: number; smart: boolean; cameraAltKm: number; pixelRatio: number };
  peer: FrameStats & { textureWidth: number; textureHeight: number };
  /** Our median frame time over the peer's. */
  ratio: number;
  pausedFrames: number;
  closeUps: (FrameStats & { name: string; query: string; pixelRatio: number })[];
}

export interface FramesResult {
  date: string;
  machine: { cpu: string; cores: number; chromium: string; gpu: string; node: string };
  appQuery: string;
  sampleSeconds: number;
  viewports: ViewportResult[];
}

/** The peer and the app must work offline: any request to another host fails the bench. */
function assertNoForeignRequests(session: Session, label: string): void {
  if (session.foreignRequests.length > 0)
    throw new Error(`${label}: requests to other hosts: ${session.foreignRequests.join(', ')}`);
}

/**
 * Open a fresh browser (fresh profile: a cold cache and no service worker of the app on the peer
 * page), run `fn`, and always close it. After SESSION_LIMIT_MS the browser is closed under `fn`,
 * which makes its pending calls fail, and the error says it was the time limit.
 */
async function withSession<T>(
  base: string,
  viewport: { width: number; height: number },
  label: string,
  fn: (s: Session) => Promise<T>,
): Promise<T> {
  const session = await openBrowser(base, viewport);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void session.close();
  }, SESSION_LIMIT_MS);
  try {
    const out = await fn(session);
    assertNoForeignRequests(session, label);
    return out;
  } catch (e) {
    // A page that waited on another host fails by timing out; say what it asked for instead.
    assertNoForeignRequests(session, label);
    if (timedOut)
      throw new Error(`${label}: over the ${SESSION_LIMIT_MS / 1000} s limit`, { cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
    await session.close();
  }
}

const wait = (page: Page, ms: number) => page.waitForTimeout(ms);

/**
 * Wait until the app's pixel ratio has held for RATIO_STEADY_MS: on a slow machine it lowers
 * the ratio while playing (src/scene/render/pixelRatioGovernor.ts), and the figure is of the settled
 * app, not of its first seconds. Gives up after RATIO_LIMIT_MS and samples anyway.
 */
async function settlePixelRatio(page: Page): Promise<void> {
  const start = Date.now();
  let ratio = NaN;
  let since = start;
  while (Date.now() - start < RATIO_LIMIT_MS) {
    const now = await page.evaluate(() => window.soyuzReplay!.getState().pixelRatio);
    if (now !== ratio) [ratio, since] = [now, Date.now()];
    else if (Date.now() - since >= RATIO_STEADY_MS) return;
    await wait(page, 500);
  }
}

async function measureOurs(session: Session, base: string): Promise<ViewportResult['ours']> {
  const { page } = session;
  await openApp(session, base, APP_QUERY);
  await wait(page, SETTLE_MS);
  await settlePixelRatio(page);
  const stats = await sampleFrames(page, 'app', SAMPLE_MS);
  const s = await page.evaluate(() => window.soyuzReplay!.getState());
  // The figure is only what it says if the replay really played at 60x all along.
  if (!s.playing || s.rate !== 60 || s.smart)
    throw new Error(`ours: expected playing at 60x, smart off; got ${JSON.stringify(s)}`);
  return {
    ...stats,
    rate: s.rate,
    smart: s.smart,
    cameraAltKm: Math.round(s.cameraAltKm),
    pixelRatio: s.pixelRatio,
  };
}

async function measurePeer(
  page: Page,
  base: string,
  cameraAltKm: number,
): Promise<ViewportResult['peer']> {
  await page.goto(`${base}${PEER_PATH}index.html`);
  await page.waitForFunction(() => window.soyuzPeer?.getState().ready === true, null, {
    timeout: 60_000,
  });
  await page.evaluate(
    ([alt, fov]) => window.soyuzPeer!.setView(alt!, fov!),
    [cameraAltKm / EARTH_RADIUS_KM, APP_FOV_DEG],
  );
  await wait(page, SETTLE_MS);
  const stats = await sampleFrames(page, 'peer', SAMPLE_MS);
  const { textureWidth, textureHeight } = await page.evaluate(() => window.soyuzPeer!.getState());
  return { ...stats, textureWidth, textureHeight };
}

/** One close-up view playing at real time: frame times once the pixel ratio has settled. */
async function measureCloseUp(
  session: Session,
  base: string,
  view: (typeof CLOSE_UPS)[number],
): Promise<ViewportResult['closeUps'][number]> {
  const { page } = session;
  await openApp(session, base, view.query);
  await wait(page, SETTLE_MS);
  await settlePixelRatio(page);
  const stats = await sampleFrames(page, 'app', SAMPLE_MS);
  const s = await page.evaluate(() => window.soyuzReplay!.getState());
  if (!s.playing || s.camera !== 'soyuz')
    throw new Error(`${view.name}: expected the chase view playing; got ${JSON.stringify(s)}`);
  return { ...stats, name: view.name, query: view.query, pixelRatio: s.pixelRatio };
}

/** Frames the app draws in PAUSED_MS, paused, with no input at all. */
async function measurePaused(session: Session, base: string): Promise<number> {
  const { page } = session;
  await openApp(session, base, PAUSED_QUERY);
  // Startup work ends when the camera has arrived and the full textures have replaced the small
  // first ones (each swap draws the frame that uploads it); the count is of the quiet page after.
  await page.waitForFunction(
    () => {
      const s = window.soyuzReplay!.getState();
      return !s.cameraFlying && s.texturesFull;
    },
    null,
    { timeout: 60_000 },
  );
  await wait(page, SETTLE_MS);
  const before = await page.evaluate(() => window.soyuzReplay!.getState().frames);
  await wait(page, PAUSED_MS);
  return (await page.evaluate(() => window.soyuzReplay!.getState().frames)) - before;
}

/** CPU, cores, Chromium and the WebGL renderer the pages actually got (e.g. SwiftShader). */
export async function describeMachine(session: Session): Promise<FramesResult['machine']> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const gpu = await session.page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl
      ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
      : 'no WebGL';
  });
  // The user agent hides the minor version (150.0.0.0); the DevTools protocol has it in full.
  const cdp = await session.context.newCDPSession(session.page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  // product is "Chrome/150.0.7871.100" (or "HeadlessChrome/…"): keep the version.
  const chromium = product.slice(product.indexOf('/') + 1);
  return { cpu, cores: os.cpus().length, chromium, gpu, node: process.version };
}

export async function framesBenchmark(): Promise<FramesResult> {
  const dist = resolve(process.env.SOYUZ_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`no app build in ${dist}: run \`npm run build\` first (or set SOYUZ_DIST)`);
  const removePeer = await buildPeer(dist);
  const server = await serveDist();
  try {
    const base = server.url;
    let machine: FramesResult['machine'] | undefined;
    const viewports: ViewportResult[] = [];
    for (const viewport of VIEWPORTS) {
      const name = `${viewport.width}x${viewport.height}`;
      const ours = await withSession(base, viewport, `ours ${name}`, async (s) => {
        const r = await measureOurs(s, base);
        machine ??= await describeMachine(s);
        return r;
      });
      const peer = await withSession(base, viewport, `peer ${name}`, ({ page }) =>
        measurePeer(page, base, ours.cameraAltKm),
      );
      const pausedFrames = await withSession(base, viewport, `paused ${name}`, (s) =>
        measurePaused(s, base),
      );
      const closeUps: ViewportResult['closeUps'] = [];
      for (const view of CLOSE_UPS) {
        closeUps.push(
          await withSession(base, viewport, `${view.name} ${name}`, (s) =>
            measureCloseUp(s, base, view),
          ),
        );
      }
      const ratio = Math.round((ours.medianMs / peer.medianMs) * 100) / 100;
      viewports.push({ viewport: name, ours, peer, ratio, pausedFrames, closeUps });
    }
    return {
      date: new Date().toISOString(),
      machine: machine!,
      appQuery: APP_QUERY,
      sampleSeconds: SAMPLE_MS / 1000,
      viewports,
    };
  } finally {
    await server.close();
    removePeer();
  }
}

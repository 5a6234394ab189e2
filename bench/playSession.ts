/**
 * The run behind `memory` and `soak`: open the built app in headless Chromium, take a reading,
 * play at the fastest rate for a while doing scrubs and mission switches on a fixed timetable
 * with readings along the way, come back to the opening mission and moment, and read again.
 * The browser is always closed, also when a step fails or the whole run overruns its limit.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { getState, openApp, openBrowser, type Session } from '../tests/e2e/browser';
import { serveDist } from '../tools/serveDist';
import { describeMachine, type FramesResult } from './frames.bench';
import { sampleHeap, type HeapSample } from './heapSampler';
import { watchScenes } from './sceneWatch';
import {
  keepPlaying,
  MAX_RATE,
  MISSIONS,
  pause,
  scrub,
  settle,
  STEP_LIMIT_MS,
  switchMission,
  type Scrub,
} from './replayDriver';
import { withTimeout } from './stepTimeout';
import { seededRandom } from '../tools/seededRandom';

export interface PlayPlan {
  minutes: number;
  scrubs: number;
  switches: number;
  sampleEveryS: number;
  viewport: { width: number; height: number };
  /**
   * Minutes of the same play before the start reading (scrubs and switches at the plan's pace),
   * then back to the opening: what the app loads or builds once, on first use, is in place by
   * then (the parts fetched in idle time after ready, the whole catalogue, the full textures, a
   * mission's labels and canopies), so the timed part's growth is what playing keeps adding.
   */
  warmupMinutes?: number;
}

export interface PlayRun {
  date: string;
  machine: FramesResult['machine'];
  viewport: string;
  /** The opening: mission at its opening moment, paused; the run comes back to it at the end. */
  startQuery: string;
  rate: number;
  plan: PlayPlan;
  /** Seconds the timed part took; over plan.minutes when actions ran behind the timetable. */
  elapsedS: number;
  scrubKinds: Partial<Record<Scrub, number>>;
  switches: string[];
  /** Times a replay had reached its end (or been stopped) and play was pressed again. */
  restarts: number;
  /** Just after opening (ready, the full textures in, settled): before any one-time loading. */
  opened: HeapSample;
  /** Where the timed part starts: after the warm-up (plan.warmupMinutes), back at the opening. */
  start: HeapSample;
  /** Readings while playing, every plan.sampleEveryS and at the end of the timed part. */
  samples: HeapSample[];
  /** Back at the opening mission and moment, paused and settled. */
  end: HeapSample;
  errors: string[];
  foreignRequests: string[];
}

const START_MISSION = MISSIONS[0]!;
/** rate=0 opens paused at the mission's opening moment, which is also where the picker puts it. */
const START_QUERY = `?mission=${START_MISSION}&rate=0`;
/** Seed of the scrub sequence; fixed so that two runs do the same things. */
const SEED = 6;
/** Opening the app on software WebGL takes up to a minute and a half; returning, some more. */
const OPEN_AND_CLOSE_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * The timetable: n actions spread evenly over the run, switches evenly among the scrubs. When an
 * action runs late the next ones start at once, so the counts are always done in full.
 */
async function drive(
  page: Page,
  plan: PlayPlan,
  read: (atS: number) => Promise<void>,
  run: Pick<PlayRun, 'scrubKinds' | 'switches' | 'restarts'>,
): Promise<number> {
  const random = seededRandom(SEED);
  const durationMs = plan.minutes * 60_000;
  const n = plan.scrubs + plan.switches;
  const t0 = Date.now();
  const everyMs = plan.sampleEveryS * 1000;
  let nextRead = everyMs;
  let lastRead = 0;
  const waitUntil = async (dueMs: number) => {
    for (;;) {
      const now = Date.now() - t0;
      if (now >= nextRead) {
        await read(now / 1000);
        lastRead = now;
        // The next slot on the timetable; slots missed behind a slow action are skipped.
        nextRead = (Math.floor(lastRead / everyMs) + 1) * everyMs;
      } else if (now >= dueMs) return;
      else await sleep(Math.min(dueMs, nextRead) - now);
    }
  };
  let missionIndex = 0;
  for (let i = 0; i < n; i++) {
    await waitUntil(((i + 0.5) * durationMs) / n);
    const isSwitch =
      Math.floor(((i + 1) * plan.switches) / n) > Math.floor((i * plan.switches) / n);
    if (isSwitch) {
      missionIndex = (missionIndex + 1) % MISSIONS.length;
      await switchMission(page, MISSIONS[missionIndex]!);
      run.switches.push(MISSIONS[missionIndex]!);
    } else {
      const kind = await scrub(page, random);
      run.scrubKinds[kind] = (run.scrubKinds[kind] ?? 0) + 1;
    }
    if (await keepPlaying(page)) run.restarts++;
  }
  await waitUntil(durationMs);
  const elapsedS = (Date.now() - t0) / 1000;
  // A last reading at the end of playing, unless the timetable's last one was just taken.
  if (elapsedS * 1000 - lastRead >= 5_000) await read(elapsedS);
  return elapsedS;
}

/** Back where it began: paused first, so the picker's opening moment is where the clock stays. */
async function backToOpening(page: Page): Promise<void> {
  await pause(page);
  await switchMission(page, START_MISSION);
  await settle(page);
}

async function runInBrowser(session: Session, base: string, plan: PlayPlan): Promise<PlayRun> {
  const { page } = session;
  page.setDefaultTimeout(STEP_LIMIT_MS);
  page.on('crash', () => session.errors.push('crash: the page crashed'));
  await watchScenes(session.context);
  await openApp(session, base, START_QUERY);
  const machine = await describeMachine(session);
  const cdp: CDPSession = await session.context.newCDPSession(page);
  await settle(page);
  const opened = await sampleHeap(page, cdp, 0);
  const warmupMinutes = plan.warmupMinutes ?? 0;
  if (warmupMinutes > 0) {
    const share = warmupMinutes / plan.minutes;
    const warmup: PlayPlan = {
      ...plan,
      minutes: warmupMinutes,
      scrubs: Math.round(plan.scrubs * share),
      switches: Math.max(1, Math.round(plan.switches * share)),
      sampleEveryS: warmupMinutes * 60 + 1,
    };
    await keepPlaying(page);
    await drive(page, warmup, async () => {}, { scrubKinds: {}, switches: [], restarts: 0 });
    await backToOpening(page);
  }
  const start = warmupMinutes > 0 ? await sampleHeap(page, cdp, 0) : opened;

  const run: PlayRun = {
    date: new Date().toISOString(),
    machine,
    viewport: `${plan.viewport.width}x${plan.viewport.height}`,
    startQuery: START_QUERY,
    rate: MAX_RATE,
    plan,
    elapsedS: 0,
    scrubKinds: {},
    switches: [],
    restarts: 0,
    opened,
    start,
    samples: [],
    end: start,
    errors: session.errors,
    foreignRequests: session.foreignRequests,
  };
  await keepPlaying(page);
  const read = async (atS: number) => {
    run.samples.push(await sampleHeap(page, cdp, atS));
  };
  run.elapsedS = Math.round(await drive(page, plan, read, run));

  await backToOpening(page);
  run.end = await sampleHeap(page, cdp, run.elapsedS);
  const s = await withTimeout(getState(page), STEP_LIMIT_MS, 'final state');
  if (s.mission !== start.mission || s.utcMs !== start.utcMs)
    throw new Error(`did not come back to the start: ${s.mission} ${s.utc}`);
  return run;
}

/**
 * After a failed step: does the page still answer (a blocked main thread, or a stuck driver)?
 * Says how long a trivial evaluate took and what the state hook reported.
 */
async function probePage(page: Page): Promise<string> {
  const t0 = Date.now();
  try {
    const s = await withTimeout(getState(page), STEP_LIMIT_MS, 'probe');
    const { mission, utc, rate, smart, playing, frames, cameraFlying, pixelRatio } = s;
    const state = { mission, utc, rate, smart, playing, frames, cameraFlying, pixelRatio };
    return `the page answered in ${Date.now() - t0} ms: ${JSON.stringify(state)}`;
  } catch (e) {
    return `the page did not answer: ${(e as Error).message}`;
  }
}

/** Play the plan in a fresh browser on the built app; the browser is closed whatever happens. */
export async function playSession(plan: PlayPlan): Promise<PlayRun> {
  const dist = resolve(process.env.SOYUZ_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`no app build in ${dist}: run \`npm run build\` first (or set SOYUZ_DIST)`);
  const server = await serveDist();
  try {
    const session = await openBrowser(server.url, plan.viewport);
    // A run that overruns by far is stuck: closing the browser makes its pending step fail.
    const limitMs = plan.minutes * 60_000 * 2 + OPEN_AND_CLOSE_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void session.close();
    }, limitMs);
    try {
      return await runInBrowser(session, server.url, plan);
    } catch (e) {
      if (timedOut) throw new Error(`over the ${limitMs / 1000} s limit`, { cause: e });
      const seen = session.errors.slice(0, 5).join('\n  ');
      const probe = await probePage(session.page);
      throw new Error(
        `${(e as Error).message}\n${probe}${seen ? `\npage errors:\n  ${seen}` : ''}`,
        { cause: e },
      );
    } finally {
      clearTimeout(timer);
      await session.close();
    }
  } finally {
    await server.close();
  }
}

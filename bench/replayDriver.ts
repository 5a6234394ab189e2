/**
 * What a person does to the replay, as input events: scrub the timeline (keys and drags on the
 * slider, event jumps), switch missions through the picker, set the rate. Every action is a few
 * input events and short waits, never "wait for a frame": on software WebGL a frame can take a
 * second, and a run must do the same actions whatever the frame rate.
 */
import type { Page } from 'playwright-core';
import { getState } from '../tests/e2e/browser';
import { withTimeout } from './stepTimeout';

/** Replays of several kinds: landings, a ballistic return, a launch. */
export const MISSIONS = [
  'soyuz-ms-19-landing',
  'soyuz-tma-18m-landing',
  'soyuz-ms-22-launch',
  'soyuz-tma-11-ballistic-landing',
  'soyuz-ms-24-landing',
  'soyuz-tma-20m-landing',
  'soyuz-ms-23-landing',
  'soyuz-ms-08-landing',
];

/** The fastest rate the app offers (src/clock/rates.ts MAX_RATE). */
export const MAX_RATE = 3600;
/** Longest one action may take; a switch on software WebGL takes a few seconds. */
export const STEP_LIMIT_MS = 30_000;
/** Pause after a key press, so presses are spread like a person's rather than a burst. */
const KEY_GAP_MS = 50;

/** Slider keys (handled by the slider), page-wide event jumps, and a pointer drag along it. */
const SCRUBS = [
  'ArrowLeft',
  'ArrowRight',
  'Shift+ArrowLeft',
  'Shift+ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  ']',
  '[',
  'drag',
] as const;
export type Scrub = (typeof SCRUBS)[number];

const slider = (page: Page) => page.getByTestId('timeline');

/** Poll the state hook until `ok`, without waiting on frames. */
async function until(page: Page, ok: () => Promise<boolean>, step: string): Promise<void> {
  const deadline = Date.now() + STEP_LIMIT_MS;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`${step}: not done in ${STEP_LIMIT_MS} ms`);
    await page.waitForTimeout(100);
  }
}

/** One scrub chosen by `random`; the slider gets focus first so its keys reach it. */
export async function scrub(page: Page, random: () => number): Promise<Scrub> {
  const kind = SCRUBS[Math.floor(random() * SCRUBS.length)]!;
  const work = async () => {
    const el = slider(page);
    if (kind === 'drag') {
      const box = await el.boundingBox();
      if (!box) throw new Error('scrub: the timeline slider is not on screen');
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + random() * box.width, y);
      await page.mouse.down();
      await page.mouse.move(box.x + random() * box.width, y, { steps: 4 });
      await page.mouse.up();
    } else {
      await el.focus();
      await page.keyboard.press(kind);
    }
    await page.waitForTimeout(KEY_GAP_MS);
  };
  await withTimeout(work(), STEP_LIMIT_MS, `scrub ${kind}`);
  return kind;
}

/** Mission picker, then the mission's card; done when the clock has the mission. */
export async function switchMission(page: Page, id: string): Promise<void> {
  const work = async () => {
    await page.getByTestId('missions-button').click();
    await page.locator(`[data-mission="${id}"]`).click();
    await until(page, async () => (await getState(page)).mission === id, `switch to ${id}`);
  };
  await withTimeout(work(), STEP_LIMIT_MS, `switch to ${id}`);
}

/**
 * Play forward at MAX_RATE. A switch turns smart rate on (rate 1) and a replay stops at its end,
 * so this runs after every action. Returns true when playback had stopped and was restarted.
 */
export async function keepPlaying(page: Page): Promise<boolean> {
  let phase = 'read state';
  const work = async () => {
    let s = await getState(page);
    if (s.rate !== MAX_RATE || s.smart) {
      phase = `select rate ${MAX_RATE} (was rate ${s.rate}, smart ${s.smart}, playing ${s.playing})`;
      await page.getByTestId('rate').selectOption(String(MAX_RATE));
      phase = 'read state after selecting the rate';
      s = await getState(page);
    }
    if (s.playing) return false;
    phase = 'press play';
    // Space on the slider reaches the page-wide play toggle; at the end, play restarts the replay.
    // Paused a minute or less before the end, 3600x plays to the end within a frame or two, so
    // success is that the clock moved; if it went on to the end, Space again starts it over.
    await slider(page).focus();
    await page.keyboard.press(' ');
    await until(
      page,
      async () => {
        const now = await getState(page);
        return now.playing || now.utcMs !== s.utcMs;
      },
      'play',
    );
    if (!(await getState(page)).playing) {
      await page.keyboard.press(' ');
      await until(page, async () => (await getState(page)).playing, 'play from the start');
    }
    return true;
  };
  return withTimeout(work(), STEP_LIMIT_MS, 'keep playing', () => phase);
}

export async function pause(page: Page): Promise<void> {
  const work = async () => {
    if (!(await getState(page)).playing) return;
    await slider(page).focus();
    await page.keyboard.press(' ');
    await until(page, async () => !(await getState(page)).playing, 'pause');
  };
  await withTimeout(work(), STEP_LIMIT_MS, 'pause');
}

/**
 * Wait until the page is quiet: the camera has landed and no frame has been drawn for `quietMs`
 * (frames are drawn on demand, so a paused replay stops drawing once everything has settled).
 */
export async function settle(page: Page, quietMs = 2_000): Promise<void> {
  const work = async () => {
    let last = -1;
    let since = Date.now();
    for (;;) {
      const s = await getState(page);
      if (s.frames !== last || s.cameraFlying) {
        last = s.frames;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) return;
      await page.waitForTimeout(250);
    }
  };
  await withTimeout(work(), STEP_LIMIT_MS * 2, 'settle');
}

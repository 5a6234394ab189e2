import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';
import { decodePng } from './pixels';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

/** MS-19 undocked from Rassvet at 07:21:03Z; the page opens 10 s before, paused. */
const UNDOCK_MS = Date.parse('2022-03-30T07:21:03Z');
const OPEN = '?mission=soyuz-ms-19-landing&t=2022-03-30T07:20:53Z&rate=0&camera=soyuz';

/** Frames drawn while the clock stands still, over a wait: 0 once the view has settled. */
async function framesDrawnOver(ms: number): Promise<number> {
  const a = (await getState(session.page)).frames;
  await session.page.waitForTimeout(ms);
  return (await getState(session.page)).frames - a;
}

/** Press a key and wait until the page has drawn what it changed. */
async function press(key: string): Promise<void> {
  await session.page.keyboard.press(key);
  await expect.poll(() => framesDrawnOver(400), { timeout: 20_000 }).toBe(0);
}

interface Picture {
  width: number;
  height: number;
  rgba: Uint8Array;
}

async function shot(name: string): Promise<Picture> {
  const png = await session.page.locator('canvas').screenshot();
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/undock-${name}.png`, png);
  return decodePng(png);
}

/** Share of pixels a predicate accepts, in a window (fractions of the width and height). */
const share = (
  { width, height, rgba }: Picture,
  accept: (r: number, g: number, b: number) => boolean,
  [left, top, right, bottom] = [0, 0, 1, 1],
) => {
  let hit = 0;
  let all = 0;
  for (let y = Math.floor(height * top); y < height * bottom; y++) {
    for (let x = Math.floor(width * left); x < width * right; x++) {
      const o = (y * width + x) * 4;
      if (accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) hit++;
      all++;
    }
  }
  return hit / all;
};
/** Mean absolute difference of two pictures, 0-255. */
const difference = ({ rgba: a }: Picture, { rgba: b }: Picture) => {
  let sum = 0;
  for (let o = 0; o < a.length; o++) if (o % 4 !== 3) sum += Math.abs(a[o]! - b[o]!);
  return sum / ((a.length * 3) / 4);
};
/** The thruster puffs' pale blue (the hull is neutral, the arrays gold). */
const puffBlue = (r: number, g: number, b: number) => b > 60 && b > r + 12;
/** Where the chase view has the Soyuz while it is near: below the middle, between it and the station. */
const SOYUZ_WINDOW: [number, number, number, number] = [0.35, 0.45, 0.65, 0.75];
/** Anything lit against the black sky overhead. */
const lit = (r: number, g: number, b: number) => r + g + b > 90;

describe('the Soyuz leaving the station (MS-19, Rassvet nadir)', () => {
  it('undocks, backs away at the springs’ 0.12 m/s, and fires the first separation burn', async () => {
    // Reduced motion: camera changes cut rather than fly, so each picture is the mode's own.
    await session.page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(session, baseUrl, OPEN);
    const page = session.page;
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    expect((await getState(page)).soyuz).toBeNull();

    // +50 s and +110 s after undocking (shift + arrow: one minute).
    await press('Shift+ArrowRight');
    let s = await getState(page);
    expect(s.soyuz?.phase).toBe('undocking');
    expect(s.soyuz!.rangeFromIssM).toBeCloseTo(0.12 * ((s.utcMs - UNDOCK_MS) / 1000), 0);
    await press('Shift+ArrowRight');
    s = await getState(page);
    const t = (s.utcMs - UNDOCK_MS) / 1000;
    expect(Math.abs(s.soyuz!.rangeFromIssM - 0.12 * t)).toBeLessThan(0.1 * 0.12 * t);

    // The chase view and the ride-along view at the same moment are different pictures.
    const chase = await shot('chase-2min');
    await press('4');
    expect((await getState(page)).camera).toBe('ride');
    const ride = await shot('ride-2min');
    expect(difference(chase, ride)).toBeGreaterThan(20);
    // Riding along, looking up the docking axis: the station fills much of the sky.
    const near = share(ride, lit);
    expect(near).toBeGreaterThan(0.15);

    // 10 s before the first separation burn, and as it fires (+3 min, 8 s), in the chase view.
    await press('3');
    await press('Shift+ArrowRight');
    s = await getState(page);
    expect((s.utcMs - UNDOCK_MS) / 1000).toBe(170);
    const before = share(await shot('before-burn-1'), puffBlue, SOYUZ_WINDOW);
    await press('ArrowRight');
    expect((await getState(page)).soyuz?.phase).toBe('separation_burn_1');
    const firing = share(await shot('burn-1'), puffBlue, SOYUZ_WINDOW);
    // Measured: 0.2% of the window before, 0.8% as it fires.
    expect(firing).toBeGreaterThan(2 * before + 0.001);

    // Three minutes on, the station has receded in the ride-along view.
    await press('4');
    await press('Shift+ArrowRight');
    await press('Shift+ArrowRight');
    await press('Shift+ArrowRight');
    const far = share(await shot('ride-6min'), lit);
    expect(far).toBeLessThan(near / 2);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';
import { decodePng } from './pixels';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

type Pixel = (r: number, g: number, b: number) => boolean;
interface Region {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Share of pixels in a region (fractions of the canvas) that a predicate accepts. */
function share(png: Buffer, at: Region, accept: Pixel): number {
  const { width, height, rgba } = decodePng(png);
  let hit = 0;
  let all = 0;
  for (let y = Math.floor(height * at.top); y < height * at.bottom; y++) {
    for (let x = Math.floor(width * at.left); x < width * at.right; x++) {
      const o = (y * width + x) * 4;
      if (accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) hit++;
      all++;
    }
  }
  return hit / all;
}

/** Mean distance from the canvas's middle column, in widths, of the pixels a predicate accepts. */
function spread(png: Buffer, at: Region, accept: Pixel): number {
  const { width, height, rgba } = decodePng(png);
  let sum = 0;
  let n = 0;
  for (let y = Math.floor(height * at.top); y < height * at.bottom; y++) {
    for (let x = Math.floor(width * at.left); x < width * at.right; x++) {
      const o = (y * width + x) * 4;
      if (!accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) continue;
      sum += Math.abs(x / width - 0.5);
      n++;
    }
  }
  return n ? sum / n : 0;
}

/** Lit concrete: a warm or neutral grey (the bare globe below is blue-grey, the steppe dark). */
const concrete: Pixel = (r, g, b) => r > 50 && r >= b && Math.abs(r - g) < 15 && r - b < 30;
/** The support arms' and masts' red-orange paint (not the ascent path's orange, which has no blue). */
const armRed: Pixel = (r, g, b) => r > 80 && r > 2.2 * g && g < 1.9 * b + 10;
/** Flame: bright and yellow (the white rocket is as blue as it is red). */
const flame: Pixel = (r, g, b) => r > 170 && g > 120 && r > b + 40;

/** Under the rocket in the chase view, above the timeline bar. */
const UNDER: Region = { left: 0.25, right: 0.75, top: 0.6, bottom: 0.86 };
/** Where the rocket and its pad stand in the chase view on the pad. */
const PAD: Region = { left: 0.3, right: 0.7, top: 0.3, bottom: 0.86 };
const WHOLE: Region = { left: 0.2, right: 0.8, top: 0.2, bottom: 0.86 };

async function shot(name: string): Promise<Buffer> {
  const png = await session.page.locator('canvas').screenshot();
  writeFileSync(`test-results/${name}.png`, png);
  return png;
}

/** Step the clock with a key, then let the on-demand renderer draw the new instant. */
async function step(key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  const page = session.page;
  const before = (await getState(page)).utcMs;
  await page.keyboard.press(key);
  await expect.poll(async () => (await getState(page)).utcMs).not.toBe(before);
  await page.waitForTimeout(600);
}

describe('the MS-22 pad at Baikonur Site 31 (chase view)', () => {
  // 8.3 s before lift-off; the arrow keys step the clock by 10 s, to 1.7 s after it: the arms
  // are back and the rocket has risen only some 15 m.
  const BEFORE = '?mission=soyuz-ms-22-launch&t=2022-09-21T13:54:41.2Z&rate=0&camera=soyuz';
  let onPad: Buffer;

  it('stands the rocket on a concrete pad in its red support arms, not on bare ground', async () => {
    mkdirSync('test-results', { recursive: true });
    await openApp(session, baseUrl, BEFORE);
    expect((await getState(session.page)).ascent!.phase).toBe('on_pad');
    onPad = await shot('pad-before-liftoff');
    expect(share(onPad, UNDER, concrete)).toBeGreaterThan(0.15);
    expect(share(onPad, PAD, armRed)).toBeGreaterThan(0.003);
  });

  // The smoke cloud's growth is checked in tests/unit/scene/launch/padEffects.test.ts: in the
  // chase view it stays under the timeline bar for the first seconds.
  it('lights the exhaust at lift-off, with the support arms swung back', async () => {
    await session.page.locator('body').click({ position: { x: 640, y: 300 } });
    await step('ArrowRight');
    const s = await getState(session.page);
    expect(s.ascent!.phase).toBe('launch');
    const after = await shot('pad-after-liftoff');
    const flameBefore = share(onPad, UNDER, flame);
    const flameAfter = share(after, UNDER, flame);
    expect(flameAfter).toBeGreaterThan(flameBefore + 0.005);
    // Closed, the arms hug the rocket in the middle of the picture; open, they lean far out.
    const armsBefore = spread(onPad, WHOLE, armRed);
    const armsAfter = spread(after, WHOLE, armRed);
    expect(armsAfter).toBeGreaterThan(armsBefore * 1.5);
  });

  it('shows the same pad again when scrubbed back before lift-off', async () => {
    await step('ArrowLeft');
    const again = await shot('pad-scrubbed-back');
    for (const accept of [concrete, armRed, flame])
      expect(share(again, WHOLE, accept)).toBeCloseTo(share(onPad, WHOLE, accept), 2);
  });
});

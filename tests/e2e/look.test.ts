import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getState, openApp } from './browser';
import { decodePng } from './pixels';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

/** MS-19 in blackout, chase view: the plasma sheath is the brightest thing on screen. */
const BLACKOUT = '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&camera=soyuz&rate=0';

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Mean brightness (0–765) of a region, and the raw pixels for a comparison. */
async function region(page: Page, clip: Region): Promise<{ mean: number; rgba: Uint8Array }> {
  const { rgba, width, height } = decodePng(await page.screenshot({ clip }));
  let sum = 0;
  for (let i = 0; i < width * height; i++)
    sum += rgba[4 * i]! + rgba[4 * i + 1]! + rgba[4 * i + 2]!;
  return { mean: sum / (width * height), rgba };
}

function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 4) {
    d +=
      Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
  }
  return d / (a.length / 4);
}

/** The blackout moment, after the setting (null: the renderer's own guess) is stored. */
async function openWithBloom(setting: 'on' | null) {
  const { page } = session;
  if (setting) await page.evaluate((v) => localStorage.setItem('soyuz.bloom', v), setting);
  await openApp(session, baseUrl, BLACKOUT);
  // Bloom loads after ready, on its own; its first frame follows.
  await page.waitForTimeout(1500);
}

describe('one look: glow through bloom on a real GPU, the cheaper halos on software', () => {
  it('finds this machine’s software renderer and leaves bloom off; spreads only the glowing parts when it is on', async () => {
    const { page } = session;
    const vp = page.viewportSize()!;
    // The chase camera centres the capsule, raised by the view offset (5.5 % of the height).
    const around: Region = {
      x: vp.width / 2 - 120,
      y: vp.height / 2 - 0.055 * vp.height - 120,
      width: 240,
      height: 240,
    };
    // Sky well away from the capsule and from every panel.
    const away: Region = { x: 60, y: 200, width: 200, height: 120 };
    await openWithBloom(null);
    expect((await getState(page)).bloom).toBe(false);
    const offAround = await region(page, around);
    const offAway = await region(page, away);
    await openWithBloom('on');
    expect((await getState(page)).bloom).toBe(true);
    const onAround = await region(page, around);
    const onAway = await region(page, away);
    await page.evaluate(() => localStorage.removeItem('soyuz.bloom'));
    expect(onAround.mean).toBeGreaterThan(offAround.mean + 15);
    expect(meanDifference(onAway.rgba, offAway.rgba)).toBeLessThan(6);
  });
});

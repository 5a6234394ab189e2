import { describe, expect, inject, it } from 'vitest';
import { getState, openApp } from './browser';
import { canvasLitShare } from './pixels';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

const litShare = () => canvasLitShare(session.page);

// Software WebGL (SwiftShader, as in these tests) takes most of a second a frame at 1280x720:
// exactly the slow machine the adaptive pixel ratio is for.
describe('adaptive pixel ratio on a slow machine', () => {
  it('draws fewer pixels while playing, every pixel once paused, and then stops drawing', async () => {
    // At ready: before the governor has judged any frames (it needs a run of them).
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=60',
      'ready',
    );
    const page = session.page;
    expect((await getState(page)).pixelRatio).toBe(1);
    await expect
      .poll(async () => (await getState(page)).pixelRatio, { timeout: 60_000, interval: 500 })
      .toBeLessThan(1);
    expect((await getState(page)).playing).toBe(true);

    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await getState(page)).pixelRatio, { timeout: 20_000, interval: 250 })
      .toBe(1);
    // The sharp frame was drawn, not just the canvas resized (which empties it).
    await expect.poll(litShare, { timeout: 10_000 }).toBeGreaterThan(0.05);
    const frames = (await getState(page)).frames;
    await page.waitForTimeout(3000);
    expect((await getState(page)).frames).toBe(frames);

    // A scrub while paused draws at the lowered ratio, then sharpens once, then stays still.
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await getState(page)).frames, { timeout: 20_000 })
      .toBeGreaterThan(frames);
    await expect
      .poll(async () => (await getState(page)).pixelRatio, { timeout: 20_000, interval: 250 })
      .toBe(1);
    await page.waitForTimeout(1500);
    const still = (await getState(page)).frames;
    await page.waitForTimeout(3000);
    expect((await getState(page)).frames).toBe(still);
  });
});

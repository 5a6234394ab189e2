import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';
import { decodePng } from './pixels';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

/** Share of pixels in a band of rows (fractions of the height) that a predicate accepts. */
function share(
  png: Buffer,
  top: number,
  bottom: number,
  accept: (r: number, g: number, b: number) => boolean,
): number {
  const { width, height, rgba } = decodePng(png);
  let hit = 0;
  let all = 0;
  for (let y = Math.floor(height * top); y < height * bottom; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) hit++;
      all++;
    }
  }
  return hit / all;
}

const skyBlue = (r: number, g: number, b: number) => b > 150 && b > r + 40 && g > r;
const paleSky = (r: number, g: number, b: number) => r + g + b > 450 && b >= r && g >= r - 5;
const canopyOrange = (r: number, g: number, b: number) => r > 150 && r > g + 50 && g > b;

/** Frames drawn while the clock stands still, over a wait: 0 once the view has settled. */
async function framesDrawnOver(ms: number): Promise<number> {
  const a = (await getState(session.page)).frames;
  await session.page.waitForTimeout(ms);
  return (await getState(session.page)).frames - a;
}

/**
 * Changes the camera by its key on the open page, and waits until the flight there is over: the
 * next view without another page load.
 */
async function cameraKey(key: string, camera: string): Promise<void> {
  const page = session.page;
  await page.keyboard.press(key);
  expect((await getState(page)).camera).toBe(camera);
  await expect
    .poll(async () => (await getState(page)).cameraFlying, { timeout: 10_000 })
    .toBe(false);
  await expect.poll(() => framesDrawnOver(300), { timeout: 10_000 }).toBe(0);
}

const UNDER_CANOPY = '?mission=soyuz-ms-19-landing&t=2022-03-30T11:25:00Z&rate=0';

describe('cameras low in the atmosphere (MS-19, under the main canopy, 17:25 local)', () => {
  it('from the ground, looks up at the orange canopy in a blue afternoon sky', async () => {
    await openApp(session, baseUrl, `${UNDER_CANOPY}&camera=ground`);
    const png = await session.page.locator('canvas').screenshot();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/ground-camera.png', png);
    expect((await getState(session.page)).camera).toBe('ground');
    expect(share(png, 0, 0.6, skyBlue)).toBeGreaterThan(0.3);
    expect(share(png, 0, 0.6, canopyOrange)).toBeGreaterThan(0.002);
  });

  it('riding along, sees sky above the horizon and ground below it', async () => {
    // The ground camera's page, moved to the capsule by its key.
    await cameraKey('4', 'ride');
    const png = await session.page.locator('canvas').screenshot();
    writeFileSync('test-results/ride-camera.png', png);
    // Rows just under the top bar, above the horizon: the panels cover less of them. The
    // physically based sky is nearly white near the horizon: any bright, not warm, pixel is sky.
    expect(share(png, 0.21, 0.27, paleSky)).toBeGreaterThan(0.3);
    expect(share(png, 0.6, 0.85, paleSky)).toBeLessThan(0.05);
  });
});

describe('cameras in the launch replay (MS-22)', () => {
  const CLIMBING = '?mission=soyuz-ms-22-launch&t=2022-09-21T13:58:30Z&rate=0';

  it('riding along, the view is from the climbing Soyuz, at its height', async () => {
    await openApp(session, baseUrl, `${CLIMBING}&camera=ride`);
    const s = await getState(session.page);
    expect(s.camera).toBe('ride');
    expect(Math.abs(s.cameraAltKm - s.ascent!.altKm)).toBeLessThan(1);
    const png = await session.page.locator('canvas').screenshot();
    writeFileSync('test-results/launch-ride-camera.png', png);
  });

  it('from the ground, the view is from beside the pad, looking up at the Soyuz', async () => {
    await cameraKey('5', 'ground');
    const s = await getState(session.page);
    expect(s.cameraAltKm).toBeLessThan(0.5);
  });
});

describe('camera flights', () => {
  it('fly between views, drawing frames while paused, then stop drawing once there', async () => {
    await openApp(session, baseUrl, `${UNDER_CANOPY}&camera=earth`);
    const page = session.page;
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await expect.poll(() => framesDrawnOver(700), { timeout: 10_000 }).toBe(0);
    const f0 = (await getState(page)).frames;
    await page.keyboard.press('3');
    expect((await getState(page)).camera).toBe('soyuz');
    await expect.poll(async () => (await getState(page)).cameraFlying, { interval: 50 }).toBe(true);
    // The flight takes 1.2 s of wall time and asks for its own frames though the clock is
    // paused; then the page goes back to drawing nothing.
    await expect
      .poll(async () => (await getState(page)).cameraFlying, { timeout: 10_000 })
      .toBe(false);
    expect((await getState(page)).frames - f0).toBeGreaterThan(1);
    await expect.poll(() => framesDrawnOver(700), { timeout: 10_000 }).toBe(0);
  });

  it('cut instead of flying when the system asks for reduced motion', async () => {
    await session.page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      // The last test's page, at the chase camera: the app follows the system's setting as it
      // changes (starting with it is checked in keyboard.test.ts).
      expect((await getState(session.page)).camera).toBe('soyuz');
      await session.page.waitForTimeout(300);
      await session.page.keyboard.press('1');
      for (let i = 0; i < 6; i++) {
        await session.page.waitForTimeout(50);
        expect((await getState(session.page)).cameraFlying).toBe(false);
      }
      await expect.poll(() => framesDrawnOver(700), { timeout: 10_000 }).toBe(0);
    } finally {
      await session.page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

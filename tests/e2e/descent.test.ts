import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { getState, openApp } from './browser';
import { decodePng } from './pixels';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file, at 1280×720: big enough that the caption clears the capsule.
const session = sharedSession(baseUrl, { width: 1280, height: 720 });

type Rgb = (r: number, g: number, b: number) => boolean;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Share of the pixels in a box (fractions of the canvas) that a predicate accepts. */
function share(png: Buffer, box: Box, accept: Rgb): number {
  const { width, height, rgba } = decodePng(png);
  let hit = 0;
  let all = 0;
  for (let y = Math.floor(height * box.top); y < height * box.bottom; y++) {
    for (let x = Math.floor(width * box.left); x < width * box.right; x++) {
      const o = (y * width + x) * 4;
      if (accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) hit++;
      all++;
    }
  }
  return hit / all;
}

/**
 * Share of the pixels in a box that a predicate accepts AND that are brighter than in `base` (the
 * same view moments before): what appeared, not what the ground already looked like (the steppe
 * itself is dust-coloured).
 */
function appeared(png: Buffer, base: Buffer, box: Box, accept: Rgb): number {
  const now = decodePng(png);
  const then = decodePng(base);
  let hit = 0;
  let all = 0;
  for (let y = Math.floor(now.height * box.top); y < now.height * box.bottom; y++) {
    for (let x = Math.floor(now.width * box.left); x < now.width * box.right; x++) {
      const o = (y * now.width + x) * 4;
      const r = now.rgba[o]!;
      const g = now.rgba[o + 1]!;
      const b = now.rgba[o + 2]!;
      const before = then.rgba[o]! + then.rgba[o + 1]! + then.rgba[o + 2]!;
      if (accept(r, g, b) && r + g + b > before + 60) hit++;
      all++;
    }
  }
  return hit / all;
}

/** Mean brightness (0-255) of a box. */
function brightness(png: Buffer, box: Box): number {
  let sum = 0;
  share(png, box, (r, g, b) => ((sum += (r + g + b) / 3), true));
  const { width, height } = decodePng(png);
  return sum / ((box.right - box.left) * width * (box.bottom - box.top) * height);
}

/** Runs of columns (in a row band) holding pixels the predicate accepts: objects side by side. */
/** Separate objects across a band: runs of columns, parted by at least `minGap` empty columns. */
function columnRuns(png: Buffer, box: Box, accept: Rgb, minPerColumn = 3, minGap = 3): number {
  const { width, height, rgba } = decodePng(png);
  let runs = 0;
  let inRun = false;
  let gap = 0;
  for (let x = Math.floor(width * box.left); x < width * box.right; x++) {
    let n = 0;
    for (let y = Math.floor(height * box.top); y < height * box.bottom; y++) {
      const o = (y * width + x) * 4;
      if (accept(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!)) n++;
    }
    if (n >= minPerColumn) {
      if (!inRun && (runs === 0 || gap >= minGap)) runs++;
      inRun = true;
      gap = 0;
    } else {
      inRun = false;
      gap++;
    }
  }
  return runs;
}

// The chase camera keeps the craft near the middle, a little above it.
const CRAFT: Box = { left: 0.44, top: 0.34, right: 0.56, bottom: 0.54 };
/**
 * Above the horizon and clear of the panels at 1280×720: the right-hand column (controls, then
 * the telemetry) starts at 0.695 of the width, and its white figures would count as a hull.
 */
const SPACE_BAND: Box = { left: 0.05, top: 0.3, right: 0.66, bottom: 0.55 };
/** The modules: the olive blanket, or the instrument module's white (a column needs 8 such pixels:
 * stars and the thin path lines never fill that many). */
const hull: Rgb = (r, g, b) =>
  (g > b + 12 && r > b + 5 && g < 140 && Math.abs(r - g) < 25) ||
  (r > 150 && g > 150 && b > 150 && Math.abs(r - b) < 40);
// Hot orange over the sky; the descent path's amber line (blue near 0) does not count.
const glowing: Rgb = (r, g, b) => r > 190 && r > b + 70 && b > 40;
const dust: Rgb = (r, g, b) => r > 130 && r > b + 35 && g > 0.72 * r && g < r;
const canopy: Rgb = (r, g, b) => r > 170 && r > g + 60 && g > b;

type State = Awaited<ReturnType<typeof getState>>;

async function capture(): Promise<{ png: Buffer; state: State }> {
  const png = await session.page.locator('canvas').screenshot();
  const state = await getState(session.page);
  // Kept for a person to look at when a check fails.
  mkdirSync('test-results', { recursive: true });
  const name = `${state.mission}-${state.utc.replace(/\W/g, '')}-${state.camera}`;
  writeFileSync(`test-results/descent-${name}.png`, png);
  return { png, state };
}

/** Step the paused clock with the timeline's keys (±10 s, ±60 s with Shift) to an instant. */
async function stepTo(iso: string): Promise<{ png: Buffer; state: State }> {
  const page = session.page;
  const slider = page.locator('[data-testid="timeline"]');
  await slider.focus();
  const from = await getState(page);
  const diff = Date.parse(iso) - from.utcMs;
  const minutes = Math.trunc(diff / 60_000);
  const tens = Math.round((diff - minutes * 60_000) / 10_000);
  for (let i = 0; i < Math.abs(minutes); i++)
    await page.keyboard.press(minutes > 0 ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
  for (let i = 0; i < Math.abs(tens); i++)
    await page.keyboard.press(tens > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(async () => (await getState(page)).utcMs).toBe(Date.parse(iso));
  // Drawn on demand, in an animation frame: two frames on, the new instant is on the canvas.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForTimeout(200);
  return capture();
}

async function open(query: string): Promise<{ png: Buffer; state: State }> {
  await openApp(session, baseUrl, `?${query}&rate=0`, 'interactive');
  await session.page.waitForTimeout(300);
  return capture();
}

const day = '2022-03-30T';

// One page for MS-19, the clock stepped from event to event (each page load costs ~30 s on
// software WebGL). Times are 2 s past whole tens so that 11:27:52 falls just after the
// soft-landing engines fire (11:27:49.5 modelled; module separation 11:01:46, blackout
// 11:06:18-11:11:52).
describe('the MS-19 descent, event by event (chase and ride-along cameras)', () => {
  it('burns engine first with its plume lit, and the plume goes out when the burn ends', async () => {
    const during = await open(`mission=soyuz-ms-19-landing&t=${day}10:38:32Z&camera=soyuz`);
    const after = await stepTo(`${day}10:38:52Z`);
    expect(during.state.soyuz!.phase).toBe('deorbit_burn_start');
    expect(after.state.soyuz!.phase).toBe('deorbit_burn_end');
    expect(brightness(during.png, CRAFT)).toBeGreaterThan(brightness(after.png, CRAFT) + 4);
  });

  it('parts the three modules: after separation a second object hangs apart from the capsule', async () => {
    const before = await stepTo(`${day}11:01:42Z`);
    const after = await stepTo(`${day}11:02:12Z`);
    expect(before.state.soyuz!.modulesApartM).toBe(0);
    expect(after.state.soyuz!.modulesApartM).toBeGreaterThan(20);
    // The chase camera stands off the flight line, so the modules part across the picture: count
    // the separate objects (olive blanket or the instrument module's white) side by side; a
    // shaded seam between two joined modules is under 20 columns, the parted ones ~170 apart.
    expect(columnRuns(before.png, SPACE_BAND, hull, 8, 20)).toBe(1);
    expect(columnRuns(after.png, SPACE_BAND, hull, 8, 20)).toBeGreaterThanOrEqual(2);
  });

  it('glows in its plasma sheath through the blackout, and not before the heating', async () => {
    const before = await stepTo(`${day}11:04:32Z`);
    const during = await stepTo(`${day}11:09:02Z`);
    expect(before.state.capsule!.plasma).toBeLessThan(0.05);
    expect(during.state.capsule!.plasma).toBeGreaterThan(0.5);
    expect(share(before.png, CRAFT, glowing)).toBeLessThan(0.01);
    expect(share(during.png, CRAFT, glowing)).toBeGreaterThan(0.02);
  });

  it('riding along through the blackout, the window glows orange', async () => {
    const page = session.page;
    await page.locator('body').click({ position: { x: 480, y: 200 } });
    await page.keyboard.press('4');
    await expect.poll(async () => (await getState(page)).camera).toBe('ride');
    await page.waitForTimeout(1500);
    const { png } = await capture();
    const window: Box = { left: 0.4, top: 0.3, right: 0.6, bottom: 0.6 };
    expect(share(png, window, (r, g, b) => r > 180 && r > g + 40 && g > b)).toBeGreaterThan(0.6);
    await page.keyboard.press('3');
    await expect.poll(async () => (await getState(page)).camera).toBe('soyuz');
    await page.waitForTimeout(1500);
  });

  it('fires the soft-landing engines in a burst of dust, then lies on its side by its canopy', async () => {
    const descending = await stepTo(`${day}11:27:42Z`);
    const firing = await stepTo(`${day}11:27:52Z`);
    const resting = await stepTo(`${day}11:28:32Z`);
    const ground: Box = { left: 0.3, top: 0.45, right: 0.7, bottom: 0.8 };
    const burst = appeared(firing.png, descending.png, ground, dust);
    expect(burst).toBeGreaterThan(0.01);
    expect(appeared(resting.png, descending.png, ground, dust)).toBeLessThan(burst / 4);
    // MS-19 was tipped onto its side by the wind on the canopy (UPI).
    expect(resting.state.capsule!.tiltDeg).toBeGreaterThan(80);
    expect(share(resting.png, ON_GROUND, canopy)).toBeGreaterThan(0.005);
  });
});

// Beside the capsule on the ground, in the chase view.
const ON_GROUND: Box = { left: 0.3, top: 0.38, right: 0.7, bottom: 0.5 };

describe('a capsule the sources leave upright (MS-11)', () => {
  it('stays upright, its canopy on the ground beside it', async () => {
    const { png, state } = await open(
      'mission=soyuz-ms-11-landing&t=2019-06-25T02:48:30Z&camera=soyuz',
    );
    expect(state.capsule!.tiltDeg).toBeLessThan(5);
    expect(share(png, ON_GROUND, canopy)).toBeGreaterThan(0.005);
  });
});

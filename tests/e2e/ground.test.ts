import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';
import { decodePng } from './pixels';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

type Image = ReturnType<typeof decodePng>;
/** A region in fractions of the canvas: left, top, right, bottom. */
type Box = [number, number, number, number];

const luma = (im: Image, x: number, y: number) => {
  const o = (y * im.width + x) * 4;
  return 0.2126 * im.rgba[o]! + 0.7152 * im.rgba[o + 1]! + 0.0722 * im.rgba[o + 2]!;
};

function pixels(im: Image, [l, t, r, b]: Box, visit: (x: number, y: number) => void): void {
  for (let y = Math.floor(im.height * t); y < im.height * b; y++)
    for (let x = Math.floor(im.width * l); x < im.width * r; x++) visit(x, y);
}

/** Mean colour of a region. */
function mean(im: Image, box: Box): { r: number; g: number; b: number; l: number } {
  const sum = { r: 0, g: 0, b: 0, l: 0 };
  let n = 0;
  pixels(im, box, (x, y) => {
    const o = (y * im.width + x) * 4;
    sum.r += im.rgba[o]!;
    sum.g += im.rgba[o + 1]!;
    sum.b += im.rgba[o + 2]!;
    sum.l += luma(im, x, y);
    n++;
  });
  return { r: sum.r / n, g: sum.g / n, b: sum.b / n, l: sum.l / n };
}

/**
 * Stripes (moiré): how much the rows' mean brightness alternates from row to row, against the
 * grain within rows. Fine horizontal stripes make whole rows alternate; noise averages out
 * along a row.
 */
function stripes(im: Image, box: Box): number {
  const rows: number[] = [];
  const [l, t, r, b] = box;
  for (let y = Math.floor(im.height * t); y < im.height * b; y++) {
    let s = 0;
    let n = 0;
    for (let x = Math.floor(im.width * l); x < im.width * r; x++, n++) s += luma(im, x, y);
    rows.push(s / n);
  }
  let alternation = 0;
  for (let i = 1; i + 1 < rows.length; i++)
    alternation += Math.abs(rows[i]! - (rows[i - 1]! + rows[i + 1]!) / 2);
  return alternation / (rows.length - 2);
}

/**
 * Stars: pixels that are the brightest of their 3×3 neighbourhood and at least `by` brighter
 * than the mean of the ring two pixels out (the star map is magnified, so a star is a small
 * blob, not always a single pixel).
 */
function specks(im: Image, box: Box, by = 12): number {
  let count = 0;
  pixels(im, box, (x, y) => {
    if (x < 2 || y < 2 || x + 2 >= im.width || y + 2 >= im.height) return;
    const c = luma(im, x, y);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && luma(im, x + dx, y + dy) > c) return;
    let ring = 0;
    for (let k = -2; k <= 2; k++)
      ring +=
        luma(im, x + k, y - 2) +
        luma(im, x + k, y + 2) +
        luma(im, x - 2, y + k) +
        luma(im, x + 2, y + k);
    if (c - ring / 20 >= by) count++;
  });
  return count;
}

/**
 * Patchiness: the spread of brightness along each row about the row's own mean, averaged over
 * rows. A flat colour or a gradient down the frame has none; patches of grass and soil have some.
 */
function patchiness(im: Image, box: Box): number {
  const [l, t, r, b] = box;
  let total = 0;
  let rows = 0;
  for (let y = Math.floor(im.height * t); y < im.height * b; y++, rows++) {
    const values: number[] = [];
    for (let x = Math.floor(im.width * l); x < im.width * r; x++) values.push(luma(im, x, y));
    const m = values.reduce((a, v) => a + v, 0) / values.length;
    total += Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / values.length);
  }
  return total / rows;
}

/** The canvas alone: panels and labels hidden, so regions hold only the scene. */
async function sceneShot(name: string): Promise<Image> {
  // Through the CSS object model: the page's policy forbids inline style sheets.
  await session.page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-panel], [data-scene-label]'))
      el.style.visibility = 'hidden';
  });
  await session.page.waitForTimeout(200);
  // Texture uploads after ready can hold a software renderer for many seconds.
  const png = await session.page.locator('canvas').screenshot({ timeout: 60_000 });
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/ground-${name}.png`, png);
  return decodePng(png);
}

const MS19 = '?mission=soyuz-ms-19-landing&rate=0';

describe('the ground camera after landing (MS-19, a minute after touchdown)', () => {
  it('shows the capsule on textured steppe, with no stripes', async () => {
    await openApp(session, baseUrl, `${MS19}&t=2022-03-30T11:29:30Z&camera=ground`, 'ready');
    expect((await getState(session.page)).camera).toBe('ground');
    const im = await sceneShot('landed');
    // The long lens: the capsule's shaded side (right of the descent path's line) stands out
    // from the steppe beside it.
    const capsule = mean(im, [0.503, 0.41, 0.511, 0.44]);
    const beside = mean(im, [0.55, 0.41, 0.6, 0.44]);
    const ground = [0.05, 0.6, 0.95, 0.95] as Box;
    const soil = mean(im, ground);
    const patches = patchiness(im, ground);
    console.log({ capsule, beside, soil, patches, stripes: stripes(im, ground) });
    expect(Math.abs(capsule.l - beside.l)).toBeGreaterThan(15);
    // The lower half is earth-coloured, not grey-blue, and patchy, not a flat gradient…
    expect(soil.r).toBeGreaterThan(soil.b + 10);
    expect(patches).toBeGreaterThan(3);
    // …with no rows alternating into stripes.
    expect(stripes(im, ground)).toBeLessThan(0.2 * patches);
  });
});

describe('from orbit (MS-19, the station at 10:45, its limb in daylight)', () => {
  it('draws no stars through the sunlit air above the limb', async () => {
    // The full 4K star map (a software renderer is otherwise given the 2K one): the small maps
    // have too few single-pixel stars to find.
    await session.page.evaluate(() => localStorage.setItem('soyuz.textures', 'full'));
    await openApp(session, baseUrl, `${MS19}&t=2022-03-30T10:45:00Z&camera=iss`);
    await session.page.evaluate(() => localStorage.removeItem('soyuz.textures'));
    const im = await sceneShot('limb');
    const glowBlue = (x: number, y: number) => {
      const o = (y * im.width + x) * 4;
      return im.rgba[o + 2]! > 120 && im.rgba[o + 2]! > im.rgba[o]! + 40;
    };
    // Right of the station, column by column: the limb's glow begins at the first glow-blue
    // pixel from the top; the sunlit air is the band of rows from there down.
    let inAir = 0;
    let columns = 0;
    for (let x = Math.floor(im.width * 0.65); x < im.width * 0.95; x++) {
      let limb = 0;
      while (limb < im.height && !glowBlue(x, limb)) limb++;
      if (limb >= im.height - 12 || limb < 20) continue;
      columns++;
      const rows: Box = [
        x / im.width,
        limb / im.height,
        (x + 1) / im.width,
        (limb + 10) / im.height,
      ];
      inAir += specks(im, rows);
    }
    const open = specks(im, [0.65, 0.05, 0.95, 0.25]);
    console.log({ columns, inAir, open });
    expect(columns).toBeGreaterThan(100);
    // The check means something only where stars show in open space above.
    expect(open).toBeGreaterThan(5);
    // A few local maxima where the glow meets the surface texture; stars shining through the
    // glow (as when it was added over them) number in the hundreds here.
    expect(inAir).toBeLessThan(20);
  });
});

describe('the ground camera at the MS-22 launch', () => {
  it('frames the rocket on the pad a fair part of the frame high', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-22-launch&t=2022-09-21T13:54:40Z&rate=0&camera=ground',
      'ready',
    );
    const im = await sceneShot('launch');
    // Rows where a bright grey rocket crosses the frame's centre column band.
    let rows = 0;
    for (let y = 0; y < im.height; y++) {
      let hit = false;
      for (let x = Math.floor(im.width * 0.48); x < im.width * 0.52 && !hit; x++) {
        const o = (y * im.width + x) * 4;
        const [r, g, b] = [im.rgba[o]!, im.rgba[o + 1]!, im.rgba[o + 2]!];
        hit = Math.min(r, g, b) > 110 && Math.max(r, g, b) - Math.min(r, g, b) < 30;
      }
      if (hit) rows++;
    }
    console.log({ rocketRows: rows / im.height });
    expect(rows / im.height).toBeGreaterThan(0.2);
  });
});

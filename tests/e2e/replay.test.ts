import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getState, openApp, seekTo, untilLoaded } from './browser';
import { sharedSession } from './sharedSession';
import { decodePng } from './pixels';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

describe('Soyuz MS-19 replay (modelled descent)', () => {
  // One page for the replay; each moment after the first is a seek, not a load.
  it('has no capsule before the deorbit burn', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=0',
      'interactive',
    );
    expect((await getState(session.page)).capsule).toBeNull();
  });

  it('is in plasma blackout high over Kazakhstan a few minutes before peak g', async () => {
    await seekTo(session.page, '2022-03-30T11:09:00Z');
    const c = (await getState(session.page)).capsule!;
    expect(c.phase).toBe('blackout_start');
    expect(c.altKm).toBeGreaterThan(35);
    expect(c.altKm).toBeLessThan(80);
    expect(c.g).toBeGreaterThan(1);
  });

  it('comes down under the main canopy near the landing zone, and rests on the ground after', async () => {
    await seekTo(session.page, '2022-03-30T11:20:00Z');
    const chute = (await getState(session.page)).capsule!;
    expect(['main_chute', 'heat_shield_jettison']).toContain(chute.phase);
    expect(chute.speedKms).toBeLessThan(0.02);
    expect(Math.abs(chute.lat - 47.41)).toBeLessThan(0.5);

    await seekTo(session.page, '2022-03-30T11:45:00Z');
    const landed = (await getState(session.page)).capsule!;
    expect(landed.phase).toBe('touchdown');
    expect(landed.altKm).toBeLessThan(1);
  });

  it('a seek outside the replay is refused in words, and the replay stays where it was', async () => {
    const page = session.page;
    const message = await page.evaluate(() => {
      try {
        window.soyuzReplay!.seek('2000-01-01T00:00:00Z');
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toMatch(/outside this replay/);
    expect((await getState(page)).utc).toBe('2022-03-30T11:45:00Z');
  });
});

describe('replay controls', () => {
  it('] and [ jump between events, and a marker click jumps to its event', async () => {
    // The MS-19 page of the tests above, back at the replay's opening moment, its textures in.
    const page = session.page;
    await seekTo(page, '2022-03-30T10:29:00Z');
    await untilLoaded(page);
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press(']');
    const burn = await getState(page);
    expect(burn.utc).toBe('2022-03-30T10:34:00Z');
    expect(burn.capsule?.phase).toBe('deorbit_burn_start');
    await page.keyboard.press(']');
    expect((await getState(page)).capsule?.phase).toBe('deorbit_burn_end');
    await page.keyboard.press('[');
    expect((await getState(page)).utc).toBe('2022-03-30T10:34:00Z');
    await expect
      .poll(() => page.getByTestId('next-event').textContent())
      .toMatch(/Next: Burn ends in 4:40/);

    await page.locator('[data-event="main_chute"]').dispatchEvent('pointerdown');
    expect((await getState(page)).capsule?.phase).toBe('main_chute');
    // The reported time is shown beside the modelled one on a marker.
    expect(await page.locator('[data-event="touchdown"]').getAttribute('title')).toMatch(
      /modelled 11:27:\d\d UTC; reported 11:28:03 UTC \(actual\)/,
    );
  });

  it('dragging on a chart scrubs the scene through the descent', async () => {
    // Still the MS-19 page (the charts folded, as it opened at 720 px).
    const page = session.page;
    await seekTo(page, '2022-03-30T10:30:00Z');
    // At 720 px the charts start folded so they do not cover the globe.
    expect(await page.locator('[data-chart="g"]').count()).toBe(0);
    await page.getByTestId('charts-toggle').click();
    const chart = page.locator('[data-chart="g"]');
    const box = (await chart.boundingBox())!;
    const y = box.y + box.height * 0.7;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    const early = await getState(page);
    await page.mouse.move(box.x + box.width * 0.9, y, { steps: 5 });
    await page.mouse.up();
    const late = await getState(page);
    // The chart spans burn to touchdown: 10% in is the coast after the burn, 90% under the canopy.
    expect(early.capsule?.altKm).toBeGreaterThan(300);
    expect(late.capsule?.altKm).toBeLessThan(12);
    expect(late.utcMs).toBeGreaterThan(early.utcMs);
  });

  it('opens a replay in smart rate, which runs fast between events and slows at them', async () => {
    // The state and the picker only: no need to wait for the full textures ('interactive').
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:00:00Z',
      'interactive',
    );
    const page = session.page;
    expect((await getState(page)).smart).toBe(true);
    // The rate picker says so (it showed its first entry, −3600×, before it had a smart entry).
    expect(await page.getByTestId('rate').inputValue()).toBe('smart');
    // The clock keeps real time even while the full textures upload, so by now it may be at the
    // burn, where smart rate is 1×. Measure the coast from a paused start instead: 08:00, 70 min
    // after the separation burn and 2.5 h before the deorbit burn.
    await page.keyboard.press('Space');
    expect((await getState(page)).playing).toBe(false);
    await seekTo(page, '2022-03-30T08:00:00Z');
    await page.keyboard.press('Space');
    const a = await getState(page);
    expect(a.smart).toBe(true);
    await expect
      .poll(async () => (await getState(page)).utcMs - a.utcMs, { timeout: 15_000 })
      .toBeGreaterThan(5 * 60_000);
    await page.keyboard.press('Space');
  });

  it('the chase camera holds the capsule still to a pixel across newly drawn frames', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T11:25:00Z&rate=0&camera=soyuz',
    );
    const page = session.page;
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    const shots: Buffer[] = [];
    const frames: number[] = [];
    // Paused at t, then 10 s later (the capsule has dropped ~90 m under its canopy and the camera
    // has followed), then back at t: each is a newly drawn frame.
    for (const key of [null, 'ArrowRight', 'ArrowLeft']) {
      if (key) await page.keyboard.press(key);
      await page.waitForTimeout(300);
      shots.push(await page.locator('canvas').screenshot());
      frames.push((await getState(page)).frames);
    }
    expect(frames[1]).toBeGreaterThan(frames[0]!);
    expect(frames[2]).toBeGreaterThan(frames[1]!);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/chase-main-chute.png', shots[0]!);
    const centroid = (png: Buffer) => {
      // The capsule is the charred, near-black blob below the centre (the canopy is framed
      // above it, the mid-toned steppe behind it); take the centroid of near-black pixels there.
      const { width, height, rgba } = decodePng(png);
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let y = Math.floor(height * 0.45); y < height * 0.85; y++) {
        for (let x = Math.floor(width * 0.35); x < width * 0.65; x++) {
          const o = (y * width + x) * 4;
          const r = rgba[o]!;
          const g = rgba[o + 1]!;
          const b = rgba[o + 2]!;
          if (r + g + b < 110) {
            sx += x;
            sy += y;
            n++;
          }
        }
      }
      return { x: sx / n, y: sy / n, n };
    };
    const c = shots.map(centroid);
    expect(c[0]!.n).toBeGreaterThan(40);
    for (const k of c.slice(1)) {
      expect(Math.abs(k.x - c[0]!.x)).toBeLessThan(1);
      expect(Math.abs(k.y - c[0]!.y)).toBeLessThan(1);
    }
  });
});

describe('Soyuz TMA-11 (2008) ballistic return, from a reconstructed orbit', () => {
  it('pulls over 7 g in the ballistic entry and lands on the reported point', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-tma-11-ballistic-landing&t=2008-04-19T08:14:12Z&rate=0',
      'interactive',
    );
    const peak = (await getState(session.page)).capsule!;
    expect(peak.g).toBeGreaterThan(7);
    await seekTo(session.page, '2008-04-19T08:40:00Z');
    const landed = (await getState(session.page)).capsule!;
    expect(landed.phase).toBe('touchdown');
    expect(Math.abs(landed.lat - 50.533)).toBeLessThan(0.02);
    expect(Math.abs(landed.lon - 61.1)).toBeLessThan(0.02);
  });

  it('shows where a guided descent from the same burn lands, and says the orbit is reconstructed', async () => {
    const page = session.page;
    const label = page.locator('.scene-label--alternative');
    await expect.poll(() => label.isVisible(), { timeout: 15_000 }).toBe(true);
    const km = Number(/(\d+) km further/.exec((await label.textContent()) ?? '')?.[1]);
    // Sources: 420 to 475 km short of the target zone.
    expect(km).toBeGreaterThan(380);
    expect(km).toBeLessThan(520);
    await page.getByTestId('facts-button').click();
    await expect
      .poll(() => page.getByTestId('mission-card').textContent())
      .toMatch(
        /Reconstructed orbit: the data has no ISS element set within 10 days of this 2008 return/,
      );
  });
});

describe('missions', () => {
  it('the picker searches the missions and loads one; the card shows crew and sources', async () => {
    // The TMA-11 page above: the picker works from any replay.
    const page = session.page;
    await untilLoaded(page);
    await page.getByTestId('missions-button').click();
    const items = page.locator('[data-mission]');
    // The English page finds the Russian spelling too: the picker fetched the spellings as it opened.
    await page.getByTestId('mission-search').fill('Келли');
    await expect.poll(() => items.count()).toBe(2);
    await page.getByTestId('mission-search').fill('kelly');
    // Scott Kelly came home twice in the data (TMA-01M in 2011, TMA-18M in 2016): most recent first.
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().getAttribute('data-mission')).toBe('soyuz-tma-18m-landing');
    await page.getByTestId('mission-search').press('Enter');
    const s = await getState(page);
    expect(s.mission).toBe('soyuz-tma-18m-landing');
    expect(s.utc).toBe('2016-03-02T03:27:00Z');

    await page.getByTestId('facts-button').click();
    const card = page.getByTestId('mission-card');
    await expect.poll(() => card.textContent()).toMatch(/Scott Kelly/);
    expect(await card.textContent()).toMatch(/340 days/);
    await card.getByText(/^Sources \(\d+\)$/).click();
    expect(await card.locator('.mission-card__sources li').count()).toBeGreaterThan(2);
  });
});

import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

describe('Soyuz MS-22 launch replay (approximate ascent)', () => {
  it('climbs over Kazakhstan three minutes after lift-off, with the launch markers on the timeline', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-22-launch&t=2022-09-21T13:58:00Z&rate=0');
    const page = session.page;
    const s = await getState(page);
    expect(s.capsule).toBeNull();
    const a = s.ascent!;
    expect(a.altKm).toBeGreaterThan(60);
    expect(a.altKm).toBeLessThan(200);
    // Kazakhstan spans about 40.5-55.5 N, 46.5-87.3 E.
    expect(a.lat).toBeGreaterThan(40.5);
    expect(a.lat).toBeLessThan(55.5);
    expect(a.lon).toBeGreaterThan(46.5);
    expect(a.lon).toBeLessThan(87.3);
    expect(a.phase).toBe('fairing_jettison');
    for (const e of ['launch', 'first_stage_separation', 'orbit_insertion', 'docking']) {
      await expect.poll(() => page.locator(`[data-event="${e}"]`).count()).toBe(1);
    }
    await expect
      .poll(() => page.locator('.telemetry .badge').textContent())
      .toMatch(/approximate/i);
  });

  it('] jumps to the next event, the core stage separation', async () => {
    const page = session.page;
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press(']');
    const s = await getState(page);
    expect(s.ascent?.phase).toBe('second_stage_separation');
    expect(s.utcMs).toBe(Date.parse('2022-09-21T13:54:49.531Z') + 287_700);
    await expect
      .poll(() => page.getByTestId('next-event').textContent())
      .toMatch(/Next: Third stage cut-off in 3:58/);
  });

  it('is docked next to the ISS at 17:06:40, and the chase view shows it', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-22-launch&t=2022-09-21T17:06:40Z&rate=0&camera=soyuz',
    );
    const s = await getState(session.page);
    const a = s.ascent!;
    expect(a.docked).toBe(true);
    expect(a.phase).toBe('docking');
    expect(Math.abs(a.altKm - s.iss!.altKm)).toBeLessThan(0.5);
    expect(Math.abs(a.lat - s.iss!.lat)).toBeLessThan(0.01);
    expect(Math.abs(a.lon - s.iss!.lon)).toBeLessThan(0.01);
    expect(a.speedKms).toBeGreaterThan(7.6);
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/launch-docked.png' });
  });

  it('climbs on its rocket a minute after lift-off, in the chase view', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-22-launch&t=2022-09-21T13:56:00Z&rate=0&camera=soyuz',
    );
    const a = (await getState(session.page)).ascent!;
    expect(a.phase).toBe('launch');
    expect(a.altKm).toBeGreaterThan(10);
    await session.page.screenshot({ path: 'test-results/launch-ascent.png' });
  });
});

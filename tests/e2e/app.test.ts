import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, openBrowser, seekTo } from './browser';
import { sharedSession } from './sharedSession';
import { pixelStats } from './pixels';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

describe('first load', () => {
  it('becomes ready and draws a real Earth, not a blank canvas', async () => {
    await openApp(session, baseUrl, '?rate=0');
    const state = await getState(session.page);
    expect(state.ready).toBe(true);
    expect(state.mission).toBe('soyuz-ms-19-landing');
    expect(state.utc).toBe('2022-03-30T10:29:00Z');
    expect(state.iss!.altKm).toBeGreaterThan(400);
    expect(state.iss!.altKm).toBeLessThan(440);
    expect(state.frames).toBeGreaterThan(0);

    const png = await session.page.locator('canvas').screenshot();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/default-view.png', png);
    const stats = pixelStats(png);
    // A lit globe covers a good part of the view, with ocean blue and many distinct colours.
    expect(stats.litShare).toBeGreaterThan(0.2);
    expect(stats.blueShare).toBeGreaterThan(0.03);
    expect(stats.colours).toBeGreaterThan(80);
  });

  it('labels Zhezkazgan and Baikonur and shows the ISS readout', async () => {
    await expect
      .poll(() => session.page.getByText('Zhezkazgan', { exact: true }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => session.page.getByText('Baikonur Site 31').count()).toBeGreaterThan(0);
    const alt = await session.page.locator('[data-field="alt"]').textContent();
    expect(alt).toMatch(/^4\d\d\.\d km$/);
  });
});

describe('timeline', () => {
  it('dragging the timeline moves the ISS, while dragging and not only on release', async () => {
    // The first test's page, back at its opening moment: no reload.
    await seekTo(session.page, '2022-03-30T10:29:00Z');
    const page = session.page;
    const before = await getState(page);
    const box = (await page.getByTestId('timeline').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
    const during = await getState(page);
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 4 });
    await page.mouse.up();
    const after = await getState(page);

    expect(during.utcMs).not.toBe(before.utcMs);
    expect(after.utcMs).toBeGreaterThan(during.utcMs);
    expect(during.iss!.lat).not.toBeCloseTo(before.iss!.lat, 3);
    expect(after.iss!.lon).not.toBeCloseTo(during.iss!.lon, 3);
    // The scene drew new frames while scrubbing.
    expect(after.frames).toBeGreaterThan(before.frames);
    // And the address bar follows, so a copied link reopens this moment.
    await expect
      .poll(() => page.evaluate(() => location.search), { timeout: 5000 })
      .toContain(`t=${after.utc}`);
  });

  it('keyboard: Space plays and pauses, arrows step, Home and End jump', async () => {
    // The first test's page, back at its opening moment: no reload.
    await seekTo(session.page, '2022-03-30T10:29:00Z');
    const page = session.page;
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    const t0 = (await getState(page)).utcMs;
    await page.keyboard.press('ArrowRight');
    expect((await getState(page)).utcMs).toBe(t0 + 10_000);
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await getState(page)).utcMs).toBe(t0 - 50_000);
    await page.keyboard.press('Space');
    expect((await getState(page)).playing).toBe(true);
    await expect
      .poll(async () => (await getState(page)).utcMs, { timeout: 10_000 })
      .toBeGreaterThan(t0 - 50_000);
    await page.keyboard.press('Space');
    expect((await getState(page)).playing).toBe(false);
    await page.keyboard.press('Home');
    const start = (await getState(page)).utcMs;
    await page.keyboard.press('End');
    expect((await getState(page)).utcMs).toBeGreaterThan(start);
  });
});

describe('deep links', () => {
  it('opens exactly the moment, rate and camera a link names', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-tma-18m-landing&t=2016-03-02T03:45:30Z&rate=0&camera=iss',
    );
    const s = await getState(session.page);
    expect(s.mission).toBe('soyuz-tma-18m-landing');
    expect(s.utc).toBe('2016-03-02T03:45:30Z');
    expect(s.playing).toBe(false);
    expect(s.camera).toBe('iss');
    expect(s.iss).not.toBeNull();
    await expect.poll(() => session.page.getByTestId('notice').count()).toBe(0);
    const png = await session.page.locator('canvas').screenshot();
    writeFileSync('test-results/follow-iss.png', png);
    expect(pixelStats(png).colours).toBeGreaterThan(40);
  });

  it('a playing link plays at the rate it names', async () => {
    await openApp(session, baseUrl, '?t=2022-03-30T10:40:00Z&rate=600', 'interactive');
    const s = await getState(session.page);
    expect(s.rate).toBe(600);
    expect(s.playing).toBe(true);
    await expect
      .poll(async () => (await getState(session.page)).utcMs, { timeout: 10_000 })
      .toBeGreaterThan(Date.UTC(2022, 2, 30, 10, 40, 5));
  });

  it('ignores malformed parameters with a visible, dismissible notice and still renders', async () => {
    await openApp(session, baseUrl, '?mission=<b>x</b>&t=not-a-time&rate=9e99&camera=%00');
    const page = session.page;
    const s = await getState(page);
    expect(s.mission).toBe('soyuz-ms-19-landing');
    expect(s.ready).toBe(true);
    const notices = page.getByTestId('notice');
    await expect.poll(() => notices.count()).toBe(4);
    // Shown as text, never as HTML.
    expect(await page.locator('.notices b').count()).toBe(0);
    await expect
      .poll(() => page.getByText('<b>x</b>', { exact: false }).count())
      .toBeGreaterThan(0);
    await notices.first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notices.count()).toBe(3);
  });
});

describe('without WebGL', () => {
  it('says so clearly, and the timeline and figures still work', async () => {
    const noGl = await openBrowser(baseUrl, { width: 1280, height: 720 }, [
      '--disable-webgl',
      '--disable-3d-apis',
    ]);
    try {
      await openApp(noGl, baseUrl, '?rate=0');
      const page = noGl.page;
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/WebGL/);
      expect(await page.locator('canvas').count()).toBe(0);
      const before = await getState(page);
      expect(before.iss).not.toBeNull();
      await page.getByTestId('timeline').focus();
      await page.keyboard.press('End');
      const after = await getState(page);
      expect(after.utcMs).toBeGreaterThan(before.utcMs);
      // End is after touchdown: the panel says so in figures, straight from the clock.
      expect(await page.locator('[data-field="alt"]').textContent()).toBe('0 m');
      expect(await page.locator('[data-field="ttd"]').textContent()).toBe('landed');
      await page.keyboard.press('Home');
      expect(await page.locator('[data-field="alt"]').textContent()).toMatch(/^4\d\d\.\d km$/);
      expect(noGl.errors).toEqual([]);
      expect(noGl.foreignRequests).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

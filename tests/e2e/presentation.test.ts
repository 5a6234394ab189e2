import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, seekTo, untilLoaded } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

const MS19_T = '2022-03-30T10:30:00Z';
const MS19 = `?mission=soyuz-ms-19-landing&t=${MS19_T}&rate=0`;
// The tests after the first two go on in the second one's page, seeking back to MS19_T, instead
// of loading the app again (each load is seconds of shader compiling on software WebGL).
const BURN_MS = Date.parse('2022-03-30T10:34:00Z');
const presenting = () =>
  session.page.evaluate(() => document.documentElement.classList.contains('presenting'));
const controlsHidden = () =>
  session.page.evaluate(() =>
    document.querySelector('main')!.classList.contains('controls-hidden'),
  );

describe('presentation mode', () => {
  it('P goes fullscreen with large type, and the controls hide when idle and come back on input', async () => {
    await openApp(session, baseUrl, MS19);
    const page = session.page;
    const sizeBefore = await page.evaluate(
      () => getComputedStyle(document.documentElement).fontSize,
    );
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('p');
    expect(await presenting()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    const sizeAfter = await page.evaluate(
      () => getComputedStyle(document.documentElement).fontSize,
    );
    expect(parseFloat(sizeAfter)).toBeGreaterThan(parseFloat(sizeBefore) * 1.2);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/present=1/);
    // Idle: the timeline and buttons fade out; the title and caption stay.
    await expect.poll(controlsHidden, { timeout: 6000 }).toBe(true);
    await expect
      .poll(
        () =>
          page
            .getByTestId('timeline')
            .evaluate((el) => getComputedStyle(el.closest('.timeline-bar')!).opacity),
        // The fade is a 0.4 s transition: on a slow software renderer it can take a few frames.
        { timeout: 5000 },
      )
      .toBe('0');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    expect(await controlsHidden()).toBe(false);
    // P again leaves presentation mode and fullscreen.
    await page.keyboard.press('p');
    expect(await presenting()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  it('a link with present=1 opens in presentation mode', async () => {
    await openApp(session, baseUrl, `${MS19}&present=1`, 'interactive');
    expect(await presenting()).toBe(true);
    await session.page.keyboard.press('p');
  });
});

describe('presenter clicker', () => {
  it('PageDown goes to the next event and plays into it; PageUp goes back', async () => {
    const page = session.page;
    expect(await presenting()).toBe(false);
    await seekTo(page, MS19_T);
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('PageDown');
    let s = await getState(page);
    expect(s.playing).toBe(true);
    expect(s.smart).toBe(true);
    // 15 s before the burn, and playing (smart rate runs at real time this close to it).
    expect(s.utcMs).toBeGreaterThanOrEqual(BURN_MS - 15_000);
    expect(s.utcMs).toBeLessThan(BURN_MS);
    await page.keyboard.press('PageDown');
    s = await getState(page);
    expect(s.utcMs).toBeGreaterThan(BURN_MS);
    await page.keyboard.press('PageUp');
    s = await getState(page);
    expect(s.utcMs).toBeGreaterThanOrEqual(BURN_MS - 15_000);
    expect(s.utcMs).toBeLessThan(BURN_MS);
    await page.keyboard.press('Space');
  });

  it('the timeline keeps PageDown for the clicker while presenting', async () => {
    const page = session.page;
    await page.keyboard.press('p');
    expect(await presenting()).toBe(true);
    await seekTo(page, MS19_T);
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('PageDown');
    const s = await getState(page);
    expect(s.utcMs).toBeGreaterThanOrEqual(BURN_MS - 15_000);
    expect(s.utcMs).toBeLessThan(BURN_MS);
    await page.keyboard.press('Space');
    await page.keyboard.press('p');
  });

  it('B blanks the screen and B brings it back', async () => {
    const page = session.page;
    expect(await presenting()).toBe(false);
    await untilLoaded(page);
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('blank-screen').isVisible()).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('blank-screen').count()).toBe(0);
  });
});

describe('captions', () => {
  it('announce each event with its figures and a plain sentence, in a live region', async () => {
    const page = session.page;
    await seekTo(page, MS19_T);
    const caption = page.getByTestId('caption');
    expect(await caption.getAttribute('aria-live')).toBe('polite');
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press(']');
    await expect
      .poll(() => caption.textContent())
      .toMatch(/^Deorbit burn: 128 m\/s retrograde for 4 min 40 s .+\./);
    await page.locator('[data-event="main_chute"]').dispatchEvent('pointerdown');
    await expect.poll(() => caption.textContent()).toMatch(/^Main canopy: 1,000 m²/);
  });
});

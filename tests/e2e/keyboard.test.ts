import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, seekTo } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

const MS19 = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:40:00Z&rate=0';
const BURN_S = Date.parse('2022-03-30T10:34:00Z') / 1000;
/** MS19's moment: the tests after the first go back to it on the first one's page, not reload. */
const MS19_T = '2022-03-30T10:40:00Z';

/** Clicking on the globe gives the page focus without landing on a control. */
const focusScene = (page: Page) => page.locator('body').click({ position: { x: 640, y: 360 } });

interface Focused {
  /** The first line of its accessibility snapshot: `- button "Present"`. */
  aria: string;
  testId: string | null;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  visible: boolean;
}

async function focused(page: Page): Promise<Focused | null> {
  const info = await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    let opacity = 1;
    for (let e: Element | null = el; e; e = e.parentElement)
      opacity *= Number(getComputedStyle(e).opacity);
    return {
      testId: el.dataset.testid ?? null,
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      outlineColor: cs.outlineColor,
      visible: r.width > 0 && r.height > 0 && opacity > 0.5,
    };
  });
  if (!info) return null;
  const snapshot = await page.locator(':focus').ariaSnapshot();
  return { ...info, aria: snapshot.split('\n')[0]! };
}

/** Tab from the page onwards until focus comes round to the first control again. */
async function tabRound(page: Page, max = 40): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    if (seen.length > 0 && f.aria === seen[0]!.aria && f.testId === seen[0]!.testId) break;
    seen.push(f);
  }
  return seen;
}

describe('keyboard', () => {
  it('Tab reaches every control, each named and with a visible focus ring', async () => {
    await openApp(session, baseUrl, MS19, 'interactive');
    const page = session.page;
    await focusScene(page);
    // The charts start folded on a 720-pixel-high window.
    if ((await page.getByTestId('charts').count()) === 0) await page.keyboard.press('c');
    await page.getByTestId('charts').waitFor();
    const round = await tabRound(page);
    const problems = round
      .filter(
        (f) =>
          !/^- \w+ ".+"/.test(f.aria) ||
          f.outlineStyle === 'none' ||
          f.outlineWidth < 2 ||
          f.outlineColor !== 'rgb(255, 228, 92)' ||
          !f.visible,
      )
      .map((f) => JSON.stringify(f));
    expect(problems).toEqual([]);
    const ids = round.map((f) => f.testId);
    for (const id of [
      'missions-button',
      'facts-button',
      'camera',
      'charts-toggle',
      'charts',
      'play',
      'rate',
      'timeline',
    ])
      expect(ids).toContain(id);
    const roles = round.map((f) => f.aria);
    expect(roles).toContainEqual(expect.stringMatching(/^- button "(Present|Exit presentation)/));
    expect(roles).toContainEqual(expect.stringMatching(/^- button "Keyboard help/));
    // Every control is reached once: no focus traps, no invisible stops in between.
    expect(new Set(round.map((f) => `${f.aria}|${f.testId}`)).size).toBe(round.length);
  });

  it('the timeline is a slider whose value is the time as text, stepped by the arrow keys', async () => {
    await seekTo(session.page, MS19_T);
    const slider = session.page.getByRole('slider', { name: 'Replay time' });
    await slider.focus();
    const now = Number(await slider.getAttribute('aria-valuenow'));
    expect(now).toBe(Date.parse('2022-03-30T10:40:00Z') / 1000);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/10:40:00.*UTC/);
    await session.page.keyboard.press('ArrowRight');
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(now + 10);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/10:40:10.*UTC/);
    await session.page.keyboard.press('Shift+ArrowLeft');
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(now - 50);
    await session.page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuenow')).toBe(
      await slider.getAttribute('aria-valuemax'),
    );
  });

  it('the charts are a slider over the descent that reads the figures at the cursor', async () => {
    await seekTo(session.page, MS19_T);
    const page = session.page;
    await focusScene(page);
    if ((await page.getByTestId('charts').count()) === 0) await page.keyboard.press('c');
    const charts = page.getByRole('slider', { name: 'Descent charts' });
    await charts.focus();
    expect(await charts.getAttribute('aria-valuetext')).toMatch(
      /10:40:00.*UTC: Altitude \d+ km, Speed [\d.]+ km\/s, g-load [\d.]+ g/,
    );
    await page.keyboard.press('ArrowRight');
    expect((await getState(page)).utc).toBe('2022-03-30T10:40:10Z');
    await page.keyboard.press('Home');
    expect(Number(await charts.getAttribute('aria-valuenow'))).toBe(BURN_S);
  });

  it('help is a modal dialog: Tab stays inside, Esc closes it and focus goes back', async () => {
    await seekTo(session.page, MS19_T);
    const page = session.page;
    const helpButton = page.getByRole('button', { name: /Keyboard help/ });
    await helpButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard' });
    await dialog.waitFor();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await helpButton.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});

describe('reduced motion', () => {
  /**
   * The camera changes with no flight: from the key until well after the new view is drawn (a
   * flight would be under way from that frame on, for 1.2 s), it is never seen flying.
   */
  async function expectCutTo(page: Page, key: string, camera: string) {
    const f0 = (await getState(page)).frames;
    await page.keyboard.press(key);
    expect((await getState(page)).camera).toBe(camera);
    const deadline = Date.now() + 15_000;
    let after = 0;
    for (;;) {
      const s = await getState(page);
      expect(s.cameraFlying).toBe(false);
      if (s.frames > f0) after++;
      if (after >= 8) break;
      expect(Date.now()).toBeLessThan(deadline);
      await page.waitForTimeout(40);
    }
  }

  it('the setting in Help turns camera flights into cuts and fades into instant changes, and is remembered', async () => {
    const page = session.page;
    try {
      await openApp(session, baseUrl, `${MS19}&camera=earth`);
      await focusScene(page);
      await page.keyboard.press('?');
      const toggle = page.getByRole('button', { name: 'Reduce motion' });
      // It starts at the system's preference (none here).
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Escape');
      await focusScene(page);
      await expectCutTo(page, '3', 'soyuz');
      // Presentation mode's controls hide and come back without a fade.
      const fade = () =>
        page
          .getByTestId('timeline')
          .evaluate((el) => getComputedStyle(el.closest('.timeline-bar')!).transitionDuration);
      expect(await fade()).toBe('0s');

      // A new visit keeps the choice.
      await openApp(session, baseUrl, `${MS19}&camera=earth`);
      expect(
        await page.evaluate(() => document.documentElement.classList.contains('reduce-motion')),
      ).toBe(true);
      await focusScene(page);
      await expectCutTo(page, '2', 'iss');

      // Turned off again, the camera flies.
      await page.keyboard.press('?');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('Escape');
      await focusScene(page);
      expect(await fade()).not.toBe('0s');
      await page.keyboard.press('3');
      await expect
        .poll(async () => (await getState(page)).cameraFlying, { interval: 25, timeout: 10_000 })
        .toBe(true);
      await expect
        .poll(async () => (await getState(page)).cameraFlying, { timeout: 10_000 })
        .toBe(false);
    } finally {
      // The choice is kept in the browser profile, which the other tests in this file share.
      await page.evaluate(() => localStorage.clear());
    }
  });

  it('starts on where the system asks for reduced motion', async () => {
    const page = session.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await openApp(session, baseUrl, MS19);
      await focusScene(page);
      await page.keyboard.press('?');
      expect(
        await page.getByRole('button', { name: 'Reduce motion' }).getAttribute('aria-pressed'),
      ).toBe('true');
      await page.keyboard.press('Escape');
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

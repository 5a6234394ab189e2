import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  browserEndpoint,
  getState,
  openApp,
  openBrowser,
  openSharedSession,
  type Session,
} from './browser';
import { layoutFaults } from './layoutChecks';

const baseUrl = inject('baseUrl');

/**
 * The overlay's layout is HTML over the canvas and does not depend on what the canvas draws, so
 * the 42 layouts are read in a browser without WebGL: software WebGL redrew the 1920×1080 scene at
 * every resize and language, which made this the slowest file of the suite (146 s in CI). The
 * phone test below keeps real WebGL.
 */
let live: Session | undefined;
const session = {
  get page() {
    return live!.page;
  },
};
beforeAll(async () => {
  live = await openBrowser(baseUrl, { width: 1920, height: 1080 }, [
    '--disable-webgl',
    '--disable-3d-apis',
  ]);
});
afterAll(async () => {
  expect(live!.foreignRequests).toEqual([]);
  expect(live!.errors).toEqual([]);
  await live!.close();
});

/** The screens a class meets: projectors, laptops, a tablet both ways, a phone. */
const SIZES = [
  [1920, 1080],
  [1366, 768],
  [1280, 720],
  [1024, 768],
  [768, 1024],
  [390, 844],
] as const;
const LANGS = ['en', 'ru', 'kk'] as const;
/** The burn has just ended: the caption is up, every panel shows. */
const AFTER_BURN = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:39:00Z&rate=0';

async function setSize(width: number, height: number): Promise<void> {
  await session.page.setViewportSize({ width, height });
}

/** Choose a language with the picker, from the menu drawer where the screen folds it away. */
async function chooseLanguage(lang: string): Promise<void> {
  const page = session.page;
  const picker = page.getByTestId('language');
  const open = !(await picker.isVisible());
  if (open) await page.getByTestId('menu-button').click();
  await picker.selectOption(lang);
  // Russian and Kazakh are chunks fetched on demand: measure once the words have changed.
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  if (open) await page.getByTestId('menu-button').click();
}

/** Settle: a presentation's idle controls come back on a move; fonts and the grid reflow. */
async function settle(): Promise<void> {
  const page = session.page;
  await page.mouse.move(5 + Math.random() * 20, 300);
  await page.waitForFunction(
    () => document.querySelector('main.controls-hidden') === null,
    undefined,
    { timeout: 5000 },
  );
  // The controls fade back in over 0.4 s; read the layout when they are whole (and at least two
  // frames on, once React and the grid have taken a new size or language in).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.hud__controls, .timeline-bar')].every(
        (el) => getComputedStyle(el).opacity === '1',
      ),
    undefined,
    { timeout: 5000 },
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

async function faultsAt(width: number, height: number, lang: string): Promise<string[]> {
  await setSize(width, height);
  await settle();
  await chooseLanguage(lang);
  await settle();
  return (await layoutFaults(session.page)).map((f) => `${width}x${height} ${lang}: ${f}`);
}

describe('layout on every screen, in every language', () => {
  it('every control is on screen, no panel covers another or the caption, no label is cut', async () => {
    await openApp(live!, baseUrl, AFTER_BURN, 'interactive');
    // The check is not empty: the caption and the usual panels are there to be measured.
    expect(await session.page.locator('[data-panel="caption"] .caption__line').count()).toBe(1);
    const faults: string[] = [];
    for (const lang of LANGS)
      for (const [w, h] of SIZES) faults.push(...(await faultsAt(w, h, lang)));
    expect(faults).toEqual([]);
  });

  it('the same in presentation mode, with its larger type, while the controls show', async () => {
    await session.page.keyboard.press('p');
    await expect
      .poll(() =>
        session.page.evaluate(() => document.documentElement.classList.contains('presenting')),
      )
      .toBe(true);
    const faults: string[] = [];
    for (const lang of LANGS)
      for (const [w, h] of SIZES) faults.push(...(await faultsAt(w, h, lang)));
    await session.page.keyboard.press('p');
    expect(faults).toEqual([]);
  });

  it('with the lab, the notes and a header drop-down open', async () => {
    const page = session.page;
    const faults: string[] = [];
    for (const [w, h] of [SIZES[0], SIZES[3], SIZES[5]]) {
      await setSize(w, h);
      await settle();
      await page.keyboard.press('w');
      await page.keyboard.press('n');
      await page.getByTestId('facts-button').click();
      for (const lang of ['en', 'kk']) {
        await chooseLanguage(lang);
        await settle();
        expect(await page.locator('[data-panel="lab"]').isVisible()).toBe(true);
        faults.push(...(await layoutFaults(page)).map((f) => `${w}x${h} ${lang}: ${f}`));
      }
      await page.getByTestId('facts-button').click();
      await page.keyboard.press('n');
      await page.keyboard.press('w');
    }
    expect(faults).toEqual([]);
  });
});

describe('a phone, by touch', () => {
  it('the timeline spans the screen and a tap on it moves the clock there', async () => {
    const phone = await openSharedSession(
      browserEndpoint(inject('browserWsEndpoints')),
      baseUrl,
      { width: 390, height: 844 },
      { hasTouch: true, isMobile: true },
    );
    try {
      await openApp(phone, baseUrl, AFTER_BURN, 'interactive');
      const slider = phone.page.locator('.timeline-slider');
      const box = (await slider.boundingBox())!;
      // Most of the width, not a sliver beside the clock.
      expect(box.width).toBeGreaterThan(0.7 * 390);
      const before = await getState(phone.page);
      await phone.page.touchscreen.tap(box.x + box.width * 0.25, box.y + box.height / 2);
      await expect.poll(async () => (await getState(phone.page)).utcMs).not.toBe(before.utcMs);
      const range = await phone.page.evaluate(() => {
        const s = window.soyuzReplay!.getState();
        return s.utcMs;
      });
      expect(range).toBeLessThan(before.utcMs);
      expect(await layoutFaults(phone.page)).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

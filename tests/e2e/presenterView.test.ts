import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findMission } from '../../src/data/catalog';
import { missionClock } from '../../src/replay/missionClock';
import { getState } from './browser';
import { layoutFaults } from './layoutChecks';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// Both windows in one browser context, as a teacher's two windows share one browser profile.
const session = sharedSession(baseUrl, { width: 1280, height: 720 });

const MS19 = 'soyuz-ms-19-landing';
const MS24 = 'soyuz-ms-24-landing';

/** Paused at MS-19's undocking: an instant both windows can be compared at, to the millisecond. */
function atUndocking(id: string): string {
  const undocking = missionClock(findMission(id)!).events.find((e) => e.type === 'undocking')!;
  return `mission=${id}&t=${new Date(undocking.utcMs).toISOString()}&rate=0`;
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.dataset.ready === 'true' && !document.querySelector('.loading'),
    undefined,
    { timeout: 90_000 },
  );
}

/** Keys go to the page, not a control. */
const focusPage = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const view = (page: Page) =>
  page.evaluate(() => {
    const app = document.querySelector('main.app')!;
    return app.classList.contains('view-screen')
      ? 'screen'
      : app.classList.contains('view-presenter')
        ? 'presenter'
        : 'normal';
  });

/** What must be the same in both windows. */
async function shown(page: Page) {
  const s = await getState(page);
  return { utcMs: s.utcMs, mission: s.mission, camera: s.camera, playing: s.playing };
}

/** The other window follows: it shows the same mission, camera and (paused) instant. */
async function expectFollows(from: Page, to: Page): Promise<void> {
  const want = await shown(from);
  await expect.poll(() => shown(to), { timeout: 3_000, interval: 50 }).toEqual(want);
}

describe("the presenter's view: two windows in step", () => {
  it('links open either role; each window drives the other; closing one leaves the other whole', async () => {
    const screen = session.page;
    await screen.goto(`${baseUrl}/?${atUndocking(MS19)}&view=screen`);
    await waitReady(screen);
    expect(await view(screen)).toBe('screen');
    // The projector's window: scene, caption and title; nothing to click.
    expect(await screen.getByTestId('presenter-view-button').isVisible()).toBe(false);
    expect(await screen.locator('.timeline-bar').isVisible()).toBe(false);
    expect(await screen.locator('.mission-header h1').isVisible()).toBe(true);

    // The laptop's window opens at another moment: it takes the lesson as it stands.
    const presenter = await session.context.newPage();
    const errors: string[] = [];
    presenter.on('pageerror', (e) => errors.push(e.message));
    presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await presenter.goto(`${baseUrl}/?mission=${MS24}&rate=0&view=presenter`);
    await waitReady(presenter);
    expect(await view(presenter)).toBe('presenter');
    await expectFollows(screen, presenter);
    expect((await getState(presenter)).mission).toBe(MS19);
    await expect
      .poll(() => presenter.getByTestId('presenter-desk').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await presenter.getByTestId('presenter-now').textContent()).not.toBe('');
    await expect
      .poll(() => presenter.locator('.presenter-desk__peer').getAttribute('data-connected'))
      .toBe('true');
    // The teacher's notes are open on the laptop.
    await expect.poll(() => presenter.getByTestId('notes').isVisible()).toBe(true);
    // Nothing covers anything, in either window.
    expect(await layoutFaults(presenter)).toEqual([]);
    expect(await layoutFaults(screen)).toEqual([]);

    // Play in the presenter's window: the projector plays too; pause there, and they agree.
    await focusPage(presenter);
    await presenter.keyboard.press('Space');
    await expect.poll(async () => (await getState(screen)).playing, { timeout: 3_000 }).toBe(true);
    await focusPage(screen);
    await screen.keyboard.press('Space');
    await expect.poll(async () => (await getState(presenter)).playing).toBe(false);
    await expectFollows(screen, presenter);

    // Scrub in each.
    await screen.keyboard.press('Shift+ArrowRight');
    await expectFollows(screen, presenter);
    await presenter.keyboard.press('ArrowLeft');
    await expectFollows(presenter, screen);

    // The clicker in each: a press in one goes on from where the other's went.
    await screen.keyboard.press('PageDown');
    await expect
      .poll(async () => (await getState(presenter)).presenter?.eventIndex ?? null)
      .toBe((await getState(screen)).presenter!.eventIndex);
    const first = (await getState(screen)).presenter!.eventIndex;
    await presenter.keyboard.press('PageDown');
    expect((await getState(presenter)).presenter!.eventIndex).toBe(first + 1);
    await expect
      .poll(async () => (await getState(screen)).presenter?.eventIndex ?? null)
      .toBe(first + 1);
    await presenter.keyboard.press('Space');
    await expect.poll(async () => (await getState(screen)).playing).toBe(false);
    await expectFollows(presenter, screen);

    // The camera, from each.
    await presenter.keyboard.press('3');
    await expectFollows(presenter, screen);
    expect((await getState(screen)).camera).toBe('soyuz');
    await screen.keyboard.press('1');
    await expectFollows(screen, presenter);

    // A drag of the globe on the projector turns the laptop's view the same way.
    const centre = async (page: Page) => (await getState(page)).viewCentre;
    const lonApart = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);
    const centreBefore = await centre(presenter);
    await screen.mouse.move(600, 330);
    await screen.mouse.down();
    await screen.mouse.move(760, 300, { steps: 10 });
    await screen.mouse.up();
    await expect
      .poll(
        async () => {
          const [a, b] = [await centre(screen), await centre(presenter)];
          return (
            !!a &&
            !!b &&
            !!centreBefore &&
            lonApart(a.lon, b.lon) < 0.5 &&
            Math.abs(a.lat - b.lat) < 0.5 &&
            lonApart(b.lon, centreBefore.lon) > 5
          );
        },
        { timeout: 5_000, interval: 100 },
      )
      .toBe(true);

    // The mission, from the presenter's picker.
    await presenter.getByTestId('missions-button').click();
    await presenter.getByTestId('mission-search').fill('MS-24');
    await presenter.locator(`button[data-mission="${MS24}"]`).click();
    await expect.poll(async () => (await getState(screen)).mission, { timeout: 5_000 }).toBe(MS24);
    await presenter.keyboard.press('Escape');
    await focusPage(presenter);
    await presenter.keyboard.press('Home');
    await expectFollows(presenter, screen);

    // The language, from the presenter's picker (the projector's window has none showing).
    await presenter.getByTestId('language').selectOption('ru');
    await expect.poll(async () => (await getState(screen)).lang, { timeout: 10_000 }).toBe('ru');
    expect(await screen.locator('html').getAttribute('lang')).toBe('ru');
    expect(await layoutFaults(presenter)).toEqual([]);

    // Close the laptop's window: the projector's gets its controls back and works on its own.
    await presenter.close({ runBeforeUnload: true });
    await expect.poll(() => view(screen), { timeout: 10_000 }).toBe('normal');
    expect(await screen.getByTestId('presenter-view-button').isVisible()).toBe(true);
    const before = (await getState(screen)).utcMs;
    await focusPage(screen);
    await screen.keyboard.press('Space');
    await expect
      .poll(async () => (await getState(screen)).utcMs, { timeout: 10_000 })
      .toBeGreaterThan(before);
    await screen.keyboard.press('Space');
    expect(errors).toEqual([]);
  });

  it('V opens the presenter’s window at this moment and makes this one the projector’s; V ends it', async () => {
    // The first test's projector window, a whole app again since its presenter's closed (now in
    // Russian, at MS-24's start): no second load of the app.
    const main = session.page;
    expect(await view(main)).toBe('normal');
    await focusPage(main);
    await main.keyboard.press('2');
    expect((await getState(main)).camera).toBe('iss');
    const [popup] = await Promise.all([
      session.context.waitForEvent('page'),
      main.keyboard.press('v'),
    ]);
    expect(await view(main)).toBe('screen');
    await waitReady(popup);
    expect(new URL(popup.url()).searchParams.get('view')).toBe('presenter');
    expect(await view(popup)).toBe('presenter');
    await expectFollows(main, popup);
    expect((await getState(popup)).camera).toBe('iss');
    // The address bar of each keeps its role, so a reload keeps it.
    expect(new URL(main.url()).searchParams.get('view')).toBe('screen');

    // V in the presenter's window ends the view in both.
    await focusPage(popup);
    await popup.keyboard.press('v');
    await expect.poll(() => view(main), { timeout: 5_000 }).toBe('normal');
    expect(await view(popup)).toBe('normal');
    await popup.close();
  });
});

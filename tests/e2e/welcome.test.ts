import { describe, expect, inject, it } from 'vitest';
import { findMission } from '../../src/data/catalog';
import { missionClock } from '../../src/replay/missionClock';
import { currentReplay, sceneOfClock } from '../../src/replay/currentReplay';
import { nextEventView } from '../../src/replay/nextEventView';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One context for the file: its storage carries "welcomed" from one page load to the next.
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

const MS19 = 'soyuz-ms-19-landing';
const LINK = `?mission=${MS19}&t=2022-03-30T10:40:00Z&rate=0`;
const WAYS = ['soyuz-ms-19-landing', 'soyuz-tma-18m-landing', 'soyuz-ms-22-launch'];

const welcome = () => session.page.getByRole('dialog', { name: 'Welcome to Soyuz Replay' });
const focusInWelcome = () =>
  session.page.evaluate(() => document.activeElement?.closest('.welcome') !== null);
const forgetWelcomed = () => session.page.evaluate(() => localStorage.clear());

// The tests run in order: each page load follows from what the one before left in storage.
describe('the welcome of a first visit', () => {
  it('greets a first open with no link: a modal dialog, three ways in, focus inside', async () => {
    await openApp(session, baseUrl, '', 'interactive');
    const dialog = welcome();
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.getAttribute('data-panel')).toBe('welcome');
    expect(
      await dialog.locator('[data-way]').evaluateAll((els) => els.map((e) => e.dataset.way)),
    ).toEqual(WAYS);
    expect(await dialog.getByRole('button', { name: 'Just explore' }).count()).toBe(1);
    // The year in space is the data's figure, not a number typed into the interface.
    const notes = findMission('soyuz-tma-18m-landing')!.notes!.join(' ');
    const days = /(\d+) days in space/.exec(notes)![1]!;
    await expect
      .poll(() => dialog.locator('[data-way="soyuz-tma-18m-landing"]').textContent())
      .toContain(`${days} days in space`);
    // The replay behind it waits rather than playing into its burn unseen.
    expect((await getState(session.page)).playing).toBe(false);
    expect(await focusInWelcome()).toBe(true);
    // Tab goes round the dialog's buttons and never out to the page behind it.
    for (let i = 0; i < 10; i++) {
      await session.page.keyboard.press('Tab');
      expect(await focusInWelcome()).toBe(true);
    }
  });

  it('choosing MS-19 opens it paused at the burn’s lead-in, and the welcome is gone', async () => {
    const page = session.page;
    await welcome().locator(`[data-way="${MS19}"]`).focus();
    await page.keyboard.press('Enter');
    await welcome().waitFor({ state: 'detached' });
    const s = await getState(page);
    const clock = missionClock(findMission(MS19)!);
    const burn = clock.events.find((e) => e.type === 'deorbit_burn_start')!;
    expect(s.mission).toBe(MS19);
    expect(s.playing).toBe(false);
    expect(s.smart).toBe(true);
    expect(s.utcMs).toBe(clock.openingMs);
    expect(s.utcMs).toBeLessThan(burn.utcMs);
    expect(s.capsule).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('soyuz.welcomed'))).toBe('1');
    // The Earth view has turned to what comes next: between the burn and the landing.
    const aim = nextEventView(
      currentReplay(MS19).replay,
      sceneOfClock({ utcMs: clock.openingMs, missionId: MS19 }),
      { aspect: SMALL_VIEWPORT.width / SMALL_VIEWPORT.height, fovDeg: 40 },
    )!;
    await expect
      .poll(async () => {
        const c = (await getState(page)).viewCentre;
        return c ? Math.hypot(c.lat - aim.lat, c.lon - aim.lon) : Infinity;
      })
      .toBeLessThan(1);
  });

  it('does not greet again when the page is opened again without a link', async () => {
    await openApp(session, baseUrl, '', 'interactive');
    expect(await session.page.locator('[data-panel="welcome"]').count()).toBe(0);
    expect((await getState(session.page)).playing).toBe(true);
  });

  it('never greets a link, and a link does not count as welcomed', async () => {
    await forgetWelcomed();
    await openApp(session, baseUrl, LINK, 'interactive');
    expect(await session.page.locator('[data-panel="welcome"]').count()).toBe(0);
    expect(await session.page.evaluate(() => localStorage.getItem('soyuz.welcomed'))).toBeNull();
  });

  it('Escape closes it and the default replay plays on', async () => {
    await openApp(session, baseUrl, '', 'interactive');
    await welcome().waitFor();
    await session.page.keyboard.press('Escape');
    await welcome().waitFor({ state: 'detached' });
    const s = await getState(session.page);
    expect(s.playing).toBe(true);
    // Escape is the welcome's: the keyboard help the page's own Escape handles stays shut.
    expect(await session.page.getByRole('dialog').count()).toBe(0);
    expect(await session.page.evaluate(() => localStorage.getItem('soyuz.welcomed'))).toBe('1');
  });

  it('speaks the chosen language, closes on a click outside, and leaves the language select working', async () => {
    await forgetWelcomed();
    await openApp(session, baseUrl, '', 'interactive');
    const page = session.page;
    await welcome().getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('dialog', { name: 'Добро пожаловать в Soyuz Replay' }).waitFor();
    expect((await getState(page)).lang).toBe('ru');
    // The backdrop's corner, outside the card.
    await page.mouse.click(4, SMALL_VIEWPORT.height - 4);
    await page.locator('[data-panel="welcome"]').waitFor({ state: 'detached' });
    // On a narrow window the top bar's controls fold into a menu.
    const select = page.getByTestId('language');
    if (!(await select.isVisible())) await page.getByTestId('menu-button').click();
    await select.selectOption('kk');
    // Kazakh is a chunk fetched on demand: the switch comes when it is in.
    await expect.poll(() => getState(page).then((s) => s.lang)).toBe('kk');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findMission } from '../../src/data/catalog';
import { missionClock } from '../../src/replay/missionClock';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file, in the small window: this file reads state, not pixels.
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/** The link a teacher opens: presenting, paused at the undocking. */
function atUndocking(id: string): string {
  const undocking = missionClock(findMission(id)!).events.find((e) => e.type === 'undocking')!;
  return `?mission=${id}&t=${new Date(undocking.utcMs).toISOString()}&rate=0&present=1`;
}

/**
 * Keys go to the page, not a control. (Not a click on the globe: in the small window a chart can
 * sit there, and a click on a chart scrubs the clock.)
 */
const focusPage = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/**
 * Press PageDown until it goes nowhere; each press must land on the next event of the list, in
 * its lead-in (after the event before, not after the event itself: auto-pause holds it there).
 */
async function clickThrough(page: Page, from: number): Promise<number[]> {
  const { events } = await getState(page);
  const visited: number[] = [];
  let expected = from + 1;
  for (let presses = 0; presses <= events.length; presses++) {
    await page.keyboard.press('PageDown');
    const s = await getState(page);
    const i = s.presenter?.eventIndex;
    if (i === undefined || visited.at(-1) === i) break;
    visited.push(i);
    expect(i).toBe(expected++);
    expect(s.presenter!.eventType).toBe(events[i]!.type);
    expect(s.utcMs).toBeLessThanOrEqual(events[i]!.utcMs);
    if (events[i - 1]!.utcMs < events[i]!.utcMs) {
      expect(s.utcMs).toBeGreaterThan(events[i - 1]!.utcMs);
    }
  }
  return visited;
}

/** Open the link at the undocking; the index of the undocking in the replay's event list. */
async function openAtUndocking(id: string): Promise<number> {
  await openApp(session, baseUrl, atUndocking(id), 'interactive');
  const start = await getState(session.page);
  // Presentation mode turns auto-pause on.
  expect(start.autoPause).toBe(true);
  const undocking = start.events.findIndex((e) => e.type === 'undocking');
  expect(start.utcMs).toBe(start.events[undocking]!.utcMs);
  await focusPage(session.page);
  return undocking;
}

/** Every event after the undocking, in the list's order, ending at touchdown. */
async function expectAllAfter(page: Page, undocking: number, visited: number[]): Promise<void> {
  const { events } = await getState(page);
  expect(visited).toEqual(events.map((_, i) => i).filter((i) => i > undocking));
  expect(events[visited.at(-1)!]!.type).toBe('touchdown');
}

describe('presenter clicker', () => {
  it('stops exactly at the event at any rate with auto-pause, then PageDown visits every event once, in order, to touchdown (MS-19)', async () => {
    const undocking = await openAtUndocking('soyuz-ms-19-landing');
    const page = session.page;
    await page.keyboard.press('PageDown');
    const { events, presenter } = await getState(page);
    const first = presenter!.eventIndex;
    const burn = events[first]!;
    expect(burn.type).toBe('deorbit_burn_start');
    // 1 -> 10 -> 60 -> 600 -> 3600 times real time: the 15 s lead-in passes within a frame.
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    expect((await getState(page)).rate).toBe(3600);
    await expect.poll(async () => (await getState(page)).playing, { timeout: 20_000 }).toBe(false);
    expect((await getState(page)).utcMs).toBe(burn.utcMs);
    expect(
      await page.getByTestId('caption').locator('[data-event]').getAttribute('data-event'),
    ).toBe(burn.type);
    // The switch shows it, and A turns it off (and the switch follows).
    const toggle = page.getByTestId('auto-pause');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('a');
    expect((await getState(page)).autoPause).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Idle for 3 s, presentation mode hides the controls: keep them up (as a moving mouse does)
    // while the switch is clicked. In the small window they fold into the menu drawer.
    const wake = await page.evaluate(() =>
      window.setInterval(() => window.dispatchEvent(new PointerEvent('pointermove')), 300),
    );
    try {
      const menu = page.getByTestId('menu-button');
      if (await menu.isVisible()) await menu.click();
      await toggle.click();
    } finally {
      await page.evaluate((id) => window.clearInterval(id), wake);
    }
    expect((await getState(page)).autoPause).toBe(true);
    await focusPage(page);
    await expectAllAfter(page, undocking, [first, ...(await clickThrough(page, first))]);
  });

  it('PageDown visits every event once, in order, from the undocking to touchdown (TMA-18M)', async () => {
    const undocking = await openAtUndocking('soyuz-tma-18m-landing');
    await expectAllAfter(session.page, undocking, await clickThrough(session.page, undocking));
  });
});

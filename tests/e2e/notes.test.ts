import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';
import { findMission } from '../../src/data/catalog';
import { replayFor } from '../../src/replay/replay';
import { teacherNote } from '../../src/ui/notes/teacherNote';
import { loadLanguage } from '../../src/i18n';

const baseUrl = inject('baseUrl');
// One page for the file; it checks at the end that nothing left the origin and nothing was logged.
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/** MS-19, paused a couple of seconds after the modelled peak g (11:11:43 UTC). */
const AT_PEAK_G = '?mission=soyuz-ms-19-landing&t=2022-03-30T11:11:45Z&rate=0';
const replay = replayFor(findMission('soyuz-ms-19-landing')!);
// The expected Kazakh note is worded here in Node, where Kazakh loads as in the page: on demand.
beforeAll(() => loadLanguage('kk'));

describe('teacher notes', () => {
  it('N shows the note for the current event, the answer only when revealed, in Kazakh too', async () => {
    await openApp(session, baseUrl, AT_PEAK_G, 'interactive');
    const page = session.page;
    const panel = page.getByTestId('notes');
    expect(await panel.count()).toBe(0);
    await page.keyboard.press('n');
    await panel.waitFor();
    expect(await panel.locator('[data-event]').getAttribute('data-event')).toBe('peak_g');
    const en = teacherNote('peak_g', replay, 'en')!;
    expect(await page.getByTestId('notes-question').textContent()).toBe(en.question);
    expect(await page.getByTestId('notes-fact').textContent()).toBe(en.fact);

    // The answer waits for the teacher; the button works from the keyboard.
    const answer = page.getByTestId('notes-answer');
    expect(await answer.isVisible()).toBe(false);
    const reveal = page.getByTestId('notes-reveal');
    expect(await reveal.getAttribute('aria-expanded')).toBe('false');
    await reveal.focus();
    await page.keyboard.press('Enter');
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toContain(en.answer);
    expect(await reveal.getAttribute('aria-expanded')).toBe('true');

    // The panel keeps clear of every other panel.
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-panel]')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.dataset.panel!, l: r.left, t: r.top, r: r.right, b: r.bottom };
        }),
    );
    const notes = boxes.find((b) => b.name === 'notes')!;
    for (const other of boxes.filter((b) => b !== notes)) {
      const overlap =
        Math.min(notes.r, other.r) - Math.max(notes.l, other.l) > 1 &&
        Math.min(notes.b, other.b) - Math.max(notes.t, other.t) > 1;
      expect(overlap, `notes overlaps ${other.name}`).toBe(false);
    }

    // On a narrow window the language and the Notes button sit in the drawer.
    const menu = page.getByTestId('menu-button');
    if (await menu.isVisible()) await menu.click();
    await page.getByTestId('language').selectOption('kk');
    const kk = teacherNote('peak_g', replay, 'kk')!;
    await expect.poll(() => page.getByTestId('notes-question').textContent()).toBe(kk.question);
    expect(await answer.textContent()).toContain(kk.answer);
    expect(await page.getByTestId('notes-reveal').textContent()).toBe('Жауабын жасыру');

    // The Notes button closes it again.
    await page.getByTestId('notes-button').click();
    expect(await panel.count()).toBe(0);
    await page.getByTestId('language').selectOption('en');
  });
});

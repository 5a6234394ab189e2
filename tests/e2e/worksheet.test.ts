import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';
import { pdfPages } from './pdfText';
import { findMission } from '../../src/data/catalog';
import { missionName } from '../../src/i18n';
import { missionClock } from '../../src/replay/missionClock';
import { replayFor } from '../../src/replay/replay';
import { eventLabel } from '../../src/ui/timeline/eventLabels';
import { teacherNote } from '../../src/ui/notes/teacherNote';
import { worksheetQuestions } from '../../src/ui/worksheet/worksheetQuestions';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

const ID = 'soyuz-ms-19-landing';
const mission = findMission(ID)!;
// What the sheet must hold, worked out here from the same data and physics as the page.
const name = missionName(mission.mission, 'en');
const events = missionClock(mission).events;
const replay = replayFor(mission);
const questions = worksheetQuestions(events, replay, 'en');
/** Compared without white space: the PDF breaks lines (and words between runs) where it likes. */
const squash = (s: string) => s.replace(/\s+/g, '');

type Printed = { printed?: string[] };

/**
 * Stands in for the browser's print dialog, which headless Chromium never closes (a PDF cannot
 * be made while it is open): records, for each call, the worksheet's heading at that moment.
 */
function stubPrintDialog() {
  const w = window as unknown as Printed;
  w.printed = [];
  window.print = () => {
    w.printed!.push(document.querySelector('[data-testid="worksheet-mission"]')?.textContent ?? '');
  };
}

/** What shows in the page under the current media: the worksheet, the 3D canvas, the app. */
const shown = () =>
  session.page.evaluate(() => {
    const visible = (sel: string) => {
      const el = document.querySelector<HTMLElement>(sel);
      return !!el && el.getClientRects().length > 0;
    };
    return {
      worksheet: visible('[data-testid="worksheet"]'),
      canvas: visible('canvas'),
      app: visible('main.app'),
    };
  });

describe('worksheet (Ctrl+P)', () => {
  it('prints the mission, its events, the charts and three questions, and leaves the page working', async () => {
    await openApp(session, baseUrl, `?mission=${ID}&rate=0`, 'interactive');
    const page = session.page;
    await page.evaluate(stubPrintDialog);
    expect(await page.getByTestId('worksheet').count()).toBe(0);

    await page.keyboard.press('Control+P');
    // The dialog is asked for once, and only after the worksheet has rendered.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Printed).printed), { timeout: 15_000 })
      .toEqual([name]);

    // On screen nothing changes; under print media the worksheet is all there is.
    expect(await shown()).toEqual({ worksheet: false, canvas: true, app: true });
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual({ worksheet: true, canvas: false, app: false });
    const rows = await page
      .locator('[data-testid="worksheet"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-event'), tr.querySelector('th')!.textContent]),
      );
    expect(rows).toEqual(events.map((e) => [e.type, eventLabel(e.type)]));
    expect(await page.locator('.worksheet__chart svg polyline').count()).toBe(3);
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    const text = squash(pages.join(' '));
    expect(text).toContain(squash(name));
    for (const e of events) expect(text, e.type).toContain(squash(eventLabel(e.type)));
    expect(questions).toHaveLength(3);
    for (const q of questions) expect(text).toContain(squash(q.question));
    // The answers stay with the teacher.
    for (const q of questions)
      expect(text).not.toContain(squash(teacherNote(q.event, replay, 'en')!.answer));

    // The page still works: ready, and playing draws frames and moves the clock.
    const before = await getState(page);
    expect(before.ready).toBe(true);
    await page.keyboard.press('Space');
    await expect
      .poll(
        async () => {
          const s = await getState(page);
          return s.playing && s.frames > before.frames && s.utc !== before.utc;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  it("gives the browser's own Print the worksheet once its chunk is here", async () => {
    await openApp(session, baseUrl, `?mission=${ID}&rate=0`, 'interactive');
    const page = session.page;
    // Fetched in idle time after ready: wait for it, then print as the browser's menu does.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .some((r) => /\/Worksheet-[^/]*\.js$/.test(r.name)),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    // The module runs a moment after its file arrives; until then the page prints as it is.
    const printed = async () => squash(pdfPages(await page.pdf({ format: 'A4' })).join(' '));
    // Its first question is the worksheet's own: the 3D page's header has the mission's name too.
    await expect.poll(printed, { timeout: 20_000 }).toContain(squash(questions[0]!.question));
    const text = await printed();
    expect(text).toContain(squash(name));
    expect(text).toContain(squash(eventLabel('touchdown')));
  });
});

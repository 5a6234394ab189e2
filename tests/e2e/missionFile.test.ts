import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';
import { ms19Copy } from '../fixtures/missionFiles';

const baseUrl = inject('baseUrl');
// One browser for the file; at the end it checks that no console error (a missing translation
// logs one) was logged and nothing left the app's own origin.
const session = sharedSession(baseUrl);

const MS19 = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:40:00Z&rate=0';

/** Choose a file with the picker's button, as a keyboard or mouse user does. */
async function choose(page: Page, name: string, text: string): Promise<void> {
  const input = page.getByTestId('mission-file-input');
  if ((await input.count()) === 0) await page.getByTestId('missions-button').click();
  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * Drop a file on the page, as dragging it from the desktop does: dragenter then drop, each
 * carrying a DataTransfer with the file. `zeros` makes a file of that many zero bytes in the page.
 */
async function drop(page: Page, name: string, file: { text: string } | { zeros: number }) {
  const [text, zeros] = 'text' in file ? [file.text, 0] : ['', file.zeros];
  const dataTransfer = await page.evaluateHandle(
    ([name, text, zeros]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([zeros ? new Uint8Array(zeros) : text], name));
      return dt;
    },
    [name, text, zeros] as const,
  );
  await page.dispatchEvent('.scene', 'dragenter', { dataTransfer });
  await expect.poll(() => page.getByTestId('drop-overlay').isVisible()).toBe(true);
  await page.dispatchEvent('.scene', 'drop', { dataTransfer });
  await expect.poll(() => page.getByTestId('drop-overlay').count()).toBe(0);
  await dataTransfer.dispose();
}

/** The mission-file notice on screen (there is at most one: a new file's replaces the last). */
async function fileNotice(page: Page): Promise<string> {
  const texts = await page.getByTestId('notice').allTextContents();
  return texts.join(' | ');
}

const view = async (page: Page) => {
  const s = await getState(page);
  return { mission: s.mission, utcMs: s.utcMs, playing: s.playing, camera: s.camera };
};

describe('load your own mission file', () => {
  it('a bad file says what is wrong and leaves the mission, clock and view as they were', async () => {
    await openApp(session, baseUrl, MS19);
    const page = session.page;
    const before = await view(page);
    expect(before.mission).toBe('soyuz-ms-19-landing');

    await choose(page, 'garbled.json', '{"id": "x",\n "mission": }');
    await expect
      .poll(() => fileNotice(page))
      .toMatch(/garbled\.json is not valid JSON: .*"mission": }.*The view is unchanged\./);
    expect(await view(page)).toEqual(before);

    const missing = ms19Copy();
    delete missing.landing.time_utc;
    await drop(page, 'missing.json', { text: JSON.stringify(missing) });
    await expect
      .poll(() => fileNotice(page))
      .toBe(
        'missing.json has no landing.time_utc, which every mission needs. Add it and load the file again. The view is unchanged.×',
      );
    expect(await view(page)).toEqual(before);

    const checksum = ms19Copy();
    const line1: string = checksum.iss_tles[0].line1;
    checksum.iss_tles[0].line1 = `${line1.slice(0, 68)}${(+line1[68]! + 1) % 10}`;
    await choose(page, 'checksum.json', JSON.stringify(checksum));
    await expect
      .poll(() => fileNotice(page))
      .toMatch(
        /^iss_tles\[0\] in checksum\.json is not a valid TLE: TLE line 1 has a bad checksum: last digit is 5, expected 4\. Copy both lines/,
      );
    expect(await view(page)).toEqual(before);

    await drop(page, 'huge.json', { zeros: 50 * 1024 * 1024 });
    await expect
      .poll(() => fileNotice(page))
      .toMatch(
        /^huge\.json is 50\.0 MB; a mission file may be at most 5\.0 MB, so it was not read/,
      );
    expect(await view(page)).toEqual(before);

    // The header still shows the bundled mission, with no file note.
    expect(await page.getByTestId('user-mission-note').count()).toBe(0);
  });

  it('a good file opens its mission, marked as from the file, with a working replay', async () => {
    const page = session.page;
    await choose(page, 'my-return.json', JSON.stringify(ms19Copy()));
    await expect.poll(() => getState(page).then((s) => s.mission)).toBe('my-ms-19-copy');
    // The last file's problem is gone, the picker closed, and the header says where it is from.
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(await page.getByTestId('mission-file-input').count()).toBe(0);
    expect(await page.locator('.mission-header h1').textContent()).toBe('My Soyuz return');
    expect(await page.getByTestId('user-mission-note').textContent()).toBe(
      'From your file (my-return.json) — not checked against sources',
    );

    // Opened five minutes before the burn, in orbit with the station; then the modelled descent.
    const opening = await getState(page);
    expect(opening.utc).toBe('2022-03-30T10:29:00Z');
    expect(opening.capsule).toBeNull();
    expect(opening.iss?.altKm).toBeGreaterThan(380);
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('End');
    await expect.poll(() => getState(page).then((s) => s.capsule?.phase)).toBe('touchdown');
    const landed = (await getState(page)).capsule!;
    expect(Math.abs(landed.lat - 47.41)).toBeLessThan(0.5);
    expect(Math.abs(landed.lon - 69.64)).toBeLessThan(0.5);
    await expect
      .poll(() => page.locator('.telemetry').textContent(), { timeout: 5_000 })
      .toMatch(/Soyuz descent module/);

    await page.getByTestId('facts-button').click();
    const card = page.getByTestId('mission-card');
    await expect.poll(() => card.textContent()).toMatch(/From your file \(my-return\.json\)/);
    expect(await page.getByTestId('replay-note').textContent()).toMatch(
      /Modelled descent from the sourced deorbit burn at 10:34:00 UTC/,
    );
    await page.getByTestId('facts-button').click();
  });

  it('a dropped file’s mission joins the picker, and its words stay as written in Russian', async () => {
    const page = session.page;
    const second = ms19Copy('second-copy', 'Полёт Васи');
    second.crew = ['Vasya Pupkin (pilot)'];
    await drop(page, 'second.json', { text: JSON.stringify(second) });
    await expect.poll(() => getState(page).then((s) => s.mission)).toBe('second-copy');

    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => getState(page).then((s) => s.lang)).toBe('ru');
    expect(await page.locator('.mission-header h1').textContent()).toBe('Полёт Васи');
    expect(await page.locator('.mission-header__crew').textContent()).toBe('Vasya Pupkin (pilot)');
    expect(await page.getByTestId('user-mission-note').textContent()).toBe(
      'Из вашего файла (second.json) — не сверено с источниками',
    );
    await page.getByTestId('missions-button').click();
    await expect
      .poll(() => page.locator('[data-mission="my-ms-19-copy"]').textContent())
      .toMatch(/My Soyuz return.*ваш файл/);
    expect(await page.locator('[data-mission="soyuz-ms-19-landing"]').textContent()).toMatch(
      /Союз МС-19/,
    );
    // Loading the same file again is refused by its id, and says where it came from.
    await choose(page, 'again.json', JSON.stringify(ms19Copy()));
    await expect
      .poll(() => fileNotice(page))
      .toMatch(/^Миссия с идентификатором «my-ms-19-copy» уже загружена из my-return\.json/);
    expect((await getState(page)).mission).toBe('second-copy');
    expect(await page.evaluate(() => window.soyuzReplay!.missingTranslations())).toEqual([]);
  });
});

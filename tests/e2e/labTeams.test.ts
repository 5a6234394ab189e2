import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/** Great-circle km on the 6,371 km sphere (as the app and SOURCES.md measure). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The what-if's touchdown as the result table holds it. */
async function whatIfTouchdown(): Promise<{ lat: number; lon: number }> {
  const cell = session.page.getByTestId('what-if-touchdown');
  return {
    lat: Number(await cell.getAttribute('data-lat')),
    lon: Number(await cell.getAttribute('data-lon')),
  };
}

/** How far the middle of the Earth view is from a place, km, once the camera has settled. */
async function viewOffKm(place: { lat: number; lon: number }): Promise<number> {
  const s = await getState(session.page);
  return s.cameraFlying || !s.viewCentre ? Infinity : km(s.viewCentre, place);
}

/** The what-if's touchdown with nothing changed, read before predict-first hides it. */
let there = { lat: NaN, lon: NaN };

/** Type a team's pin and place it. */
async function typePin(team: string, lat: string, lon: string): Promise<void> {
  const page = session.page;
  await page.getByTestId(`what-if-team-${team}`).click();
  await page.getByTestId('what-if-pin-lat').fill(lat);
  await page.getByTestId('what-if-pin-lon').fill(lon);
  await page.getByTestId('what-if-pin-place').click();
}

describe('what-if lab for a class in teams', () => {
  it('a result turns the view from the chase camera to the landing zone', async () => {
    // At the burn the station is half a world away from Kazakhstan.
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T10:34:00Z&rate=0&camera=iss',
      'interactive',
    );
    const page = session.page;
    await expect.poll(async () => (await getState(page)).viewCentre).not.toBeNull();
    const before = await getState(page);
    expect(before.camera).toBe('iss');
    await page.keyboard.press('w');
    // The lab is a chunk of its own (src/lab/labParts.tsx); pressed this soon after ready, on
    // software WebGL it can wait behind the full-size texture uploads.
    await expect
      .poll(() => page.getByTestId('what-if-distance').isVisible(), { timeout: 15_000 })
      .toBe(true);
    there = await whatIfTouchdown();
    expect(km(before.viewCentre!, there)).toBeGreaterThan(3000);
    await expect.poll(async () => (await getState(page)).camera).toBe('earth');
    // Nothing changed yet: the what-if lands where the replay does, in the middle of the view.
    await expect.poll(() => viewOffKm(there), { timeout: 15_000 }).toBeLessThan(100);
    const s = await getState(page);
    expect(s.cameraAltKm).toBeGreaterThan(2000);
    expect(s.cameraAltKm).toBeLessThan(40_000);
  });

  it('three teams drop pins; a bad typed place says why and moves no pin', async () => {
    const page = session.page;
    await page.getByTestId('what-if-predict').check();
    expect(await page.getByTestId('what-if-prompt').textContent()).toMatch(/Predict: where/);
    expect(await page.getByTestId('what-if-team-A').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('what-if-pin').textContent()).toMatch(/No pins yet/);

    // A about 440 km north, B about 60 km east (typed with a comma, as in Russian), C about 220 km south.
    await typePin('A', (there.lat + 4).toFixed(2), there.lon.toFixed(2));
    await typePin('B', there.lat.toFixed(2).replace('.', ','), (there.lon + 0.8).toFixed(2));
    await typePin('C', (there.lat - 2).toFixed(2), there.lon.toFixed(2));
    expect(await page.getByTestId('what-if-team-C').getAttribute('aria-pressed')).toBe('true');
    const pins = page.getByTestId('what-if-pin').locator('li');
    await expect.poll(() => pins.count()).toBe(3);
    const listed = await page.getByTestId('what-if-pin').textContent();

    const cases: [string, string, RegExp][] = [
      ['95', '70', /Latitude runs from −90°.*95° is outside/],
      ['47', '-181', /Longitude runs from −180° to 180°.*−?-?181° is outside/],
      ['forty', '70', /“forty” is not a latitude/],
      ['47', '', /Type the longitude in degrees, for example 69\.6/],
    ];
    await page.getByTestId('what-if-team-D').click();
    for (const [lat, lon, message] of cases) {
      await page.getByTestId('what-if-pin-lat').fill(lat);
      await page.getByTestId('what-if-pin-lon').fill(lon);
      await page.getByTestId('what-if-pin-place').click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(message);
      expect(await alert.textContent()).toMatch(/The pins are unchanged/);
      // The field at fault points at the message.
      const field = page.getByTestId(
        lat === '95' || lat === 'forty' ? 'what-if-pin-lat' : 'what-if-pin-lon',
      );
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    }
    expect(await page.getByTestId('what-if-pin').textContent()).toBe(listed);
    expect(await pins.count()).toBe(3);
  });

  it('reveal ranks the teams by distance to where it lands, and shows them all', async () => {
    const page = session.page;
    await page.getByTestId('what-if-reveal').click();
    const rows = page.getByTestId('what-if-scoreboard').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const board = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        team: tr.getAttribute('data-team'),
        rank: Number(tr.getAttribute('data-rank')),
        km: Number(tr.getAttribute('data-km')),
        text: tr.textContent,
      })),
    );
    expect(board.map((r) => r.team)).toEqual(['B', 'C', 'A']);
    expect(board.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(await whatIfTouchdown()).toEqual(there);
    // The distances are great-circle ones from the typed pins (to the 0.01° they were typed to).
    expect(board[0]!.km).toBeCloseTo(km({ lat: there.lat, lon: there.lon + 0.8 }, there), -1);
    expect(board[2]!.km).toBeCloseTo(km({ lat: there.lat + 4, lon: there.lon }, there), -1);
    expect(board[0]!.text).toMatch(/^1Team B\d+ km$/);
    expect(board[2]!.text).toMatch(/^3Team A4\d\d km$/);

    // The reveal frames the pins and the landing together.
    await expect.poll(() => viewOffKm(there), { timeout: 15_000 }).toBeLessThan(400);
  });

  it('the scoreboard reads in Russian', async () => {
    const page = session.page;
    // The picker may sit folded in a menu on a small window; the choice is what matters here.
    await page.getByTestId('language').selectOption('ru', { force: true });
    await expect
      .poll(() => page.getByTestId('what-if-scoreboard').textContent())
      .toMatch(/^Чей прогноз оказался ближе.*1Команда B\d+ км/);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

// Real element sets from the catalogue: the station at MS-19's return (2022) and in 2016.
const L1 = '1 25544U 98067A   22086.54746528  .00007553  00000+0  14224-3 0  9994';
const L2 = '2 25544  51.6447  20.9354 0003979 317.3996  16.1142 15.49578066332518';
const OLD1 = '1 25544U 98067A   16058.57831793  .00006322  00000-0  10205-3 0  9997';
const OLD2 = '2 25544  51.6418 249.6253 0003966 172.2334 290.5786 15.54294669987770';

async function paste(text: string): Promise<void> {
  await session.page.getByTestId('track-input').fill(text);
  await session.page.getByTestId('track-submit').click();
}

describe('track a satellite from a pasted TLE', () => {
  it('draws it with its name on the same clock, where SGP4 puts it', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:00:00Z&rate=0');
    const page = session.page;
    await page.getByTestId('track-button').click();
    await paste(`ISS (ZARYA)\n${L1}\n${L2}`);
    await expect
      .poll(() => page.getByTestId('tracked-label').textContent(), { timeout: 15_000 })
      .toMatch(/^ISS \(ZARYA\) · \d{3}(\.\d)? km$/);
    const s = await getState(page);
    expect(s.tracked?.name).toBe('ISS (ZARYA)');
    // The same element set as the station's own: it is where the station is.
    expect(Math.abs(s.tracked!.lat - s.iss!.lat)).toBeLessThan(0.05);
    expect(s.tracked!.altKm).toBeGreaterThan(380);
    expect(s.tracked!.altKm).toBeLessThan(450);
    expect(await page.getByTestId('track-status').textContent()).toMatch(/Tracking ISS \(ZARYA\)/);
  });

  it('says what is wrong with a bad paste and keeps the view and the satellite', async () => {
    const page = session.page;
    const before = await getState(page);
    await paste(`${L1.slice(0, 68)}5\n${L2}`);
    await expect
      .poll(() => page.getByTestId('track-problem').textContent())
      .toMatch(/line 1 has a bad checksum: last digit is 5, expected 4\. The view is unchanged/);
    await paste(`${L1}\n${L2.slice(0, 40)}`);
    await expect
      .poll(() => page.getByTestId('track-problem').textContent())
      .toMatch(/must be 69 characters long/);
    await paste(`${OLD1}\n${OLD2}`);
    await expect
      .poll(() => page.getByTestId('track-problem').textContent())
      .toMatch(/2,223 days from the clock.*not shown/);
    await paste('hello');
    await expect
      .poll(() => page.getByTestId('track-problem').textContent())
      .toMatch(/Paste two lines/);
    const after = await getState(page);
    expect(after.mission).toBe(before.mission);
    expect(after.utcMs).toBe(before.utcMs);
    expect(after.camera).toBe(before.camera);
    expect(after.tracked?.name).toBe('ISS (ZARYA)');
  });
});

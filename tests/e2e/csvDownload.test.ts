import { describe, expect, inject, it } from 'vitest';
import type { Download } from 'playwright-core';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

async function text(d: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('data as CSV', () => {
  it('the charts panel saves the trajectory and the events, with dots in Russian too', async () => {
    // During the entry, where the state hook reads the capsule's figures at this very second.
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T11:10:00Z&rate=0&lang=ru',
      'interactive',
    );
    const page = session.page;
    const button = page.getByTestId('charts-csv');
    expect(await button.textContent()).toBe('Скачать данные (CSV)');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    // A real button: the keyboard reaches and presses it.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(2);
    // The two saves start in that order, but their download events may come either way round.
    const named = (name: string) => downloads.find((d) => d.suggestedFilename() === name);
    const trajectory = named('soyuz-ms-19-landing-trajectory.csv');
    const eventsFile = named('soyuz-ms-19-landing-events.csv');
    expect(trajectory).toBeDefined();
    expect(eventsFile).toBeDefined();

    const [head, ...rows] = (await text(trajectory!)).trimEnd().split('\n');
    const header = head!.split(',');
    const col = (row: string, name: string) => row.split(',')[header.indexOf(name)]!;
    expect(header).toContain('altitude_km');
    const state = await getState(page);
    const row = rows.find((r) => col(r, 'utc') === new Date(state.utcMs).toISOString())!;
    expect(row).toBeDefined();
    expect(Number(col(row, 'altitude_km'))).toBeCloseTo(state.capsule!.altKm, 2);
    expect(Number(col(row, 'earth_relative_speed_m_s'))).toBeCloseTo(
      state.capsule!.speedKms * 1000,
      0,
    );
    expect(col(row, 'g_load_g')).toMatch(/^\d+\.\d{3}$/);

    const events = (await text(eventsFile!)).trimEnd().split('\n');
    expect(events[0]).toMatch(/^event,utc,t_from_burn_s,/);
    expect(events.at(-1)).toMatch(/^touchdown,/);
  });

  it('a launch has no descent: no charts and nothing to download', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-22-launch&rate=0', 'interactive');
    expect(await session.page.getByTestId('charts-csv').count()).toBe(0);
  });
});

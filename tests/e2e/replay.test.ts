import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getState, openApp, openBrowser, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session;

beforeAll(async () => {
  session = await openBrowser(baseUrl, { width: 1280, height: 720 });
});

afterAll(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.errors).toEqual([]);
  await session.close();
});

describe('Soyuz MS-19 replay (modelled descent)', () => {
  it('has no capsule before the deorbit burn', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T10:30:00Z&rate=0');
    expect((await getState(session.page)).capsule).toBeNull();
  });

  it('is in plasma blackout high over Kazakhstan a few minutes before peak g', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&rate=0');
    const c = (await getState(session.page)).capsule!;
    expect(c.phase).toBe('blackout_start');
    expect(c.altKm).toBeGreaterThan(35);
    expect(c.altKm).toBeLessThan(80);
    expect(c.g).toBeGreaterThan(1);
  });

  it('comes down under the main canopy near the landing zone, and rests on the ground after', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:20:00Z&rate=0');
    const chute = (await getState(session.page)).capsule!;
    expect(['main_chute', 'heat_shield_jettison']).toContain(chute.phase);
    expect(chute.speedKms).toBeLessThan(0.02);
    expect(Math.abs(chute.lat - 47.41)).toBeLessThan(0.5);

    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:45:00Z&rate=0');
    const landed = (await getState(session.page)).capsule!;
    expect(landed.phase).toBe('touchdown');
    expect(landed.altKm).toBeLessThan(1);
  });
});

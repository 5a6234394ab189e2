import { describe, expect, it } from 'vitest';
import { subsolarPoint, sunElevationDeg } from '../../../src/physics/sun';
import { parseUtc } from '../../../src/physics/time';

describe('Sun', () => {
  it('is over the equator at the March 2022 equinox (2022-03-20 15:33 UTC)', () => {
    const s = subsolarPoint(parseUtc('2022-03-20T15:33:00Z'));
    expect(Math.abs(s.lat)).toBeLessThan(0.5);
    // Local noon is where the Sun stands: 15:33 UTC is about 53 deg west, less the equation of time.
    expect(s.lon).toBeGreaterThan(-56);
    expect(s.lon).toBeLessThan(-50);
  });

  it('is near the Tropic of Cancer at the June 2022 solstice', () => {
    const s = subsolarPoint(parseUtc('2022-06-21T09:14:00Z'));
    expect(s.lat).toBeGreaterThan(23.3);
    expect(s.lat).toBeLessThan(23.5);
  });

  it('is near the Tropic of Capricorn at the December 2021 solstice, over Greenwich near noon', () => {
    const s = subsolarPoint(parseUtc('2021-12-21T12:00:00Z'));
    expect(s.lat).toBeLessThan(-23.3);
    expect(s.lat).toBeGreaterThan(-23.5);
    expect(Math.abs(s.lon)).toBeLessThan(1);
  });

  it('MS-19 landed in late-afternoon sun (about 21 deg, by hand); TMA-18M in mid-morning sun', () => {
    expect(sunElevationDeg(parseUtc('2022-03-30T11:28:03Z'), 47.41, 69.64)).toBeGreaterThan(15);
    const e = sunElevationDeg(parseUtc('2016-03-02T04:25:27Z'), 47.33, 69.58);
    expect(e).toBeGreaterThan(15);
    expect(e).toBeLessThan(30);
  });
});

import { describe, expect, it } from 'vitest';
import { simulateDescent } from '../../../../src/physics/descent/index';
import { MS19 } from '../validationCases';

/** MS-19 guided to its landing point from the sourced burn moved by `shiftS` seconds. */
const moved = (shiftS: number) =>
  simulateDescent({
    tle: MS19.tle,
    burnMs: MS19.burnMs + shiftS * 1000,
    target: MS19.target,
    departure: MS19.departure,
  });
const ballisticMoved = (shiftS: number) =>
  simulateDescent({
    tle: MS19.tle,
    burnMs: MS19.burnMs + shiftS * 1000,
    mode: 'ballistic',
    target: MS19.target,
    departure: MS19.departure,
  });

describe('the automatic footprint and load limit (RSC Energia: ~30 s of burn error, 4-5 g)', () => {
  it('from the sourced burn: inside, on the site, at a nominal load', () => {
    const r = moved(0);
    expect(r.footprint).toBe('inside');
    expect(r.missKm!).toBeLessThan(10);
    expect(r.peakG).toBeGreaterThan(3.5);
    expect(r.peakG).toBeLessThan(5);
  });

  it('20 s late: still inside, and lands within 10 km', () => {
    const r = moved(20);
    expect(r.footprint).toBe('inside');
    expect(r.missKm!).toBeLessThan(10);
  });

  for (const shift of [60, -60]) {
    it(`${shift > 0 ? '+' : ''}${shift} s: outside, flies to the nearest point it can reach, under 6.5 g`, () => {
      const r = moved(shift);
      const b = ballisticMoved(shift);
      expect(r.footprint).toBe('outside');
      // Without the authority limit the lift could still reach the site (at 5-8 g when late);
      // the automatic system does not: it stops tens of km or more away.
      expect(r.missKm!).toBeGreaterThan(30);
      expect(r.missKm!).toBeLessThan(b.missKm!);
      expect(r.peakG).toBeLessThan(6.5);
      expect(r.peakG).toBeLessThan(b.peakG);
    });
  }

  it('never pulls more than ~5 g nor more than the ballistic descent from the same burn', () => {
    for (const shift of [30, 90]) {
      const r = moved(shift);
      expect(r.peakG).toBeLessThan(5.2);
      expect(r.peakG).toBeLessThan(ballisticMoved(shift).peakG);
    }
  });

  it('reports no footprint where nothing is guided to a target', () => {
    expect(ballisticMoved(0).footprint).toBeNull();
    expect(simulateDescent({ tle: MS19.tle, burnMs: MS19.burnMs }).footprint).toBeNull();
  });
});

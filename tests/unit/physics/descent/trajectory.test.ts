import { describe, expect, it } from 'vitest';
import {
  newTrajectoryPoint,
  PHASE_INDEX,
  sampleAt,
  simulateDescent,
} from '../../../../src/physics/descent/index';
import { MS19 } from '../validationCases';

describe('trajectory table and sampleAt', () => {
  const r = simulateDescent({ tle: MS19.tle, burnMs: MS19.burnMs, target: MS19.target });
  const s = r.samples;

  it('is columnar float64, strictly increasing in time, and dense in the atmosphere', () => {
    expect(s.t).toBeInstanceOf(Float64Array);
    expect(s.length).toBeGreaterThan(500);
    for (const col of [s.x, s.vx, s.altKm, s.lat, s.lon, s.g, s.q, s.mach]) {
      expect(col.length).toBe(s.length);
    }
    let maxGapInEntry = 0;
    for (let i = 1; i < s.length; i++) {
      expect(s.t[i]!).toBeGreaterThan(s.t[i - 1]!);
      if (s.altKm[i - 1]! < 99 && s.altKm[i]! > 10.7) {
        maxGapInEntry = Math.max(maxGapInEntry, s.t[i]! - s.t[i - 1]!);
      }
    }
    expect(maxGapInEntry).toBeLessThanOrEqual(2000);
  });

  it('returns the samples themselves at sample times and reuses the out object', () => {
    const out = newTrajectoryPoint();
    for (const i of [0, 10, 300, s.length - 1]) {
      expect(sampleAt(s, s.t[i]!, out)).toBe(out);
      expect(out.r[0]).toBeCloseTo(s.x[i]!, 9);
      expect(out.altKm).toBeCloseTo(s.altKm[i]!, 9);
      expect(out.phase).toBe(s.phase[i]);
    }
  });

  it('interpolates smoothly: position between samples agrees with the motion to metres', () => {
    const out = newTrajectoryPoint();
    let worst = 0;
    for (let i = 0; i < s.length - 1; i += 7) {
      const mid = (s.t[i]! + s.t[i + 1]!) / 2;
      sampleAt(s, mid, out);
      // Compare with a short Euler hop from the nearer sample: smoothness check, not accuracy.
      const h = (mid - s.t[i]!) / 1000;
      const ex = s.x[i]! + s.vx[i]! * h;
      const gap = Math.abs(out.r[0] - ex);
      worst = Math.max(worst, gap / Math.max(h * h, 1e-9));
    }
    // Position error of a linear hop is ~a h^2/2: finite, bounded by ~10 g.
    expect(worst).toBeLessThan(0.1);
  });

  it('clamps outside the table', () => {
    const out = newTrajectoryPoint();
    sampleAt(s, s.t[0]! - 1e6, out);
    expect(out.ms).toBe(s.t[0]);
    sampleAt(s, s.t[s.length - 1]! + 1e6, out);
    expect(out.phase).toBe(PHASE_INDEX.landed);
  });

  it('allocates nothing per call (same object, no growth over many calls)', () => {
    const out = newTrajectoryPoint();
    const r0 = out.r;
    const t0 = s.t[0]!;
    const span = s.t[s.length - 1]! - t0;
    for (let k = 0; k < 10_000; k++) sampleAt(s, t0 + (span * k) / 10_000, out);
    expect(out.r).toBe(r0);
  });
});

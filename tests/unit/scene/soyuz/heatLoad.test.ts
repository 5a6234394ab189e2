import { describe, expect, it } from 'vitest';
import type { DescentResult } from '../../../../src/physics/descent';
import { breakupMs, heatLoadShare } from '../../../../src/scene/soyuz/heatLoad';

/** A descent whose heating (√q·v²) rises to a peak at t = 50 s and dies away by 100 s. */
function fakeDescent(): DescentResult {
  const n = 101;
  const t = new Float64Array(n);
  const q = new Float64Array(n);
  const airspeed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    t[i] = i * 1000;
    q[i] = Math.sin((Math.PI * i) / (n - 1)) ** 2 * 40_000;
    airspeed[i] = 7000;
  }
  return { samples: { length: n, t, q, airspeed }, events: [] } as unknown as DescentResult;
}

describe('the heat load that chars the capsule and breaks up the other modules', () => {
  const d = fakeDescent();

  it('runs from 0 before the heating to 1 after it, half-way at the peak', () => {
    expect(heatLoadShare(d, -5000)).toBe(0);
    expect(heatLoadShare(d, 0)).toBe(0);
    expect(heatLoadShare(d, 50_000)).toBeCloseTo(0.5, 1);
    expect(heatLoadShare(d, 100_000)).toBeCloseTo(1, 6);
    expect(heatLoadShare(d, 1e9)).toBeCloseTo(1, 6);
  });

  it('never goes back as time goes on (scrubbing gives the same picture either way)', () => {
    let last = 0;
    for (let ms = 0; ms <= 100_000; ms += 700) {
      const share = heatLoadShare(d, ms);
      expect(share).toBeGreaterThanOrEqual(last);
      last = share;
    }
  });

  it('breaks the modules up on the way into the heating, before its peak', () => {
    const at = breakupMs(d);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(50_000);
  });

  it('never breaks them up where nothing heats', () => {
    const cold = fakeDescent();
    cold.samples.q.fill(0);
    expect(breakupMs(cold)).toBe(Infinity);
    expect(heatLoadShare(cold, 60_000)).toBe(0);
  });
});

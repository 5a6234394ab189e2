import { describe, expect, it } from 'vitest';
import { rk4 } from '../../../src/physics/integrator';

/** Harmonic oscillator x'' = -ω² x as a first-order system [x, v]. */
const oscillator = (_t: number, s: Float64Array, w: number, out: Float64Array): void => {
  out[0] = s[1]!;
  out[1] = -w * w * s[0]!;
};

function errorAfter(steps: number, span: number): number {
  const s = Float64Array.of(1, 0);
  const dt = span / steps;
  for (let i = 0; i < steps; i++) rk4(oscillator, 2, i * dt, s, dt, s);
  return Math.abs(s[0]! - Math.cos(2 * span));
}

describe('rk4', () => {
  it('integrates a harmonic oscillator accurately', () => {
    expect(errorAfter(1000, 10)).toBeLessThan(1e-7);
  });

  it('is fourth order: halving the step divides the error by ~16', () => {
    const ratio = errorAfter(200, 10) / errorAfter(400, 10);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });

  it('passes the stage times and leaves the input alone when out is another array', () => {
    const times: number[] = [];
    const s = Float64Array.of(1, 0);
    const out = new Float64Array(2);
    rk4(
      (t, x, _c: null, o) => {
        times.push(t);
        o[0] = 1;
        o[1] = 0;
      },
      null,
      3,
      s,
      0.5,
      out,
    );
    expect(times).toEqual([3, 3.25, 3.25, 3.5]);
    expect(Array.from(s)).toEqual([1, 0]);
    expect(out[0]).toBeCloseTo(1.5, 15);
  });

  it('handles states longer than six', () => {
    const s = new Float64Array(9).fill(1);
    const decay = (_t: number, x: Float64Array, _c: null, o: Float64Array) => {
      for (let i = 0; i < x.length; i++) o[i] = -x[i]!;
    };
    for (let i = 0; i < 100; i++) rk4(decay, null, 0, s, 0.01, s);
    for (const v of s) expect(v).toBeCloseTo(Math.exp(-1), 9);
  });
});

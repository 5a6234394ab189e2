import { Body, GeoVector, RotateVector, Rotation_EQJ_EQD } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { sunDirectionEci } from '../../../src/physics/sun';
import { parseUtc } from '../../../src/physics/time';

/** The full theory (VSOP87 through astronomy-engine, a test-only dependency), same frame. */
function referenceSun(ms: number): [number, number, number] {
  const date = new Date(ms);
  const v = RotateVector(Rotation_EQJ_EQD(date), GeoVector(Body.Sun, date, true));
  const len = Math.hypot(v.x, v.y, v.z);
  return [v.x / len, v.y / len, v.z / len];
}

function angleDeg(
  a: readonly [number, number, number],
  b: readonly [number, number, number],
): number {
  const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  return (Math.acos(Math.min(1, dot)) * 180) / Math.PI;
}

describe('the Sun series the app draws with', () => {
  it('is within 0.01 degrees of the full theory every 5 days and 7 hours, 2008 to 2031', () => {
    const from = parseUtc('2008-01-01T00:00:00Z');
    const to = parseUtc('2031-01-01T00:00:00Z');
    let worst = 0;
    let samples = 0;
    for (let ms = from; ms < to; ms += (5 * 24 + 7) * 3_600_000) {
      worst = Math.max(worst, angleDeg(sunDirectionEci(ms), referenceSun(ms)));
      samples++;
    }
    expect(samples).toBeGreaterThan(1500);
    expect(worst).toBeLessThan(0.01);
    // And not trivially: a day's motion (about 1 degree) is far outside the bound.
    const ms = parseUtc('2022-03-30T11:28:03Z');
    expect(angleDeg(sunDirectionEci(ms + 86_400_000), referenceSun(ms))).toBeGreaterThan(0.9);
  });
});

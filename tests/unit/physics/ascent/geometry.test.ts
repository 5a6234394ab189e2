import { describe, expect, it } from 'vitest';
import {
  apsides,
  ellipsoidRadius,
  fromPolar,
  inclinationDeg,
  polarOf,
  smooth5,
  wrapPi,
} from '../../../../src/physics/ascent/geometry';
import { MU_EARTH_KM3_S2, WGS84_A_KM, WGS84_B_KM } from '../../../../src/physics/constants';
import type { Vec3 } from '../../../../src/physics/vec3';

describe('ascent geometry', () => {
  const r: Vec3 = [6778, 0, 0];
  const vc = Math.sqrt(MU_EARTH_KM3_S2 / 6778);
  const c = Math.cos(51.6 * (Math.PI / 180));
  const s = Math.sin(51.6 * (Math.PI / 180));
  const v: Vec3 = [0, vc * c, vc * s];

  it('inclination and apsides of a circular orbit', () => {
    expect(inclinationDeg(r, v)).toBeCloseTo(51.6, 9);
    const a = apsides(r, v);
    expect(a.rp).toBeCloseTo(6778, 3);
    expect(a.ra).toBeCloseTo(6778, 3);
  });

  it('polarOf and fromPolar are inverses', () => {
    const p = polarOf(r, v);
    expect(p.rad).toBe(6778);
    const back = fromPolar(p.rad, p.u, p.n);
    for (let i = 0; i < 3; i++) expect(back[i]).toBeCloseTo(r[i]!, 9);
    const later = fromPolar(p.rad, p.u + Math.PI / 2, p.n);
    expect(later[2]).toBeCloseTo(6778 * s, 9); // a quarter orbit on: at the highest latitude
  });

  it('smooth5 and wrapPi', () => {
    expect([smooth5(-1), smooth5(0), smooth5(0.5), smooth5(1), smooth5(2)]).toEqual([
      0, 0, 0.5, 1, 1,
    ]);
    expect(wrapPi((3 * Math.PI) / 2)).toBeCloseTo(-Math.PI / 2, 12);
    expect(wrapPi(0.25)).toBe(0.25);
  });

  it('ellipsoidRadius: the equator’s radius under an equatorial point, the pole’s under a polar one', () => {
    expect(ellipsoidRadius([7000, 0, 0], 0)).toBeCloseTo(WGS84_A_KM, 6);
    expect(ellipsoidRadius([0, 0, 7000], 0)).toBeCloseTo(WGS84_B_KM, 6);
  });
});

import { describe, expect, it } from 'vitest';
import {
  atmosphere,
  densityKgM3,
  speedOfSoundMs,
  USSA76_UPPER_TABLE,
} from '../../../../src/physics/earth/atmosphere';

/**
 * U.S. Standard Atmosphere 1976, Table I (geometric altitude): km, K, Pa, kg/m^3.
 * Values as published (NOAA-S/T 76-1562); also in Curtis, Orbital Mechanics, Table 10.1.
 */
const TABLE: [number, number, number, number][] = [
  [0, 288.15, 101325, 1.225],
  [1, 281.651, 89876, 1.1117],
  [5, 255.676, 54048, 0.73643],
  [10, 223.252, 26500, 0.41351],
  [15, 216.65, 12111, 0.19476],
  [20, 216.65, 5529.3, 0.08891],
  [25, 221.552, 2549.2, 0.040084],
  [30, 226.509, 1197.0, 0.01841],
  [40, 250.35, 287.14, 0.0039957],
  [50, 270.65, 79.779, 0.0010269],
  [60, 247.021, 21.958, 3.0968e-4],
  [70, 219.585, 5.2209, 8.2829e-5],
  [80, 198.639, 1.0524, 1.8458e-5],
  [86, 186.87, 0.37338, 6.958e-6],
];

describe('US Standard Atmosphere 1976', () => {
  it.each(TABLE)('at %d km matches the published table', (z, t, p, rho) => {
    const a = atmosphere(z);
    expect(Math.abs(a.densityKgM3 / rho - 1)).toBeLessThan(0.01);
    expect(Math.abs(a.pressurePa / p - 1)).toBeLessThan(0.01);
    expect(Math.abs(a.temperatureK - t)).toBeLessThan(0.1);
    // The tables agree to their last printed digit, far inside the 1 % asked for.
    expect(Math.abs(a.densityKgM3 / rho - 1)).toBeLessThan(5e-4);
  });

  it('gives the tabulated speed of sound (340.29 m/s at sea level, 295.07 at 20 km)', () => {
    expect(speedOfSoundMs(0)).toBeCloseTo(340.29, 1);
    expect(speedOfSoundMs(20)).toBeCloseTo(295.07, 1);
  });

  it('passes through every published upper-atmosphere density to 200 km and beyond', () => {
    for (const [z, rho] of USSA76_UPPER_TABLE) {
      expect(Math.abs(densityKgM3(z) / rho - 1)).toBeLessThan(2e-4);
    }
  });

  it('is close to the published points it does not use (91, 115, 175 km)', () => {
    expect(Math.abs(densityKgM3(91) / 2.86e-6 - 1)).toBeLessThan(0.02);
    expect(Math.abs(densityKgM3(115) / 4.289e-8 - 1)).toBeLessThan(0.05);
    expect(Math.abs(densityKgM3(175) / 6.339e-10 - 1)).toBeLessThan(0.05);
  });

  it('falls monotonically from 0 to 1000 km', () => {
    let prev = Infinity;
    for (let z = 0; z <= 1000; z += 0.25) {
      const rho = densityKgM3(z);
      expect(rho).toBeLessThan(prev);
      prev = rho;
    }
  });

  it('has no step or kink where the fitted curve joins the layer model (86 km)', () => {
    // The layer model has slope breaks at its own layer boundaries (that is the standard);
    // above 80 km the scale height must change smoothly, 86 km included.
    let prevSlope = NaN;
    for (let z = 80; z <= 1000; z += 0.25) {
      const slope = Math.log(densityKgM3(z + 0.01) / densityKgM3(z)) / 0.01;
      if (!Number.isNaN(prevSlope)) expect(Math.abs(slope / prevSlope - 1)).toBeLessThan(0.03);
      prevSlope = slope;
    }
    expect(densityKgM3(86 - 1e-6) / densityKgM3(86 + 1e-6)).toBeCloseTo(1, 6);
  });

  it('uses the standard kinetic temperatures above 86 km', () => {
    expect(atmosphere(100).temperatureK).toBeCloseTo(195.08, 1);
    expect(atmosphere(120).temperatureK).toBeCloseTo(360, 3);
    expect(atmosphere(150).temperatureK).toBeCloseTo(634.39, 1);
    expect(atmosphere(1000).temperatureK).toBeCloseTo(1000, 0);
  });

  it('reuses an out object', () => {
    const out = atmosphere(0);
    expect(atmosphere(10, out)).toBe(out);
    expect(out.densityKgM3).toBeCloseTo(0.41351, 4);
  });
});

import { describe, expect, it } from 'vitest';
import { acesFilmic } from '../../../../src/scene/render/acesFilmic';

describe('acesFilmic', () => {
  it('maps black to black and keeps greys grey, brighter in, brighter out, never past 1', () => {
    expect(acesFilmic([0, 0, 0])).toEqual([0, 0, 0]);
    let last = -1;
    for (const v of [0.05, 0.18, 0.5, 1, 4, 100]) {
      const [r, g, b] = acesFilmic([v, v, v]);
      // The two matrices' rows each sum to 1 (to their five digits), so a grey stays grey.
      expect(Math.abs(r - g)).toBeLessThan(1e-4);
      expect(Math.abs(g - b)).toBeLessThan(1e-4);
      expect(r).toBeGreaterThan(last);
      expect(r).toBeLessThanOrEqual(1);
      last = r;
    }
  });

  it('gives the curve’s value: mid-grey 0.18 at exposure 1', () => {
    // By hand from the GLSL: 0.18 / 0.6 = 0.3; (0.3 (0.3 + 0.0245786) − 0.000090537) /
    // (0.3 (0.983729 · 0.3 + 0.432951) + 0.238081) = 0.097283 / 0.456502 = 0.21311.
    const [r] = acesFilmic([0.18, 0.18, 0.18]);
    expect(r).toBeCloseTo(0.21311, 4);
    // Exposure scales the input.
    expect(acesFilmic([0.09, 0.09, 0.09], 2)[0]).toBeCloseTo(r, 6);
  });

  it('bends a saturated colour as the shader does: the cyan orbit line', () => {
    // 0x5fd4ff in linear sRGB.
    const [r, g, b] = acesFilmic([0.1132, 0.6584, 1]);
    expect(r).toBeLessThan(g);
    expect(g).toBeLessThan(b);
    expect(b).toBeLessThanOrEqual(1);
  });
});

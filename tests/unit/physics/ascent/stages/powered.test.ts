import { describe, expect, it } from 'vitest';
import { ellipsoidRadius } from '../../../../../src/physics/ascent/geometry';
import { createAscentState } from '../../../../../src/physics/ascent/state';
import {
  firstStage,
  flyPowered,
  poweredAscent,
} from '../../../../../src/physics/ascent/stages/powered';
import { SOYUZ_NOMINAL_ASCENT } from '../../../../../src/physics/ascent/types';
import { norm } from '../../../../../src/physics/vec3';
import { MS22 } from '../fixture';

describe('poweredAscent', () => {
  const st = createAscentState(MS22);
  poweredAscent(st);
  const { ts, pos, vel } = st.powered;

  it('samples every second from the pad to insertion', () => {
    expect(ts[0]).toBe(0);
    expect(ts.at(-1)).toBeCloseTo(st.T, 12);
    expect(ts).toHaveLength(Math.ceil(st.T) + 1);
    expect(pos[0]).toEqual(st.p0);
    expect(vel[0]).toEqual(st.padVel);
  });

  it('inserts at the perigee height over the ellipsoid below, horizontally, at orbital speed', () => {
    const r = pos.at(-1)!;
    const v = vel.at(-1)!;
    const h = norm(r) - ellipsoidRadius(r, st.insertionMs);
    expect(h).toBeCloseTo(SOYUZ_NOMINAL_ASCENT.perigeeKm, 0);
    const radial = (r[0] * v[0] + r[1] * v[1] + r[2] * v[2]) / norm(r);
    expect(Math.abs(radial)).toBeLessThan(1e-6);
    expect(norm(v)).toBeGreaterThan(7.7);
    expect(norm(v)).toBeLessThan(7.9);
  });

  it('each stage flies the path to its own separation time', () => {
    const f = flyPowered(st, norm(pos.at(-1)!));
    expect(f.ts).toEqual(ts); // the three stages together: the whole path
    // The first stage alone stops at strap-on separation (117.8 s: samples 0-117).
    const first = { ...st, powered: { ts: [], pos: [], vel: [] } };
    const flight = {
      st: first,
      rp: norm(pos.at(-1)!),
      vh1: 7.8,
      path: first.powered,
      i: 0,
      steps: Math.ceil(st.T),
      theta: 0,
    };
    firstStage(flight);
    expect(flight.path.ts.at(-1)).toBe(Math.floor(SOYUZ_NOMINAL_ASCENT.firstStageSeparationS));
    expect(flight.i).toBe(118);
  });
});

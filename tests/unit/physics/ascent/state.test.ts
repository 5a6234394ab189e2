import { describe, expect, it } from 'vitest';
import { DEG } from '../../../../src/physics/constants';
import { ecefToGeodetic, eciToEcef } from '../../../../src/physics/frames';
import { createAscentState, hShape, zAt, zRate } from '../../../../src/physics/ascent/state';
import { AscentError, SOYUZ_NOMINAL_ASCENT } from '../../../../src/physics/ascent/types';
import { gmstRad } from '../../../../src/physics/time';
import { dot, norm } from '../../../../src/physics/vec3';
import { MS22 } from './fixture';

describe('createAscentState', () => {
  const st = createAscentState(MS22);

  it('puts the pad at lift-off where the catalogue says, turning with the Earth', () => {
    const g = ecefToGeodetic(eciToEcef(st.p0, gmstRad(st.liftoffMs)));
    expect(g.lat / DEG).toBeCloseTo(MS22.pad.lat, 9);
    expect(g.lon / DEG).toBeCloseTo(MS22.pad.lon, 9);
    expect(g.altKm).toBeCloseTo(0.104, 9);
    expect(dot(st.p0, st.padVel)).toBeCloseTo(0, 9);
    expect(norm(st.padVel)).toBeGreaterThan(0.3); // ~0.32 km/s at 46° N
    expect(norm(st.padVel)).toBeLessThan(0.34);
  });

  it('inserts at the nominal T+529.229 s, in the ISS plane (unit normal, in-plane axes)', () => {
    expect(st.T).toBeCloseTo(SOYUZ_NOMINAL_ASCENT.spacecraftSeparationS, 9);
    expect(st.insertionSourced).toBe(false);
    expect(norm(st.nPlane)).toBeCloseTo(1, 12);
    expect(dot(st.u0, st.nPlane)).toBeCloseTo(0, 12);
    expect(dot(st.t0, st.u0)).toBeCloseTo(0, 12);
    // Baikonur passes close under the plane at lift-off: tens of km, not hundreds.
    expect(Math.abs(st.d0)).toBeLessThan(150);
  });

  it('shapes: altitude 0 → 1, out-of-plane offset from the pad’s to 0, smoothly', () => {
    expect(hShape(st, 0)).toBe(0);
    expect(hShape(st, st.T)).toBe(1);
    expect(hShape(st, st.T / 2)).toBeGreaterThan(0.5);
    expect(zAt(st, 0)).toBeCloseTo(st.d0, 12);
    expect(zAt(st, st.T)).toBeCloseTo(0, 9);
    expect(zRate(st, 0)).toBeCloseTo(st.zRate0, 12);
    expect(zRate(st, st.T)).toBeCloseTo(0, 12);
  });

  it('refuses what the nominal profile cannot fly', () => {
    expect(() => createAscentState({ ...MS22, insertionMs: MS22.liftoffMs + 200_000 })).toThrow(
      AscentError,
    );
    expect(() => createAscentState({ ...MS22, dockingMs: MS22.liftoffMs + 600_000 })).toThrow(
      /30 min/,
    );
    expect(() => createAscentState({ ...MS22, pad: { lat: 95, lon: 0 } })).toThrow(/off the globe/);
    expect(() => createAscentState({ ...MS22, perigeeKm: 100 })).toThrow(/not a usable orbit/);
  });
});

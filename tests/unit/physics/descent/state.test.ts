import { describe, expect, it } from 'vitest';
import { createDescentState, toGeo } from '../../../../src/physics/descent/state';
import { DescentError } from '../../../../src/physics/descent/types';
import { propagateTeme } from '../../../../src/physics/sgp4';
import { STACK } from '../../../../src/physics/spacecraft';
import { gmstRad } from '../../../../src/physics/time';
import { MS19 } from '../validationCases';

describe('createDescentState', () => {
  const opts = { tle: MS19.tle, burnMs: MS19.burnMs, target: MS19.target };

  it('starts at the station’s SGP4 state, the whole stack, before the burn', () => {
    const st = createDescentState(opts);
    const iss = propagateTeme(MS19.tle, MS19.burnMs);
    expect(Array.from(st.s)).toEqual([...iss.r, ...iss.v]);
    expect(st.t).toBe(0);
    expect(st.phase).toBe('burn');
    expect(st.veh.massKg).toBe(STACK.massKg);
    expect(st.gmst0).toBe(gmstRad(MS19.burnMs));
    expect(st.alt).toBeGreaterThan(400);
    expect(st.events).toEqual([]);
    expect(st.guidance).not.toBeNull();
    expect(st.deltaVms).toBe(128);
  });

  it('starts from the undocked Soyuz a little off the station with a departure', () => {
    const st = createDescentState({ ...opts, departure: MS19.departure });
    const iss = propagateTeme(MS19.tle, MS19.burnMs);
    const d = Math.hypot(st.s[0]! - iss.r[0], st.s[1]! - iss.r[1], st.s[2]! - iss.r[2]);
    expect(d).toBeGreaterThan(0.1);
    expect(d).toBeLessThan(50);
  });

  it('no guidance without a target or when ballistic; refuses an absurd Δv', () => {
    expect(createDescentState({ ...opts, target: undefined }).guidance).toBeNull();
    expect(createDescentState({ ...opts, mode: 'ballistic' }).guidance).toBeNull();
    expect(() => createDescentState({ ...opts, deltaVms: 0 })).toThrow(DescentError);
    expect(() => createDescentState({ ...opts, deltaVms: 1000 })).toThrow(/between 0 and 1000/);
  });

  it('toGeo puts the start over the ISS’s ground track latitude band', () => {
    const st = createDescentState(opts);
    const g = toGeo(st, 0, st.s);
    expect(Math.abs(g.lat)).toBeLessThan((52 * Math.PI) / 180);
    expect(g.altKm).toBeCloseTo(st.alt, 6);
  });
});

import { describe, expect, it } from 'vitest';
import { deorbitBurn } from '../../../../../src/physics/descent/phases/burn';
import { coastToSeparation } from '../../../../../src/physics/descent/phases/coast';
import { DescentError } from '../../../../../src/physics/descent/types';
import { SEPARATION, STACK } from '../../../../../src/physics/spacecraft';
import { MS19_GUIDED, stateBefore } from './fixture';

describe('coastToSeparation', () => {
  it('coasts the whole stack down and stops exactly on the separation altitude', () => {
    const st = stateBefore(coastToSeparation);
    const t0 = st.t;
    const alt0 = st.alt;
    coastToSeparation(st);
    expect(st.phase).toBe('coast');
    expect(st.veh.massKg).toBe(STACK.massKg);
    expect(alt0).toBeGreaterThan(300);
    expect(st.alt).toBeCloseTo(SEPARATION.altKm, 5);
    // About 24 min from burn end to separation (the burn starts ~28 min before it).
    expect((st.t - t0) / 60).toBeGreaterThan(20);
    expect((st.t - t0) / 60).toBeLessThan(28);
    expect(st.events).toHaveLength(2); // the burn's; separation is the next phase's event
  });

  it('records samples all the way down, going down', () => {
    const st = stateBefore(coastToSeparation);
    const n0 = st.builder.length;
    coastToSeparation(st);
    const s = st.builder.build();
    expect(s.length - n0).toBeGreaterThan(60);
    expect(s.altKm[s.length - 1]!).toBeLessThan(s.altKm[n0]!);
  });

  it('gives up when the burn is too small to come down', () => {
    const st = stateBefore(coastToSeparation, { ...MS19_GUIDED, deltaVms: 5 });
    expect(() => coastToSeparation(st)).toThrow(DescentError);
  });

  it('the burn before it is what brings it down', () => {
    const st = stateBefore(deorbitBurn);
    deorbitBurn(st);
    expect(st.alt).toBeGreaterThan(SEPARATION.altKm);
  });
});

import { describe, expect, it } from 'vitest';
import { deorbitBurn } from '../../../../../src/physics/descent/phases/burn';
import { advance, record } from '../../../../../src/physics/descent/step';
import { DEORBIT } from '../../../../../src/physics/spacecraft';
import { eventTypes, MS19_GUIDED, stateBefore } from './fixture';

const velocity = (s: Float64Array) => [s[3]!, s[4]!, s[5]!] as const;

describe('deorbitBurn', () => {
  it('lasts the sourced 280 s for the sourced 128 m/s and marks its start and end', () => {
    const st = stateBefore(deorbitBurn);
    deorbitBurn(st);
    expect(st.t).toBeCloseTo(DEORBIT.durationS, 9);
    expect(eventTypes(st)).toEqual(['deorbit_burn_start', 'deorbit_burn_end']);
    expect(st.phase).toBe('burn');
    expect(st.veh.thrustKms2).toBe(0); // the engine is off afterwards
  });

  it('changes the velocity by the sourced Δv against the direction of flight', () => {
    const burnt = stateBefore(deorbitBurn);
    const v0 = velocity(burnt.s);
    deorbitBurn(burnt);
    // The same 280 s without the engine, the same steps: the difference is the burn's alone.
    const coasted = stateBefore(deorbitBurn);
    record(coasted);
    while (coasted.t < burnt.t - 1e-9) advance(coasted, Math.min(5, burnt.t - coasted.t));
    const vb = velocity(burnt.s);
    const vc = velocity(coasted.s);
    const dv = [vb[0] - vc[0], vb[1] - vc[1], vb[2] - vc[2]];
    const dvKms = Math.hypot(dv[0]!, dv[1]!, dv[2]!);
    expect(dvKms * 1000).toBeGreaterThan(DEORBIT.deltaVms * 0.97);
    expect(dvKms * 1000).toBeLessThan(DEORBIT.deltaVms * 1.03);
    // Held in inertial space: the Δv points against the velocity at ignition (gravity acts on
    // both runs alike, so it cancels in the difference).
    const cos = (dv[0]! * v0[0] + dv[1]! * v0[1] + dv[2]! * v0[2]) / (dvKms * Math.hypot(...v0));
    expect(cos).toBeLessThan(-0.999);
  });

  it('holds its thrust in inertial space: by the end it points ~17° below the local horizontal', () => {
    const st = stateBefore(deorbitBurn);
    const v0 = velocity(st.s);
    const r0 = [st.s[0]!, st.s[1]!, st.s[2]!] as const;
    deorbitBurn(st);
    const r1 = [st.s[0]!, st.s[1]!, st.s[2]!] as const;
    // The orbit turns under the held attitude by the angle swept around the Earth's centre.
    const swept = Math.acos(
      (r0[0] * r1[0] + r0[1] * r1[1] + r0[2] * r1[2]) / (Math.hypot(...r0) * Math.hypot(...r1)),
    );
    const thrust = v0.map((x) => -x / Math.hypot(...v0));
    const up = r1.map((x) => x / Math.hypot(...r1));
    const belowHorizonDeg =
      (-Math.asin(thrust[0]! * up[0]! + thrust[1]! * up[1]! + thrust[2]! * up[2]!) * 180) / Math.PI;
    expect((swept * 180) / Math.PI).toBeGreaterThan(15);
    expect(belowHorizonDeg).toBeCloseTo((swept * 180) / Math.PI, 0);
  });

  it("'retrograde': the Δv points against the mean velocity over the burn", () => {
    const burnt = stateBefore(deorbitBurn, { ...MS19_GUIDED, burnAttitude: 'retrograde' });
    const v0 = velocity(burnt.s);
    deorbitBurn(burnt);
    const coasted = stateBefore(deorbitBurn);
    record(coasted);
    while (coasted.t < burnt.t - 1e-9) advance(coasted, Math.min(5, burnt.t - coasted.t));
    const vb = velocity(burnt.s);
    const vc = velocity(coasted.s);
    const dv = [vb[0] - vc[0], vb[1] - vc[1], vb[2] - vc[2]];
    const dvKms = Math.hypot(dv[0]!, dv[1]!, dv[2]!);
    const vm = [(v0[0] + vb[0]) / 2, (v0[1] + vb[1]) / 2, (v0[2] + vb[2]) / 2];
    const cos =
      (dv[0]! * vm[0]! + dv[1]! * vm[1]! + dv[2]! * vm[2]!) /
      (dvKms * Math.hypot(vm[0]!, vm[1]!, vm[2]!));
    expect(cos).toBeLessThan(-0.99);
  });

  it('scales the burn time with the Δv (the engine acceleration is fixed)', () => {
    const st = stateBefore(deorbitBurn, { ...MS19_GUIDED, deltaVms: 64 });
    deorbitBurn(st);
    expect(st.t).toBeCloseTo(DEORBIT.durationS / 2, 9);
  });

  it('impulsive: takes exactly the Δv off the speed at mid-burn', () => {
    const st = stateBefore(deorbitBurn, { ...MS19_GUIDED, impulsive: true });
    deorbitBurn(st);
    const s = st.builder.build();
    const mid = DEORBIT.durationS / 2;
    const i = Array.from(s.t).findIndex((ms) => ms - st.burnMs >= mid * 1000);
    // Two samples at one instant collapse into the later one: the speed just after the kick.
    const before = s.speed[i - 1]!;
    const after = s.speed[i]!;
    expect((s.t[i]! - st.burnMs) / 1000).toBeCloseTo(mid, 9);
    expect((before - after) * 1000).toBeGreaterThan(DEORBIT.deltaVms * 0.95);
    expect((before - after) * 1000).toBeLessThan(DEORBIT.deltaVms * 1.05);
  });
});

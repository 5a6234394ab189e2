import { describe, expect, it } from 'vitest';
import { deorbitBurn } from '../../../../../src/physics/descent/phases/burn';
import { advance, record } from '../../../../../src/physics/descent/step';
import { DEORBIT } from '../../../../../src/physics/spacecraft';
import { eventTypes, MS19_GUIDED, stateBefore } from './fixture';
import type { DescentOptions } from '../../../../../src/physics/descent/types';
import { simulateDescent } from '../../../../../src/physics/descent';

const velocity = (s: Float64Array) => [s[3]!, s[4]!, s[5]!] as const;

/**
 * The burn's own Δv: the velocity after the burn minus that after the same 280 s coasted with the
 * same steps (gravity acts on both alike), and the velocities at ignition and after the burn.
 */
function burnDelta(opts: DescentOptions) {
  const burnt = stateBefore(deorbitBurn, opts);
  const v0 = velocity(burnt.s);
  deorbitBurn(burnt);
  const coasted = stateBefore(deorbitBurn, opts);
  record(coasted);
  while (coasted.t < burnt.t - 1e-9) advance(coasted, Math.min(5, burnt.t - coasted.t));
  const vb = velocity(burnt.s);
  const vc = velocity(coasted.s);
  const dv = [vb[0] - vc[0], vb[1] - vc[1], vb[2] - vc[2]] as const;
  return { v0, vb, dv, dvKms: Math.hypot(...dv) };
}

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
    const { v0, dv, dvKms } = burnDelta(MS19_GUIDED);
    expect(dvKms * 1000).toBeGreaterThan(DEORBIT.deltaVms * 0.97);
    expect(dvKms * 1000).toBeLessThan(DEORBIT.deltaVms * 1.03);
    // Held in inertial space: the Δv points against the velocity at ignition (gravity acts on
    // both runs alike, so it cancels in the difference).
    const cos = (dv[0]! * v0[0] + dv[1]! * v0[1] + dv[2]! * v0[2]) / (dvKms * Math.hypot(...v0));
    expect(cos).toBeLessThan(-0.999);
  });

  it('held in inertial space it tilts below the horizon and brings the air ~1 min sooner than retrograde', () => {
    const separation = (burnAttitude: 'inertial' | 'retrograde') => {
      const d = simulateDescent({ ...MS19_GUIDED, mode: 'ballistic', burnAttitude });
      return d.events.find((e) => e.type === 'module_separation')!.ms;
    };
    // MS-11, timed to the second, showed the retrograde thrust 56 s late to 140 km.
    const sooner = (separation('retrograde') - separation('inertial')) / 1000;
    expect(sooner).toBeGreaterThan(30);
    expect(sooner).toBeLessThan(120);
  });

  it("'retrograde': the Δv points against the mean velocity over the burn", () => {
    const { v0, vb, dv, dvKms } = burnDelta({ ...MS19_GUIDED, burnAttitude: 'retrograde' });
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

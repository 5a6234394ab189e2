import { describe, expect, it } from 'vitest';
import { DEG } from '../../../../src/physics/constants';
import { newVehicle } from '../../../../src/physics/descent/dynamics';
import { DEFAULT_GUIDANCE, EntryGuidance } from '../../../../src/physics/descent/guidance';
import { entry } from '../../../../src/physics/descent/phases/entry';
import { setDescentModule } from '../../../../src/physics/descent/phases/separation';
import { stateBefore } from './phases/fixture';

describe('EntryGuidance', () => {
  it('profile: the corrected bank at high speed, the final bank at low speed, within limits', () => {
    const g = new EntryGuidance({ lat: 47, lon: 69 }, 0.35, 0, 60);
    expect(g.cosBank).toBeCloseTo(0.5, 12);
    expect(g.profile(0.5, 7.5)).toBeCloseTo(0.5, 12);
    expect(g.profile(0.5, 1)).toBeCloseTo(Math.cos(DEFAULT_GUIDANCE.finalBankDeg * DEG), 12);
    // Never full lift up or down: the minimum and maximum banks.
    expect(g.profile(1, 7.5)).toBeCloseTo(Math.cos(DEFAULT_GUIDANCE.minBankDeg * DEG), 12);
    expect(g.profile(-1, 7.5)).toBeCloseTo(Math.cos(DEFAULT_GUIDANCE.maxBankDeg * DEG), 12);
  });

  it('predict: more lift up flies further downrange', () => {
    const st = stateBefore(entry);
    const g = st.guidance!;
    const veh = newVehicle();
    setDescentModule(veh, true, 60);
    const up = g.predict(st.t, st.s, veh, 0.9);
    const down = g.predict(st.t, st.s, veh, -0.5);
    expect(up.downKm - down.downKm).toBeGreaterThan(100);
    expect(up.tS).toBeGreaterThan(down.tS);
  });

  it('steers the real entry onto the target: the drogue point within a few km downrange', () => {
    const st = stateBefore(entry);
    const g = st.guidance!;
    entry(st);
    const miss = g.errors(st.t, st.s, st.t, st.s);
    expect(Math.abs(miss.downKm)).toBeLessThan(10);
    expect(Math.abs(miss.crossKm)).toBeLessThan(10);
    expect(g.reversals).toBeGreaterThan(0);
  });
});

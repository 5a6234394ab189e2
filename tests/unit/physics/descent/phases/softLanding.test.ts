import { describe, expect, it } from 'vitest';
import { softLanding } from '../../../../../src/physics/descent/phases/softLanding';
import { PHASE_INDEX } from '../../../../../src/physics/descent/trajectory';
import { PARACHUTES } from '../../../../../src/physics/spacecraft';
import { airspeedKms, eventTypes, stateBefore } from './fixture';

describe('softLanding', () => {
  const st = stateBefore(softLanding);
  const t0 = st.t;
  const alt0 = st.alt;
  const v0 = airspeedKms(st);
  softLanding(st);

  it('fires the engines 0.8 m up and ends at touchdown, on the ground, landed', () => {
    expect(eventTypes(st).slice(-2)).toEqual(['soft_landing_engines', 'touchdown']);
    expect((alt0 - st.alt) * 1000).toBeCloseTo(PARACHUTES.softLandingAltKm * 1000, 3);
    expect(st.alt).toBeCloseTo(st.groundAltKm, 6);
    expect(st.phase).toBe('landed');
    const s = st.builder.build();
    expect(s.phase.at(-1)).toBe(PHASE_INDEX.landed);
    expect(st.events.at(-1)!.ms).toBe(s.t.at(-1));
  });

  it('brakes from the canopy speed to the sourced 1.5 m/s at constant deceleration', () => {
    expect(v0 * 1000).toBeCloseTo(PARACHUTES.mainSteadySpeedMs, 1);
    expect(airspeedKms(st) * 1000).toBeCloseTo(PARACHUTES.touchdownSpeedMs, 5);
    // 0.8 m at the mean of the two speeds.
    const expected = (2 * PARACHUTES.softLandingAltKm) / (v0 + PARACHUTES.touchdownSpeedMs / 1000);
    expect(st.t - t0).toBeCloseTo(expected, 9);
    expect(st.t - t0).toBeLessThan(0.3);
  });
});

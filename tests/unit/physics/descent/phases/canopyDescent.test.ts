import { describe, expect, it } from 'vitest';
import {
  canopyDescent,
  canopySinkKms,
} from '../../../../../src/physics/descent/phases/canopyDescent';
import { engineAltKm } from '../../../../../src/physics/descent/phases/mainChute';
import { toGeo } from '../../../../../src/physics/descent/state';
import { PARACHUTES } from '../../../../../src/physics/spacecraft';
import { airspeedKms, eventTypes, stateBefore } from './fixture';

describe('canopyDescent', () => {
  const st = stateBefore(canopyDescent);
  const start = { ...toGeo(st, st.t, st.s) };
  const t0 = st.t;
  const alt0 = st.alt;
  canopyDescent(st);
  const end = toGeo(st, st.t, st.s);

  it('sinks to the soft-landing engines height, 0.8 m above the ground', () => {
    expect(st.alt).toBeCloseTo(engineAltKm(st), 6);
    expect(engineAltKm(st) - st.groundAltKm).toBeCloseTo(PARACHUTES.softLandingAltKm, 12);
  });

  it('arrives at the sourced 7.2 m/s steady speed at the ground (0.35 km)', () => {
    expect(airspeedKms(st) * 1000).toBeCloseTo(PARACHUTES.mainSteadySpeedMs, 1);
    expect(canopySinkKms(st, st.groundAltKm) * 1000).toBeCloseTo(PARACHUTES.mainSteadySpeedMs, 2);
  });

  it('drifts with the ground: the same place over the Earth, top to bottom', () => {
    expect(end.lat).toBeCloseTo(start.lat, 12);
    expect(end.lon).toBeCloseTo(start.lon, 12);
  });

  it('takes the time the sink speed gives (about 13 min from 6.9 km)', () => {
    const minutes = (st.t - t0) / 60;
    expect(alt0).toBeGreaterThan(6);
    expect(minutes).toBeGreaterThan(11);
    expect(minutes).toBeLessThan(15);
  });

  it('marks the heat-shield jettison on the way down', () => {
    expect(eventTypes(st)).toContain('heat_shield_jettison');
    const js = st.events.find((e) => e.type === 'heat_shield_jettison')!;
    expect(js.altKm).toBe(PARACHUTES.heatShieldAltKm);
  });
});

import { describe, expect, it } from 'vitest';
import { densityKgM3 } from '../../../../../src/physics/earth/atmosphere';
import { DROGUE_OPENING_S, drogue } from '../../../../../src/physics/descent/phases/drogue';
import { PHASE_INDEX } from '../../../../../src/physics/descent/trajectory';
import {
  areaM2,
  DESCENT_MODULE,
  DM_CD_SUBSONIC,
  DROGUE_CD,
  G0_MS2,
  PARACHUTES,
} from '../../../../../src/physics/spacecraft';
import { airspeedKms, eventTypes, stateBefore } from './fixture';

describe('drogue', () => {
  const st = stateBefore(drogue);
  const t0 = st.t;
  const v0 = airspeedKms(st);
  drogue(st);

  it('opens at 10.7 km and hands over exactly at the main canopy altitude', () => {
    expect(eventTypes(st).at(-1)).toBe('drogue_chute');
    expect(st.events.at(-1)!.altKm).toBeCloseTo(PARACHUTES.drogueAltKm, 5);
    expect(st.alt).toBeCloseTo(PARACHUTES.mainAltKm, 5);
    expect(st.phase).toBe('drogue');
    expect(st.veh.liftToDrag).toBe(0);
    expect(st.veh.chuteRampS).toBe(DROGUE_OPENING_S);
    expect(st.builder.build().phase.at(-1)).toBe(PHASE_INDEX.drogue);
  });

  it('slows the module to the drogue terminal speed (the sourced ~80 m/s)', () => {
    const rho = densityKgM3(st.alt);
    const cda =
      DROGUE_CD * PARACHUTES.drogueAreaM2 + DM_CD_SUBSONIC * areaM2(DESCENT_MODULE.diameterM);
    const terminalMs = Math.sqrt((2 * DESCENT_MODULE.massKg * G0_MS2) / (rho * cda));
    const v = airspeedKms(st) * 1000;
    expect(v0 * 1000).toBeGreaterThan(200);
    expect(v).toBeGreaterThan(terminalMs * 0.97);
    expect(v).toBeLessThan(terminalMs * 1.03);
    expect(v).toBeGreaterThan(PARACHUTES.drogueSteadySpeedMs * 0.85);
    expect(v).toBeLessThan(PARACHUTES.drogueSteadySpeedMs * 1.05);
  });

  it('takes about half a minute for the 3.2 km', () => {
    expect(st.t - t0).toBeGreaterThan(20);
    expect(st.t - t0).toBeLessThan(50);
  });
});

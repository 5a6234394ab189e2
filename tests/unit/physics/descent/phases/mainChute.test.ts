import { describe, expect, it } from 'vitest';
import { canopySinkKms } from '../../../../../src/physics/descent/phases/canopyDescent';
import { engineAltKm, mainChute } from '../../../../../src/physics/descent/phases/mainChute';
import { MAIN_CD, PARACHUTES } from '../../../../../src/physics/spacecraft';
import { airspeedKms, eventTypes, stateBefore } from './fixture';

describe('mainChute', () => {
  const st = stateBefore(mainChute);
  const v0 = airspeedKms(st);
  mainChute(st);

  it('opens the main canopy at 7.5 km, its drag area growing over the sourced opening time', () => {
    expect(eventTypes(st).at(-1)).toBe('main_chute');
    expect(st.events.at(-1)!.altKm).toBeCloseTo(PARACHUTES.mainAltKm, 5);
    expect(st.phase).toBe('main_chute');
    expect(st.veh.chuteTo).toBeCloseTo(MAIN_CD * PARACHUTES.mainAreaM2, 9);
    expect(st.veh.chuteRampS).toBe(PARACHUTES.mainOpeningS);
    expect(st.t - st.veh.chuteStartS).toBeCloseTo(PARACHUTES.mainOpeningS + 25, 6);
  });

  it('settles from the drogue speed to the canopy equilibrium sink speed', () => {
    expect(v0 * 1000).toBeGreaterThan(60);
    const v = airspeedKms(st);
    const eq = canopySinkKms(st, st.alt);
    expect(v).toBeGreaterThan(eq * 0.97);
    expect(v).toBeLessThan(eq * 1.03);
    expect(v * 1000).toBeLessThan(12);
    expect(st.alt).toBeGreaterThan(engineAltKm(st));
  });
});

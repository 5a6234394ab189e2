import { describe, expect, it } from 'vitest';
import { densityKgM3 } from '../../../src/physics/earth/atmosphere';
import {
  areaM2,
  DEORBIT,
  DESCENT_MODULE,
  descentModuleCd,
  DM_CD_SUBSONIC,
  DROGUE_CD,
  G0_MS2,
  MAIN_CD,
  PARACHUTES,
} from '../../../src/physics/spacecraft';

const terminal = (altKm: number, cda: number) =>
  Math.sqrt((2 * DESCENT_MODULE.massKg * G0_MS2) / (densityKgM3(altKm) * cda));

describe('spacecraft parameters', () => {
  const body = DM_CD_SUBSONIC * areaM2(DESCENT_MODULE.diameterM);

  it('derives the drag coefficients from the sourced speeds', () => {
    expect(terminal(PARACHUTES.drogueAltKm, body)).toBeCloseTo(PARACHUTES.drogueDeploySpeedMs, 9);
    const drogueAlt = (PARACHUTES.drogueAltKm + PARACHUTES.mainAltKm) / 2;
    expect(terminal(drogueAlt, body + DROGUE_CD * PARACHUTES.drogueAreaM2)).toBeCloseTo(
      PARACHUTES.drogueSteadySpeedMs,
      9,
    );
    expect(terminal(0.35, body + MAIN_CD * PARACHUTES.mainAreaM2)).toBeCloseTo(
      PARACHUTES.mainSteadySpeedMs,
      9,
    );
  });

  it('the descent module’s Cd: subsonic below Mach 0.8, hypersonic from Mach 3', () => {
    expect(descentModuleCd(0.5)).toBe(DM_CD_SUBSONIC);
    expect(descentModuleCd(3)).toBeCloseTo(DESCENT_MODULE.cdHypersonic, 12);
    expect(DEORBIT.deltaVms).toBe(128);
    expect(areaM2(2)).toBeCloseTo(Math.PI, 15);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ASCENT_EVENT_TYPES,
  ASCENT_PHASES,
  AscentError,
  SOYUZ_NOMINAL_ASCENT as N,
} from '../../../../src/physics/ascent/types';

describe('ascent types and the nominal profile', () => {
  it('milestones in time order, climbing; phases and events from the pad to docking', () => {
    expect(N.firstStageSeparationS).toBeLessThan(N.fairingS);
    expect(N.fairingS).toBeLessThan(N.secondStageSeparationS);
    expect(N.secondStageSeparationS).toBeLessThan(N.thirdStageCutoffS);
    expect(N.thirdStageCutoffS).toBeLessThan(N.spacecraftSeparationS);
    expect(N.firstStageSeparationAltKm).toBeLessThan(N.fairingAltKm);
    expect(N.perigeeKm).toBeLessThan(N.apogeeKm);
    expect(ASCENT_PHASES.at(-1)).toBe('docked');
    expect(ASCENT_EVENT_TYPES[0]).toBe('launch');
    expect(ASCENT_EVENT_TYPES.at(-1)).toBe('docking');
    expect(new AscentError('x').name).toBe('AscentError');
  });
});

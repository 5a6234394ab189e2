import { describe, expect, it } from 'vitest';
import { moduleSeparation } from '../../../../../src/physics/descent/phases/separation';
import { PHASE_INDEX } from '../../../../../src/physics/descent/trajectory';
import { areaM2, DESCENT_MODULE, SEPARATION } from '../../../../../src/physics/spacecraft';
import { eventTypes, MS19_GUIDED, stateBefore } from './fixture';

describe('moduleSeparation', () => {
  it('leaves the descent module alone, lifting when guided, at the separation altitude', () => {
    const st = stateBefore(moduleSeparation);
    const t0 = st.t;
    moduleSeparation(st);
    expect(st.t).toBe(t0); // an instant, not a stretch of flight
    expect(st.phase).toBe('descent_module');
    expect(st.veh.massKg).toBe(DESCENT_MODULE.massKg);
    expect(st.veh.areaM2).toBeCloseTo(areaM2(DESCENT_MODULE.diameterM), 12);
    expect(st.veh.machCd).toBe(true);
    expect(st.veh.liftToDrag).toBe(DESCENT_MODULE.liftToDrag);
    // The reference bank (60°): half of the lift up.
    expect(st.veh.bankCos).toBeCloseTo(0.5, 12);
    const sep = st.events.at(-1)!;
    expect(eventTypes(st).at(-1)).toBe('module_separation');
    expect(sep.altKm).toBeCloseTo(SEPARATION.altKm, 5);
    expect(st.builder.build().phase.at(-1)).toBe(PHASE_INDEX.descent_module);
  });

  it('ballistic: no lift', () => {
    const st = stateBefore(moduleSeparation, { ...MS19_GUIDED, mode: 'ballistic' });
    moduleSeparation(st);
    expect(st.veh.liftToDrag).toBe(0);
  });
});

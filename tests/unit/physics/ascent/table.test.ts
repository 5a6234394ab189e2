import { describe, expect, it } from 'vitest';
import { createAscentState } from '../../../../src/physics/ascent/state';
import { poweredAscent } from '../../../../src/physics/ascent/stages/powered';
import { rendezvous } from '../../../../src/physics/ascent/stages/rendezvous';
import { ascentResult } from '../../../../src/physics/ascent/table';
import {
  ASCENT_EVENT_TYPES,
  ASCENT_PHASES,
  SOYUZ_NOMINAL_ASCENT,
} from '../../../../src/physics/ascent/types';
import { MS22 } from './fixture';

describe('ascentResult', () => {
  const st = createAscentState(MS22);
  poweredAscent(st);
  rendezvous(st);
  const r = ascentResult(st);
  const s = r.samples;

  it('tabulates the powered path and the rendezvous once each (insertion not repeated)', () => {
    expect(s.length).toBe(st.powered.ts.length + st.rendezvous.ts.length - 1);
    for (let i = 1; i < s.length; i++) expect(s.t[i]!).toBeGreaterThan(s.t[i - 1]!);
    expect(s.g[0]).toBe(1); // on the pad
  });

  it('labels the phases by the nominal stage times, docked at the end', () => {
    const phaseAt = (t: number) => s.phase[Math.round(t)]!;
    expect(ASCENT_PHASES[phaseAt(60)]).toBe('first_stage');
    expect(ASCENT_PHASES[phaseAt(200)]).toBe('second_stage');
    expect(ASCENT_PHASES[phaseAt(400)]).toBe('third_stage');
    expect(ASCENT_PHASES[s.phase[s.length - 2]!]).toBe('rendezvous');
    expect(ASCENT_PHASES[s.phase[s.length - 1]!]).toBe('docked');
  });

  it('places every event at its time, in order, flagged approximate', () => {
    expect(r.events.map((e) => e.type)).toEqual([...ASCENT_EVENT_TYPES]);
    const sep = r.events.find((e) => e.type === 'first_stage_separation')!;
    expect(sep.ms).toBe(MS22.liftoffMs + SOYUZ_NOMINAL_ASCENT.firstStageSeparationS * 1000);
    expect(sep.altKm).toBeGreaterThan(35);
    expect(sep.altKm).toBeLessThan(55);
    expect(r.events.every((e) => e.approximate)).toBe(true);
    expect(r.insertion.phaseAngleDeg).toBe(st.phaseAngleDeg);
  });
});

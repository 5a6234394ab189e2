import { describe, expect, it } from 'vitest';
import { createDescentState } from '../../../../src/physics/descent/state';
import {
  addEvent,
  advance,
  checkMarkers,
  record,
  refineTo,
} from '../../../../src/physics/descent/step';
import { ENTRY_INTERFACE_KM } from '../../../../src/physics/spacecraft';
import { MS19 } from '../validationCases';

const fresh = () => createDescentState({ tle: MS19.tle, burnMs: MS19.burnMs, mode: 'ballistic' });

describe('descent stepping', () => {
  it('advance integrates a step, keeps the previous state and updates the altitude', () => {
    const st = fresh();
    const s0 = Float64Array.from(st.s);
    advance(st, 5);
    expect(st.t).toBe(5);
    expect(Array.from(st.prev)).toEqual(Array.from(s0));
    expect(st.s[0]).not.toBe(s0[0]);
    const moved = Math.hypot(st.s[0]! - s0[0]!, st.s[1]! - s0[1]!, st.s[2]! - s0[2]!);
    expect(moved).toBeCloseTo(5 * Math.hypot(s0[3]!, s0[4]!, s0[5]!), 0);
  });

  it('refineTo redoes the last step so the state sits on the level', () => {
    const st = fresh();
    const tPrev = st.t;
    const altPrev = st.alt;
    advance(st, 20);
    const level = (altPrev + st.alt) / 2;
    refineTo(st, level, tPrev, altPrev, 20);
    expect(st.alt).toBeCloseTo(level, 6);
    expect(st.t).toBeGreaterThan(tPrev);
    expect(st.t).toBeLessThan(tPrev + 20);
  });

  it('record adds a row with the state’s diagnostics; addEvent a located event', () => {
    const st = fresh();
    record(st);
    record(st); // the same instant: replaces, never duplicates
    const s = st.builder.build();
    expect(s.length).toBe(1);
    expect(s.altKm[0]).toBeCloseTo(st.alt, 9);
    expect(st.diag.altKm).toBeCloseTo(st.alt, 9);
    addEvent(st, 'deorbit_burn_start', 0, st.s, st.alt);
    expect(st.events[0]!.ms).toBe(st.burnMs);
    expect(st.events[0]!.lat).toBeCloseTo(s.lat[0]!, 12);
  });

  it('checkMarkers marks a crossing inside the step, once, at the interpolated time', () => {
    const st = fresh();
    st.prev.set(st.s); // the real state; the heights below are made up
    st.t = 10;
    st.alt = ENTRY_INTERFACE_KM - 1;
    checkMarkers(st, 0, ENTRY_INTERFACE_KM + 3);
    expect(st.events.map((e) => e.type)).toEqual(['entry_interface']);
    expect(st.events[0]!.ms - st.burnMs).toBeCloseTo(7500, 6);
    expect(st.events[0]!.altKm).toBe(ENTRY_INTERFACE_KM);
    checkMarkers(st, 0, ENTRY_INTERFACE_KM + 3);
    expect(st.events).toHaveLength(1);
  });
});

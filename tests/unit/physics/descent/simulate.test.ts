import { DESCENT_STEPS } from '../../../../src/physics/descent/simulate';
import { describe, expect, it } from 'vitest';
import {
  DESCENT_EVENT_TYPES,
  PHASE_INDEX,
  simulateDescent,
  type DescentResult,
} from '../../../../src/physics/descent/index';
import { trackOffsets } from '../../../../src/physics/planner';
import { MS19, TMA18M, type ValidationCase } from '../validationCases';

const MIN = 60_000;

function ev(r: DescentResult, type: string) {
  const e = r.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} event`);
  return e;
}

describe.each([MS19, TMA18M])(
  '$name from the real burn time and ISS elements',
  (c: ValidationCase) => {
    // From the Soyuz's own state after undocking and the separation burns (sourced times, ports).
    const dep = c.departure;
    const guided = simulateDescent({
      tle: c.tle,
      burnMs: c.burnMs,
      target: c.target,
      departure: dep,
    });
    const ballistic = simulateDescent({
      tle: c.tle,
      burnMs: c.burnMs,
      mode: 'ballistic',
      departure: dep,
    });

    it('has every event once, in time order, from burn to touchdown', () => {
      expect(guided.events.map((e) => e.type).sort()).toEqual([...DESCENT_EVENT_TYPES].sort());
      for (let i = 1; i < guided.events.length; i++) {
        expect(guided.events[i]!.ms).toBeGreaterThanOrEqual(guided.events[i - 1]!.ms);
      }
      expect(ev(guided, 'deorbit_burn_start').ms).toBe(c.burnMs);
      const burnS = (ev(guided, 'deorbit_burn_end').ms - c.burnMs) / 1000;
      expect(burnS).toBeCloseTo(280, 6);
    });

    it('touches down within 90 s of the reported time', () => {
      expect(Math.abs(guided.touchdown.ms - c.landingMs)).toBeLessThan(90_000);
    });

    it('separates the modules 26-30 min after the burn starts, at 130-150 km', () => {
      const sep = ev(guided, 'module_separation');
      expect((sep.ms - c.burnMs) / MIN).toBeGreaterThan(26);
      expect((sep.ms - c.burnMs) / MIN).toBeLessThan(30);
      expect(sep.altKm).toBeGreaterThan(130);
      expect(sep.altKm).toBeLessThan(150);
    });

    it('reaches the entry interface (100 km) 28-32 min after the burn starts', () => {
      const ei = ev(guided, 'entry_interface');
      expect(ei.altKm).toBeCloseTo(100, 6);
      expect((ei.ms - c.burnMs) / MIN).toBeGreaterThan(28);
      expect((ei.ms - c.burnMs) / MIN).toBeLessThan(32);
    });

    it('peaks between 3.5 and 5 g when guided', () => {
      expect(guided.peakG).toBeGreaterThan(3.5);
      expect(guided.peakG).toBeLessThan(5);
      expect(ev(guided, 'peak_g').altKm).toBeCloseTo(guided.peakGAltKm, 6);
    });

    it('opens the parachute 13-16 min before touchdown', () => {
      const chute = ev(guided, 'drogue_chute');
      expect(chute.altKm).toBeCloseTo(10.7, 6);
      const before = (guided.touchdown.ms - chute.ms) / MIN;
      expect(before).toBeGreaterThan(13);
      expect(before).toBeLessThan(16);
    });

    it(`lands guided within 10 km of the landing point (${c.targetKind})`, () => {
      expect(guided.missKm).not.toBeNull();
      expect(guided.missKm!).toBeLessThan(10);
    });

    it('flies ballistic at 7-10 g', () => {
      expect(ballistic.peakG).toBeGreaterThan(7);
      expect(ballistic.peakG).toBeLessThan(10);
      expect(ballistic.missKm).toBeNull();
    });

    it('lands ballistic hundreds of km short of the guided point along the track', () => {
      const ei = ev(guided, 'entry_interface');
      const { alongKm } = trackOffsets(ei, guided.touchdown, ballistic.touchdown);
      // alongKm > 0: the guided point lies beyond the ballistic one. RussianSpaceWeb: "up to
      // ~600 km short"; TMA-11 420-475 km. MS-19 and TMA-18M give ~660 and ~760 km: their burn
      // times are known only to the minute: each 30 s of burn moves the ballistic point ~220 km
      // along the track while the guidance still lands on the site, so the gap carries that
      // rounding (MS-11, timed to the second, gives 466 km). docs/physics.md, "The coast".
      expect(alongKm).toBeGreaterThan(300);
      expect(alongKm).toBeLessThan(800);
    });

    it('ends with the sourced landing sequence: 0.8 m engines, 1.5 m/s touchdown', () => {
      const eng = ev(guided, 'soft_landing_engines');
      const td = ev(guided, 'touchdown');
      expect((eng.altKm - td.altKm) * 1000).toBeCloseTo(0.8, 3);
      expect(td.ms - eng.ms).toBeLessThan(1000);
      const s = guided.samples;
      const n = s.length;
      expect(s.phase[n - 1]).toBe(PHASE_INDEX.landed);
      expect(s.airspeed[n - 1]! * 1000).toBeCloseTo(1.5, 6);
      // Steady on the main canopy just above the ground: the sourced 7.2 m/s (at 0.35 km).
      expect(s.airspeed[n - 2]! * 1000).toBeCloseTo(7.2, 0);
    });
  },
);

describe('options', () => {
  it('an impulsive burn at mid-burn lands within seconds of the finite burn that follows the velocity', () => {
    const a = simulateDescent({
      tle: MS19.tle,
      burnMs: MS19.burnMs,
      mode: 'ballistic',
      burnAttitude: 'retrograde',
    });
    const b = simulateDescent({
      tle: MS19.tle,
      burnMs: MS19.burnMs,
      mode: 'ballistic',
      impulsive: true,
    });
    expect(Math.abs(a.touchdown.ms - b.touchdown.ms)).toBeLessThan(10_000);
  });

  it('refuses a burn too small to come down', () => {
    expect(() =>
      simulateDescent({ tle: MS19.tle, burnMs: MS19.burnMs, deltaVms: 5, mode: 'ballistic' }),
    ).toThrow(/does not come down/);
  });

  it('without a target, guided flies the reference bank and reports no miss', () => {
    const r = simulateDescent({ tle: TMA18M.tle, burnMs: TMA18M.burnMs });
    expect(r.missKm).toBeNull();
    expect(r.peakG).toBeGreaterThan(3);
    expect(r.peakG).toBeLessThan(5);
  });
});

describe('the driver', () => {
  it('runs the phases in flight order', () => {
    expect(DESCENT_STEPS.map((p) => p.name)).toEqual([
      'deorbitBurn',
      'coastToSeparation',
      'moduleSeparation',
      'entry',
      'drogue',
      'mainChute',
      'canopyDescent',
      'softLanding',
    ]);
  });
});

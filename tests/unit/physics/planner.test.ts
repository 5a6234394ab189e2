import { describe, expect, it } from 'vitest';
import { planDescent } from '../../../src/physics/planner';
import { parseUtc } from '../../../src/physics/time';
import { MS19, TMA18M, type ValidationCase } from './validationCases';

describe.each([MS19, TMA18M])('planner for $name', (c: ValidationCase) => {
  // Only the elements, the landing point and the landing day (noon UTC, ± 12 h).
  const plan = planDescent({
    tle: c.tle,
    target: c.target,
    landNearMs: parseUtc(`${c.landingDay}T12:00:00Z`),
  });

  it('finds a burn time within 2 minutes of the real one', () => {
    expect(Math.abs(plan.burnMs - c.burnMs)).toBeLessThan(2 * 60_000);
  });

  it('lands on the target with the guided steering', () => {
    expect(plan.descent.missKm!).toBeLessThan(10);
    expect(plan.descent.peakG).toBeLessThan(5);
  });

  it('chose the pass whose track runs closest to the site', () => {
    expect(plan.passes.length).toBeGreaterThan(1);
    expect(Math.abs(plan.passes[0]!.crossKm)).toBeLessThan(Math.abs(plan.passes[1]!.crossKm));
  });
});

import { describe, expect, it } from 'vitest';
import { planDescent } from '../../../src/physics/planner';
import { MS19, plannerCases, TMA18M, type ValidationCase } from './validationCases';

describe.each([MS19, TMA18M])('planner for $name', (c: ValidationCase) => {
  // Only the elements, the landing point and the reported landing time (the window is ± 12 h).
  const plan = planDescent({ tle: c.tle, target: c.target, landNearMs: c.landingMs });

  it('finds a burn time within 2 minutes of the real one', () => {
    expect(Math.abs(plan.burnMs - c.burnMs)).toBeLessThan(2 * 60_000);
  });

  it('lands on the target with the guided steering, inside the automatic footprint', () => {
    expect(plan.descent.missKm!).toBeLessThan(10);
    expect(plan.descent.footprint).toBe('inside');
    expect(plan.descent.peakG).toBeLessThan(5);
  });

  it('chose the pass that lands nearest the requested time, among several', () => {
    expect(plan.passes.length).toBeGreaterThan(1);
    const gap = (ms: number) => Math.abs(ms - c.landingMs);
    for (const p of plan.passes.slice(1))
      expect(gap(plan.passes[0]!.touchdownMs)).toBeLessThan(gap(p.touchdownMs));
  });
});

describe('planner for every landing with an element set and a sourced point, both zones', () => {
  const cases = plannerCases();

  it('covers the southern zone and the northern one', () => {
    expect(cases.some((c) => c.target.lat > 49.5)).toBe(true);
    expect(cases.filter((c) => c.target.lat < 48).length).toBeGreaterThan(8);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: lands on the reported pass, within 5 minutes of the reported time and 10 km of the point',
    (_name, c) => {
      const plan = planDescent({ tle: c.tle, target: c.target, landNearMs: c.landingMs });
      expect(Math.abs(plan.descent.touchdown.ms - c.landingMs)).toBeLessThan(5 * 60_000);
      expect(plan.descent.missKm!).toBeLessThan(10);
      expect(plan.descent.footprint).toBe('inside');
    },
  );
});

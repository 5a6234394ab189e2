import { describe, expect, it } from 'vitest';
import { findMission } from '../../../src/data/catalog';
import { simulateDescent } from '../../../src/physics/descent';
import { baselineFor, compareLandings, unchanged, whatIfOptions } from '../../../src/lab/whatIf';
import { replayFor } from '../../../src/replay/replay';

const ms19 = replayFor(findMission('soyuz-ms-19-landing')!);
const real = ms19.descent!;
const fly = (shiftS: number, deltaVms = 128, mode: 'guided' | 'ballistic' = 'ballistic') =>
  simulateDescent(whatIfOptions(ms19.inputs!, { shiftS, deltaVms, mode }));

describe('what-if lab physics', () => {
  it('with nothing changed it lands where the replay does', () => {
    const same = simulateDescent(whatIfOptions(ms19.inputs!, unchanged(real)));
    const c = compareLandings(real, same);
    expect(c.distanceKm).toBeLessThan(0.01);
    expect(Math.abs(c.touchdownShiftS)).toBeLessThan(0.01);
  });

  it('a later burn lands further downrange, an earlier one short; about 8 km per second of delay', () => {
    // Against the same burn on time, so only the delay differs.
    const onTime = fly(0);
    const later = compareLandings(onTime, fly(60));
    const earlier = compareLandings(onTime, fly(-60));
    expect(later.downrangeKm).toBeGreaterThan(300);
    expect(earlier.downrangeKm).toBeLessThan(-300);
    // The orbit carries the capsule ~7.7 km each second: most of a delay becomes range.
    expect(later.downrangeKm / 60).toBeGreaterThan(5);
    expect(later.downrangeKm / 60).toBeLessThan(9);
    // Along the track, not across it.
    expect(Math.abs(later.crossrangeKm)).toBeLessThan(0.3 * later.downrangeKm);
  });

  it('a smaller burn lands further on (shallower entry), a bigger one shorter', () => {
    const small = compareLandings(fly(0), fly(0, 105));
    const big = compareLandings(fly(0), fly(0, 150));
    expect(small.downrangeKm).toBeGreaterThan(0);
    expect(big.downrangeKm).toBeLessThan(0);
  });

  it('guided steering pulls a late burn back toward the target; ballistic pulls more g', () => {
    const guided = compareLandings(real, fly(30, 128, 'guided'));
    const ballistic = compareLandings(real, fly(30, 128, 'ballistic'));
    expect(Math.abs(guided.downrangeKm)).toBeLessThan(Math.abs(ballistic.downrangeKm));
    expect(fly(0, 128, 'ballistic').peakG).toBeGreaterThan(real.peakG * 1.5);
  });

  it('compares like with like: a ballistic what-if against the replay burn flown ballistic', () => {
    const change = { shiftS: 60, deltaVms: 128, mode: 'ballistic' as const };
    expect(baselineFor(ms19.inputs!, real, { ...change, mode: 'guided' })).toBeNull();
    const base = simulateDescent(baselineFor(ms19.inputs!, real, change)!);
    expect(base.mode).toBe('ballistic');
    expect(base.burnMs).toBe(real.burnMs);
    const late = fly(60);
    // A minute late, ballistic, lands ~400-500 km further on than the on-time ballistic descent;
    // against the guided replay the same flight reads as landing short of it.
    expect(compareLandings(base, late).downrangeKm).toBeGreaterThan(300);
    expect(compareLandings(real, late).downrangeKm).toBeLessThan(0);
  });

  it('a guided what-if outside the automatic footprint says so and stops short of the site', () => {
    const late = fly(60, 128, 'guided');
    expect(late.footprint).toBe('outside');
    expect(compareLandings(real, late).distanceKm).toBeGreaterThan(30);
    expect(fly(20, 128, 'guided').footprint).toBe('inside');
  });
});

import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { replayFor } from '../../../../src/replay/replay';
import { chartSeries } from '../../../../src/ui/charts/chartSeries';
import {
  labelRows,
  linePoints,
  minuteTicks,
  type Plot,
} from '../../../../src/ui/worksheet/chartGeometry';

const descent = replayFor(findMission('soyuz-ms-19-landing')!).descent!;
const plot = (top: number): Plot => ({
  x: 80,
  y: 40,
  w: 500,
  h: 100,
  t0: descent.burnMs,
  t1: descent.touchdown.ms,
  top,
});

describe('worksheet chart geometry', () => {
  it('draws the descent from the plot’s left edge at the burn to its right edge at touchdown', () => {
    for (const s of chartSeries(descent)) {
      const p = plot(s.max);
      const points = linePoints(p, s.t, s.v)
        .split(' ')
        .map((xy) => xy.split(',').map(Number) as [number, number]);
      expect(points).toHaveLength(s.t.length);
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      expect(xs[0]).toBeCloseTo(p.x + ((s.t[0]! - p.t0) / (p.t1 - p.t0)) * p.w, 1);
      expect(Math.max(...xs)).toBeLessThanOrEqual(p.x + p.w + 0.05);
      // The series' maximum touches the top edge; nothing goes above it or below the axis.
      expect(Math.min(...ys)).toBeCloseTo(p.y, 1);
      expect(Math.max(...ys)).toBeLessThanOrEqual(p.y + p.h + 0.05);
    }
  });

  it('marks whole minutes with a round step, the descent’s whole length covered', () => {
    const ticks = minuteTicks(descent.burnMs, descent.touchdown.ms);
    const minutes = (descent.touchdown.ms - descent.burnMs) / 60_000;
    expect(ticks[0]).toBe(0);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(minutes - ticks.at(-1)!).toBeLessThan(ticks[1]! - ticks[0]!);
    expect(minuteTicks(0, 3 * 60_000)).toEqual([0, 1, 2, 3]);
  });

  it('stacks event numbers that would print over each other', () => {
    expect(labelRows([0, 100, 200], 14)).toEqual([0, 0, 0]);
    expect(labelRows([0, 5, 8, 40], 14)).toEqual([0, 1, 2, 0]);
    // With every row taken, the first one: crowded numbers still print, if over each other.
    expect(labelRows([0, 1, 2, 3], 14)).toEqual([0, 1, 2, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { TrajectoryBuilder, type SampleRow } from '../../../../src/physics/descent/builder';
import * as trajectory from '../../../../src/physics/descent/trajectory';

const row = (ms: number, phase = 0): SampleRow => ({
  ms,
  x: ms,
  y: 0,
  z: 0,
  vx: 0,
  vy: 0,
  vz: 0,
  altKm: 100 - ms,
  lat: 0,
  lon: 0,
  speed: 0,
  airspeed: 0,
  g: 0,
  q: 0,
  mach: 0,
  phase,
});

describe('TrajectoryBuilder', () => {
  it('grows past its capacity and builds exact-length columns', () => {
    const b = new TrajectoryBuilder(2);
    for (let i = 0; i < 5; i++) b.push(row(i, i % 2));
    expect(b.length).toBe(5);
    expect(b.lastMs()).toBe(4);
    const t = b.build();
    expect(t.length).toBe(5);
    expect(Array.from(t.t)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(t.altKm)).toEqual([100, 99, 98, 97, 96]);
    expect(Array.from(t.phase)).toEqual([0, 1, 0, 1, 0]);
    expect(t.x.buffer.byteLength).toBe(5 * 8);
  });

  it('a sample at or before the last one replaces it (no zero-length intervals)', () => {
    const b = new TrajectoryBuilder();
    b.push(row(1));
    b.push(row(2, 0));
    b.push(row(2, 3));
    const t = b.build();
    expect(Array.from(t.t)).toEqual([1, 2]);
    expect(t.phase[1]).toBe(3);
  });

  it('is still exported from trajectory.ts', () => {
    expect(trajectory.TrajectoryBuilder).toBe(TrajectoryBuilder);
    expect(new TrajectoryBuilder().lastMs()).toBe(-Infinity);
  });
});

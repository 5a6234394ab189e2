import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GOVERNOR,
  PixelRatioGovernor,
} from '../../../../src/scene/render/pixelRatioGovernor';

const feed = (g: PixelRatioGovernor, ms: number, n: number) => {
  const changes: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = g.frame(ms);
    if (r !== null) changes.push(r);
  }
  return changes;
};

describe('PixelRatioGovernor', () => {
  it('keeps every pixel on a machine that keeps up', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 2 });
    expect(feed(g, 16.7, 1000)).toEqual([]);
    expect(g.ratio).toBe(2);
  });

  it('keeps every pixel at 30 frames a second: smooth enough, not worth a blur', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    expect(feed(g, 33.3, 1000)).toEqual([]);
  });

  it('lowers the ratio on slow frames, in proportion, down to its floor', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    // 80 ms frames: aim at 30 ms, sqrt(30/80) = 0.61 of the ratio.
    expect(feed(g, 80, 5)).toEqual([0.6]);
    const slow = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 2 });
    // A second a frame (software rendering): halve, then halve again to the floor of 0.5.
    expect(feed(slow, 1000, 10)).toEqual([1, 0.5]);
    expect(feed(slow, 1000, 50)).toEqual([]);
    expect(slow.ratio).toBe(0.5);
  });

  it('needs a run of slow frames: one stall (a shader compiling) changes nothing', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    feed(g, 16.7, 3);
    expect(g.frame(1500)).toBeNull();
    expect(feed(g, 16.7, 20)).toEqual([]);
  });

  it('settles where drawing takes ~30 ms on a machine whose cost grows with the pixels', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    // 100 ms a frame at ratio 1, a quarter of that at 0.5; never under one 60 Hz frame.
    const cost = (r: number) => Math.max(16.7, 100 * r * r);
    const changes: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const r = g.frame(cost(g.ratio));
      if (r !== null) changes.push(r);
    }
    expect(changes).toEqual([0.55]);
  });

  it('climbs back to every pixel after slow start-up frames', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    // Shaders compiling and textures uploading: a few seconds of slow frames, then 60 Hz.
    expect(feed(g, 400, 10)).toEqual([0.5]);
    feed(g, 16.7, 1000);
    expect(g.ratio).toBe(1);
  });

  it('tries more pixels less and less often on a machine at its limit: no see-saw', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    // Fast at 0.6 or under, slow above it.
    const changes: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = g.frame(g.ratio > 0.6 ? 80 : 16.7);
      if (r !== null) changes.push(r);
    }
    expect(changes[0]).toBe(0.6);
    expect(g.ratio).toBeLessThanOrEqual(0.75);
    // Raises after 90, 180, 360, … fast frames: 20,000 frames hold about seven tries, not 200.
    expect(changes.length).toBeLessThanOrEqual(16);
  });

  it('starts measuring again after a reset: a pause is not a slow frame', () => {
    const g = new PixelRatioGovernor({ ...DEFAULT_GOVERNOR, max: 1 });
    feed(g, 80, 4);
    g.reset();
    expect(feed(g, 16.7, 4)).toEqual([]);
    expect(g.ratio).toBe(1);
  });
});

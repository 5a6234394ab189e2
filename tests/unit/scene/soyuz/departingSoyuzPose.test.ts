import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { replayFor } from '../../../../src/replay/replay';
import { createSceneStateSource } from '../../../../src/replay/sceneState';
import { departingPose } from '../../../../src/scene/soyuz/departingSoyuzPose';

const ms19 = replayFor(findMission('soyuz-ms-19-landing')!);
const tma18m = replayFor(findMission('soyuz-tma-18m-landing')!);
const source = createSceneStateSource();
const at = (r: typeof ms19, sinceUndockS: number) => {
  const d = r.extras!.departure!;
  return departingPose(
    source(d.undockMs + sinceUndockS * 1000, r.descent, null, undefined, r.extras),
    d,
  );
};

describe('departingPose', () => {
  it('is docked, nose into the port, from the start until undocking', () => {
    const nadir = at(ms19, -3600)!;
    expect(nadir.port).toBe('nadir');
    expect(nadir.fromPortM).toBeNull();
    expect(nadir.nose).toEqual([0, 1, 0]);
    const zenith = at(tma18m, -1)!;
    expect(zenith.port).toBe('zenith');
    expect(zenith.nose).toEqual([0, -1, 0]);
  });

  it('backs away from undocking on, along the docking axis', () => {
    const p = at(ms19, 60)!;
    expect(p.fromPortM![0]).toBeLessThan(-6);
    expect(at(tma18m, 60)!.fromPortM![0]).toBeGreaterThan(6);
  });

  it('fires during the two separation burns only, for their durations', () => {
    const firing = (s: number) => at(ms19, s)!.firing;
    expect(firing(179)).toBe(false);
    expect(firing(181)).toBe(true);
    expect(firing(187.5)).toBe(true);
    expect(firing(189)).toBe(false);
    expect(firing(359)).toBe(false);
    expect(firing(370)).toBe(true);
    expect(firing(376)).toBe(false);
  });

  it('is null where the replay names no port, and from the burn on', () => {
    const s = source(ms19.descent!.burnMs - 1000, ms19.descent, null, undefined, ms19.extras);
    expect(departingPose(s, null)).toBeNull();
    const after = source(ms19.descent!.burnMs + 1000, ms19.descent, null, undefined, ms19.extras);
    expect(departingPose(after, ms19.extras!.departure)).toBeNull();
  });
});

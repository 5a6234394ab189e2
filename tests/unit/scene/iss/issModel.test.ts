import { Box3, Mesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { findMission } from '../../../../src/data/catalog';
import { dot, norm, type Vec3 } from '../../../../src/physics/vec3';
import { replayFor } from '../../../../src/replay/replay';
import { createSceneStateSource } from '../../../../src/replay/sceneState';
import { departingOffsetKm, dockedOffsetKm } from '../../../../src/scene/iss/dockingPort';
import { buildIssModel, DOCKED_SOYUZ_M, ISS_SPAN_M } from '../../../../src/scene/iss/issModel';

describe('buildIssModel', () => {
  const model = buildIssModel();
  const meshes: Mesh[] = [];
  model.root.traverse((o) => {
    if (o instanceof Mesh) meshes.push(o);
  });

  it('draws in a few calls: one mesh per material', () => {
    expect(meshes.length).toBeLessThanOrEqual(10);
    const perGroup = new Map<unknown, Set<unknown>>();
    for (const m of meshes) {
      const set = perGroup.get(m.parent) ?? new Set();
      expect(set.has(m.material)).toBe(false);
      set.add(m.material);
      perGroup.set(m.parent, set);
    }
  });

  it('spans the 109 m truss, with ~73 m arrays turning about it', () => {
    const box = new Box3().setFromObject(model.root);
    const size = box.getSize(new Vector3());
    expect(size.z).toBeCloseTo(ISS_SPAN_M, 0);
    const arrays = new Box3().setFromObject(model.arrays).getSize(new Vector3());
    expect(arrays.y).toBeGreaterThan(70);
    expect(arrays.y).toBeLessThan(76);
  });

  it('puts a docked Soyuz under Rassvet (nadir) and over Poisk (zenith), clear of the hull', () => {
    expect(DOCKED_SOYUZ_M.nadir.y).toBeLessThan(-10);
    expect(DOCKED_SOYUZ_M.zenith.y).toBeGreaterThan(8);
    // Aft of the US segment, on the Russian one.
    expect(DOCKED_SOYUZ_M.nadir.x).toBeLessThan(-10);
    expect(DOCKED_SOYUZ_M.zenith.x).toBeLessThan(DOCKED_SOYUZ_M.nadir.x);
  });
});

describe('docking offsets', () => {
  const r = replayFor(findMission('soyuz-ms-19-landing')!);
  const s = createSceneStateSource()(r.extras!.departure!.undockMs, r.descent);
  const iss = s.iss!;
  const up = iss.eci.r.map((x) => x / norm(iss.eci.r)) as Vec3;

  it('is at Rassvet by default, below the station, at true scale in km', () => {
    const nadir = dockedOffsetKm(iss, [0, 0, 0]);
    expect(dot(nadir, up) * 1000).toBeCloseTo(DOCKED_SOYUZ_M.nadir.y, 6);
    expect(dot(dockedOffsetKm(iss, [0, 0, 0], 'zenith'), up) * 1000).toBeCloseTo(
      DOCKED_SOYUZ_M.zenith.y,
      6,
    );
  });

  it('adds the replay offset: radial up, along-track ahead, cross-track along r × v', () => {
    const base = dockedOffsetKm(iss, [0, 0, 0]);
    const moved = (from: Vec3) => {
      const o = departingOffsetKm(iss, 'nadir', from, [0, 0, 0]);
      return [0, 1, 2].map((i) => (o[i]! - base[i]!) * 1000) as Vec3;
    };
    expect(dot(moved([10, 0, 0]), up)).toBeCloseTo(10, 6);
    expect(dot(moved([0, 10, 0]), iss.eci.v) / norm(iss.eci.v)).toBeGreaterThan(9.99);
    const v = iss.eci.v;
    const n: Vec3 = [
      up[1] * v[2] - up[2] * v[1],
      up[2] * v[0] - up[0] * v[2],
      up[0] * v[1] - up[1] * v[0],
    ];
    expect(dot(moved([0, 0, 10]), n) / norm(n)).toBeCloseTo(10, 6);
  });
});

import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { findMission } from '../../../../src/data/catalog';
import { replayFor } from '../../../../src/replay/replay';
import { SPACECRAFT_OVER_PAD_KM } from '../../../../src/replay/sceneState';
import { padFrame } from '../../../../src/scene/launch/padFrame';
import { buildPadModel } from '../../../../src/scene/launch/padModel';
import { buildRocketModel } from '../../../../src/scene/launch/rocketModel';
import { dot, norm } from '../../../../src/physics/vec3';

const ascent = replayFor(findMission('soyuz-ms-22-launch')!).ascent!;

describe('the rocket on the pad', () => {
  it('is a 46.3 m Soyuz-2.1a whose engines stand SPACECRAFT_OVER_PAD_KM under the spacecraft', () => {
    const rocket = buildRocketModel();
    rocket.root.updateMatrixWorld(true);
    const box = new Box3().setFromObject(rocket.root);
    // Nose along +X; the flames hang below the engines, so measure the solid parts only.
    for (const f of [...rocket.boosterFlames, rocket.coreFlame, rocket.thirdFlame])
      f.visible = false;
    const solid = new Box3();
    rocket.root.traverseVisible((o) => {
      if ('geometry' in o) solid.expandByObject(o, true);
    });
    expect(box.max.x).toBeCloseTo(solid.max.x, 6);
    expect(solid.max.x - solid.min.x).toBeCloseTo(46.3, 0);
    expect(-solid.min.x).toBeCloseTo(SPACECRAFT_OVER_PAD_KM * 1000, 0);
    rocket.dispose();
  });

  it('sits in a pad frame whose azimuth is horizontal and north-east, as MS-22 flew', () => {
    const f = padFrame(ascent);
    expect(norm(f.up)).toBeCloseTo(1, 9);
    expect(norm(f.azimuth)).toBeCloseTo(1, 9);
    expect(Math.abs(dot(f.up, f.azimuth))).toBeLessThan(1e-9);
    // North-east: toward +z (north) and, at 63.6° E, toward −x.
    expect(f.azimuth[2]).toBeGreaterThan(0);
    expect(norm(f.origin)).toBeGreaterThan(6360);
  });

  it('has four support arms and two masts, and a pit below the ground', () => {
    const pad = buildPadModel();
    expect(pad.arms).toHaveLength(4);
    expect(pad.masts).toHaveLength(2);
    pad.root.updateMatrixWorld(true);
    const box = new Box3().setFromObject(pad.root);
    expect(box.min.y).toBeLessThan(-20);
    expect(box.getSize(new Vector3()).x).toBeGreaterThan(100);
    pad.dispose();
  });
});

import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { WGS84_A_KM } from '../../../../src/physics/constants';
import {
  CAP_BELOW_KM,
  capUniforms,
  horizonCapGeometry,
  placeHorizonCap,
} from '../../../../src/scene/earth/horizonCap';

describe('the horizon cap', () => {
  it('reaches just past the horizon, centred under the camera', () => {
    const u = capUniforms();
    const camera = new Vector3(WGS84_A_KM + 420, 0, 0);
    expect(placeHorizonCap(u, camera, new Matrix4())).toBe(true);
    expect(u.capCentre.value.distanceTo(new Vector3(1, 0, 0))).toBeLessThan(1e-12);
    const horizon = Math.acos(WGS84_A_KM / (WGS84_A_KM + 420));
    expect(u.capAngle.value).toBeGreaterThan(horizon);
    expect(u.capAngle.value).toBeLessThan(horizon + 0.03);
    // A right-handed frame about the centre.
    const { capEast: e, capNorth: n, capCentre: c } = u;
    expect(Math.abs(e.value.dot(c.value))).toBeLessThan(1e-12);
    expect(new Vector3().crossVectors(e.value, n.value).distanceTo(c.value)).toBeLessThan(1e-12);
  });

  it('follows Earth’s turn: the centre is in the Earth-fixed frame', () => {
    const u = capUniforms();
    const turn = new Matrix4().makeRotationY(Math.PI / 2);
    placeHorizonCap(u, new Vector3(WGS84_A_KM + 420, 0, 0), turn.clone().invert());
    // The camera over +x in the scene is over +z of the Earth turned a quarter (x → -z).
    expect(u.capCentre.value.distanceTo(new Vector3(0, 0, 1))).toBeLessThan(1e-12);
  });

  it('gives way to the globe from high up', () => {
    const camera = new Vector3(WGS84_A_KM + CAP_BELOW_KM + 1, 0, 0);
    expect(placeHorizonCap(capUniforms(), camera, new Matrix4())).toBe(false);
  });

  it('is a disc of (around, out) fractions', () => {
    const g = horizonCapGeometry();
    const p = g.getAttribute('position');
    for (let i = 0; i < p.count; i++) {
      expect(p.getX(i)).toBeGreaterThanOrEqual(0);
      expect(p.getX(i)).toBeLessThanOrEqual(1);
      expect(p.getY(i)).toBeGreaterThanOrEqual(0);
      expect(p.getY(i)).toBeLessThanOrEqual(1);
    }
  });
});

import { Matrix4, PerspectiveCamera, Texture, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createStarSphere, equirectSphereGeometry } from '../../../../src/scene/sky/starSphere';

/** three's equirectUv (shaders/ShaderChunk/common.glsl.js), as `scene.background` read the map. */
function equirectUv(d: Vector3): [number, number] {
  return [Math.atan2(d.z, d.x) / (2 * Math.PI) + 0.5, Math.asin(d.y) / Math.PI + 0.5];
}

describe('equirectSphereGeometry', () => {
  it('maps each direction to where three read the equirectangular background', () => {
    const g = equirectSphereGeometry();
    const pos = g.getAttribute('position');
    const uv = g.getAttribute('uv');
    const d = new Vector3();
    let checked = 0;
    for (let i = 0; i < pos.count; i++) {
      d.fromBufferAttribute(pos, i).normalize();
      // At the poles u is undefined, and on the seam column u is 0 one side and 1 the other.
      if (Math.abs(d.y) > 0.999) continue;
      const [u, v] = equirectUv(d);
      const du = Math.abs(uv.getX(i) - u);
      expect(Math.min(du, 1 - du)).toBeLessThan(1e-6);
      expect(uv.getY(i)).toBeCloseTo(v, 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(8000);
  });
});

describe('createStarSphere', () => {
  it('is drawn first, without depth, and stays centred on the camera that draws it', () => {
    const map = new Texture();
    const { mesh, dispose } = createStarSphere(map);
    expect(mesh.material.map).toBe(map);
    expect(mesh.material.depthTest).toBe(false);
    expect(mesh.material.depthWrite).toBe(false);
    expect(mesh.renderOrder).toBeLessThan(-10); // below the sky dome
    expect(mesh.frustumCulled).toBe(false);
    const camera = new PerspectiveCamera();
    camera.position.set(6800, -120.5, 42);
    camera.updateMatrixWorld();
    mesh.onBeforeRender(null!, null!, camera, mesh.geometry, mesh.material, null!);
    expect(new Vector3().setFromMatrixPosition(mesh.matrixWorld)).toEqual(camera.position);
    // Translation only: the stars stay fixed to the inertial axes however the camera turns.
    const rotation = new Matrix4().extractRotation(mesh.matrixWorld);
    expect(rotation.equals(new Matrix4())).toBe(true);
    dispose();
  });
});

import {
  AdditiveBlending,
  Color,
  CylinderGeometry,
  DoubleSide,
  Float32BufferAttribute,
  LatheGeometry,
  Mesh,
  MeshBasicMaterial,
  Vector2,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * The plasma sheath and its wake, in metres, flow axis +X (the direction of flight), origin at the
 * descent module's centre: a bow-shock shell standing just off the heat shield (whose face is
 * ~1.1 m ahead of the centre) and a glowing tail trailing behind. Additive, coloured by vertex so
 * it is brightest at the stagnation point and fades out toward the rim and down the wake; the
 * scene scales its opacity by the heating (capsule.plasma). Shape and length are the plainest
 * picture of photographs of entries (assumption: the sources give no figures for either).
 */
const HOT = new Color(0xfff2c4);
const ORANGE = new Color(0xff7a26);
const EMBER = new Color(0x000000);

/** Colour a geometry along its Y axis: t(y) from 0 (hot) to 1 (gone). */
function paint(geo: BufferGeometry, t: (y: number, r: number) => number): BufferGeometry {
  const pos = geo.getAttribute('position');
  const out = new Float32Array(pos.count * 3);
  const c = new Color();
  for (let i = 0; i < pos.count; i++) {
    const k = Math.min(1, Math.max(0, t(pos.getY(i), Math.hypot(pos.getX(i), pos.getZ(i)))));
    if (k < 0.5) c.lerpColors(HOT, ORANGE, k * 2);
    else c.lerpColors(ORANGE, EMBER, (k - 0.5) * 2);
    out[3 * i] = c.r;
    out[3 * i + 1] = c.g;
    out[3 * i + 2] = c.b;
  }
  geo.setAttribute('color', new Float32BufferAttribute(out, 3));
  return geo;
}

export function buildPlasmaGlow(): { mesh: Mesh; material: MeshBasicMaterial } {
  // Bow shock: y = 1.32 − 0.32 (r/1.1)², out to r = 1.75 m where it has swept back past the rim.
  const shell: Vector2[] = [];
  for (let i = 0; i <= 10; i++) {
    const r = (1.75 * i) / 10;
    shell.push(new Vector2(r, 1.32 - 0.32 * (r / 1.1) ** 2));
  }
  const sheath = paint(new LatheGeometry(shell, 28).toNonIndexed(), (_y, r) => (r / 1.75) ** 1.5);
  // Wake: from just behind the shoulder, narrowing over 18 m.
  const WAKE_M = 18;
  const wakeGeo = new CylinderGeometry(1.5, 0.35, WAKE_M, 20, 8, true);
  wakeGeo.translate(0, 0.45 - WAKE_M / 2, 0);
  const wake = paint(wakeGeo.toNonIndexed(), (y) => 0.3 + (0.45 - y) / WAKE_M);
  const geo = mergeGeometries([sheath, wake])!;
  sheath.dispose();
  wake.dispose();
  wakeGeo.dispose();
  geo.rotateZ(-Math.PI / 2);
  const material = new MeshBasicMaterial({
    vertexColors: true,
    transparent: true,
    opacity: 0,
    blending: AdditiveBlending,
    depthWrite: false,
    side: DoubleSide,
  });
  const mesh = new Mesh(geo, material);
  mesh.name = 'plasma-sheath';
  mesh.visible = false;
  return { mesh, material };
}

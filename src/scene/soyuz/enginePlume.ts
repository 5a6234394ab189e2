import {
  AdditiveBlending,
  Color,
  CylinderGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Mesh,
  MeshBasicMaterial,
  type BufferGeometry,
  type Material,
} from 'three';

/**
 * The main engine's exhaust in vacuum: hypergolic propellants (UDMH/N₂O₄) burn almost
 * transparent, so a pale cone, brightest at the nozzle and fading out downstream, drawn additively
 * (it only ever brightens what is behind it). The length and spread are the plainest choice for a
 * picture (assumption: the sources give none); the plume is a look, not a measurement.
 */
const LENGTH_M = 18;
const NOZZLE_R = 0.34;
const FAR_R = 5;
const CORE = new Color(0xdfe8ff);

/** A cone from the origin (narrow end) widening toward −X, faded by vertex colour downstream. */
function fadedCone(rTop: number, rBottom: number, length: number, power: number): BufferGeometry {
  const geo = new CylinderGeometry(rTop, rBottom, length, 20, 6, true);
  geo.translate(0, -length / 2, 0);
  const pos = geo.getAttribute('position');
  const colours = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const k = Math.pow(1 + pos.getY(i) / length, power);
    colours[3 * i] = CORE.r * k;
    colours[3 * i + 1] = CORE.g * k;
    colours[3 * i + 2] = CORE.b * k;
  }
  geo.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geo.rotateZ(-Math.PI / 2);
  return geo;
}

export function buildEnginePlume(
  g: <T extends BufferGeometry>(x: T) => T,
  m: <T extends Material>(x: T) => T,
): Mesh {
  const material = m(
    new MeshBasicMaterial({
      vertexColors: true,
      transparent: true,
      opacity: 0.55,
      blending: AdditiveBlending,
      depthWrite: false,
      // Seen from inside too, when the camera looks along the plume.
      side: DoubleSide,
    }),
  );
  const plume = new Mesh(g(fadedCone(NOZZLE_R, FAR_R, LENGTH_M, 2)), material);
  plume.name = 'engine-plume';
  return plume;
}

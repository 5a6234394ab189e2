import {
  Color,
  Float32BufferAttribute,
  Mesh,
  PlaneGeometry,
  type BufferGeometry,
  type Material,
} from 'three';

/**
 * The main canopy after touchdown, deflated on the steppe: a long crumpled sheet stretched
 * downwind of the capsule (+X, the side it was pulled over to), as photographs of landings show.
 * 1,000 m² of cloth lies in a strip of roughly 30 × 10 m when it collapses (assumption: no source
 * gives the shape on the ground); the folds are a fixed function of place, so it never changes.
 */
const LENGTH_M = 30;
const WIDTH_M = 10;
/** Gap between the capsule's centre and the sheet's near edge, m (the risers' length, roughly). */
export const GROUND_CANOPY_START_M = 4;

export function buildGroundCanopy(g: <T extends BufferGeometry>(x: T) => T, cloth: Material): Mesh {
  const geo = new PlaneGeometry(LENGTH_M, WIDTH_M, 30, 10);
  geo.rotateX(-Math.PI / 2);
  geo.translate(GROUND_CANOPY_START_M + LENGTH_M / 2, 0, 0);
  const pos = geo.getAttribute('position');
  const colours = new Float32Array(pos.count * 3);
  const orange = new Color(0xf2661f);
  const white = new Color(0xeeeae0);
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const z = pos.getZ(i);
    const along = (x - GROUND_CANOPY_START_M) / LENGTH_M;
    // Narrower near the risers, billowing wider downwind; folds across the strip.
    const w = 0.35 + 0.65 * Math.sin(Math.min(1, along * 1.6) * (Math.PI / 2));
    pos.setZ(i, z * w + 1.2 * Math.sin(along * 9.1));
    pos.setY(i, 0.08 + 0.25 * Math.abs(Math.sin(z * 1.3 + along * 17)) * Math.sin(along * Math.PI));
    const c = Math.floor(along * 8 + z * 0.15) % 2 ? white : orange;
    colours[3 * i] = c.r;
    colours[3 * i + 1] = c.g;
    colours[3 * i + 2] = c.b;
  }
  geo.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geo.computeVertexNormals();
  const mesh = new Mesh(g(geo), cloth);
  mesh.name = 'ground-canopy';
  return mesh;
}

import {
  DataTexture,
  FrontSide,
  MeshStandardMaterial,
  RGBAFormat,
  SRGBColorSpace,
  type BufferGeometry,
  type MeshStandardMaterialParameters,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * The station and the Soyuz draw every part with one shader program.
 *
 * A software renderer (SwiftShader) turns a program into machine code at its first draw: for
 * three's physically based shader, a tenth of a second or more each, and the first picture drew
 * four of them for the station and the docked ship (plain; textured and two-sided; cut by an
 * alpha map; two-sided and plain). Three of them are now this one (the truss's lattice, cut by
 * an alpha map, keeps its own), and the page was ready ~0.3 s sooner (`npm run bench -- load`,
 * 2026-12-06). So every part material has the same shader features: a colour map (plainMap,
 * white, where a part is plain), an alpha test (which an opaque map never fails) and one side:
 * thin panels seen from both sides carry their back faces in the geometry (bothSides). Colour,
 * roughness, metalness and glow are uniforms, free to differ.
 */
export function partMaterial(params: MeshStandardMaterialParameters): MeshStandardMaterial {
  return new MeshStandardMaterial({ map: plainMap(), ...params, alphaTest: 0.5, side: FrontSide });
}

let plain: DataTexture | null = null;

/**
 * One white texel, shared by every plain part and never disposed (one 1x1 texture; three uploads
 * it again after a lost context).
 */
export function plainMap(): DataTexture {
  if (!plain) {
    plain = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1, RGBAFormat);
    plain.colorSpace = SRGBColorSpace;
    plain.needsUpdate = true;
  }
  return plain;
}

/**
 * The geometry with a back face behind each front one (winding reversed, normals turned), so a
 * one-sided material shows a thin panel from both sides, lit on each. Frees the input.
 */
export function bothSides(geometry: BufferGeometry): BufferGeometry {
  const front = geometry.index ? geometry.toNonIndexed() : geometry.clone();
  geometry.dispose();
  const back = front.clone();
  for (const attribute of Object.values(back.attributes)) {
    const a = attribute.array;
    const size = attribute.itemSize;
    // Swap the second and third corner of every triangle.
    for (let v = 0; v + 2 < attribute.count; v += 3) {
      for (let k = 0; k < size; k++) {
        const i = (v + 1) * size + k;
        const j = (v + 2) * size + k;
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
      }
    }
  }
  const normal = back.attributes.normal;
  if (normal) for (let i = 0; i < normal.array.length; i++) normal.array[i] = -normal.array[i]!;
  const both = mergeGeometries([front, back]);
  front.dispose();
  back.dispose();
  if (!both) throw new Error('a two-sided part could not be merged');
  return both;
}

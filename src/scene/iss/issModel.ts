import {
  BoxGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  Mesh,
  MeshStandardMaterial,
  type BufferGeometry,
  type Material,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * A recognisable ISS built from primitives, in metres, in the station's flight frame:
 * +X forward (velocity), +Y zenith, +Z starboard along the truss. Dimensions are the published
 * round figures (NASA ISS facts: truss 109 m, arrays 35 m x 12 m per wing, ~73 m across the
 * arrays); module lengths are approximate. The solar arrays are returned separately so the
 * scene can turn them toward the Sun about the truss axis, as the alpha joints do. The parts are
 * merged into one mesh per material (six draws instead of 31: each draw has a fixed cost, which
 * on software WebGL is milliseconds).
 */
export interface IssModel {
  root: Group;
  /** The four solar-array assemblies, which turn together about the truss axis (local Z). */
  arrays: Group;
  dispose(): void;
}

const TRUSS_LENGTH_M = 109;
const WING_LENGTH_M = 35;
const WING_WIDTH_M = 11.6;
/** Zarya's centre along the flight axis, and Rassvet's length (approximate, as the rest). */
const ZARYA_X_M = -6;
const RASSVET_LENGTH_M = 6;

export function buildIssModel(): IssModel {
  const shapes: BufferGeometry[] = [];
  const materials: Material[] = [];
  const track = <T extends BufferGeometry>(g: T) => (shapes.push(g), g);
  const mat = <T extends Material>(m: T) => (materials.push(m), m);

  const metal = mat(new MeshStandardMaterial({ color: 0xc8c8c0, metalness: 0.6, roughness: 0.45 }));
  const hull = mat(new MeshStandardMaterial({ color: 0xeeeeea, metalness: 0.15, roughness: 0.6 }));
  const solar = mat(
    new MeshStandardMaterial({
      color: 0xb8862b,
      emissive: 0x1a1206,
      metalness: 0.3,
      roughness: 0.35,
      side: DoubleSide,
    }),
  );
  const radiator = mat(
    new MeshStandardMaterial({
      color: 0xfafafa,
      metalness: 0.05,
      roughness: 0.8,
      side: DoubleSide,
    }),
  );

  /** Parts placed in their group's frame, by material, merged into one mesh each at the end. */
  type Parts = Map<Material, BufferGeometry[]>;
  const fixed: Parts = new Map();
  const turning: Parts = new Map();
  const add = (
    parts: Parts,
    shape: BufferGeometry,
    material: Material,
    x: number,
    y: number,
    z: number,
  ) => {
    const list = parts.get(material) ?? [];
    list.push(shape.clone().translate(x, y, z));
    parts.set(material, list);
  };

  // Integrated truss, on the zenith side of the US laboratory.
  add(fixed, track(new BoxGeometry(3, 3, TRUSS_LENGTH_M)), metal, 0, 4, 0);

  // Pressurised modules along the flight direction: Harmony/PMA-2 forward, the Russian segment aft.
  const modules: Array<[name: string, length: number, radius: number, x: number]> = [
    ['pma2', 2, 1.2, 24],
    ['harmony', 7.2, 2.2, 19],
    ['destiny', 8.5, 2.15, 11],
    ['unity', 5.5, 2.25, 4],
    ['zarya', 12.6, 2.05, ZARYA_X_M],
    ['zvezda', 13.1, 2.1, -19],
  ];
  for (const [, length, radius, x] of modules) {
    const g = track(new CylinderGeometry(radius, radius, length, 24));
    g.rotateZ(Math.PI / 2);
    add(fixed, g, hull, x, 0, 0);
  }
  // Rassvet (MRM-1) on Zarya's nadir port, where Soyuz MS-22 docked: ~6 m long, 2.35 m across.
  const rassvet = track(new CylinderGeometry(1.17, 1.17, RASSVET_LENGTH_M, 20));
  add(fixed, rassvet, hull, ZARYA_X_M, -(2.05 + RASSVET_LENGTH_M / 2), 0);
  // Columbus (starboard) and Kibo (port) off Harmony; Tranquility and Cupola off Unity, port-nadir.
  const lateral: Array<[length: number, radius: number, x: number, z: number]> = [
    [6.9, 2.2, 19, 5.6],
    [11.2, 2.2, 19, -7.8],
    [6.7, 2.2, 4, -5.5],
  ];
  for (const [length, radius, x, z] of lateral) {
    const g = track(new CylinderGeometry(radius, radius, length, 24));
    g.rotateX(Math.PI / 2);
    add(fixed, g, hull, x, 0, z);
  }
  // Zvezda's and Zarya's own small arrays.
  const smallWing = track(new BoxGeometry(0.1, 3, 10));
  add(fixed, smallWing, solar, -21, 0, 8);
  add(fixed, smallWing, solar, -21, 0, -8);

  // Main radiators on S1 and P1, edge-on to the Sun, hanging toward nadir and aft.
  const radiatorPanel = track(new BoxGeometry(22, 0.2, 3.2));
  for (const z of [-13, 13]) {
    for (let k = 0; k < 3; k++)
      add(fixed, radiatorPanel, radiator, -12, 2 - k * 0.6, z + (k - 1) * 3.4);
  }

  // Four solar-array assemblies (P6, P4, S4, S6), each two wings reaching out fore and aft of the
  // truss in the plane that contains the truss: ~73 m tip to tip. All four lie on the truss axis
  // and turn by the same angle, so they turn as one group about it.
  const wing = track(new BoxGeometry(0.1, WING_LENGTH_M, WING_WIDTH_M));
  const mast = track(new BoxGeometry(0.4, WING_LENGTH_M * 2 + 2, 0.4));
  for (const z of [-48, -33, 33, 48]) {
    add(turning, wing, solar, 0, WING_LENGTH_M / 2 + 1, z);
    add(turning, wing, solar, 0, -(WING_LENGTH_M / 2 + 1), z);
    add(turning, mast, metal, 0, 0, z);
  }

  const merged: BufferGeometry[] = [];
  const build = (parts: Parts, group: Group) => {
    for (const [material, list] of parts) {
      const geometry = mergeGeometries(list);
      if (!geometry) throw new Error('ISS parts could not be merged');
      list.forEach((g) => g.dispose());
      merged.push(geometry);
      group.add(new Mesh(geometry, material));
    }
  };
  const root = new Group();
  root.name = 'iss';
  build(fixed, root);
  const arrays = new Group();
  arrays.position.set(0, 4, 0);
  build(turning, arrays);
  root.add(arrays);
  shapes.forEach((g) => g.dispose());

  return {
    root,
    arrays,
    dispose() {
      merged.forEach((g) => g.dispose());
      materials.forEach((m) => m.dispose());
    },
  };
}

/**
 * Where a Soyuz docked at Rassvet's nadir port sits, metres, in the station frame (X forward,
 * Y up): under Rassvet's far end, its orbital module's nose (3.63 m from the model's origin, see
 * soyuzModel) plus ~0.2 m of docking mechanism below the port.
 */
export const RASSVET_NADIR_SOYUZ_M = {
  x: ZARYA_X_M,
  y: -(2.05 + RASSVET_LENGTH_M + 3.63 + 0.2),
} as const;

/** The station's greatest extent, metres: the scene uses it to keep the model visible from afar. */
export const ISS_SPAN_M = TRUSS_LENGTH_M;

import {
  BoxGeometry,
  CylinderGeometry,
  Group,
  Mesh,
  PlaneGeometry,
  SphereGeometry,
  type BufferGeometry,
  type Material,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { DockingPort } from '../../physics/departure';
import { latticeTexture, radiatorTexture, ruArrayTexture, usArrayTexture } from './issTextures';
import { bothSides, partMaterial } from '../render/onePartProgram';

/**
 * A recognisable ISS built from primitives, in metres, in the station's flight frame:
 * +X forward (velocity), +Y zenith, +Z starboard along the truss.
 *
 * Round published figures (NASA "ISS facts" and the module fact sheets): truss 109 m; each US
 * array wing 35 m x 11.6 m, ~73 m tip to tip; Zarya 12.6 m x 4.1 m; Zvezda 13.1 m, 4.15 m at
 * its widest, arrays 29.7 m across; Unity 5.5 m x 4.6 m; Destiny 8.5 m x 4.3 m; Harmony
 * 7.2 m x 4.4 m; Columbus 6.9 m x 4.5 m; Kibo's pressurised module 11.2 m x 4.4 m; Tranquility
 * 6.7 m x 4.5 m; Rassvet 6 m x 2.35 m; Poisk 4 m x 2.55 m. Approximate (drawing choices, not
 * sourced): where each part sits along the modules, the truss's 3.6 m section and standoff, the
 * radiators' placing (fixed, trailing aft), Zvezda's section lengths, the Japanese exposed
 * facility's box. Not drawn: the robotic arms, the newer roll-out arrays, and the modules that
 * came and went at Zvezda's nadir (Pirs until 2021, Nauka after): the plainest model is the one
 * both replayed departures (2016 and 2022) share.
 *
 * The parts are merged into one mesh per material (nine draws, where each draw has a fixed cost
 * that on software WebGL is milliseconds), and every material compiles to the one shader
 * program the Soyuz uses too (render/onePartProgram.ts). The US arrays are a group of their own so the scene
 * can turn them toward the Sun about the truss axis, as the alpha joints do.
 */
export interface IssModel {
  root: Group;
  /** The four solar-array assemblies, which turn together about the truss axis (local Z). */
  arrays: Group;
  dispose(): void;
}

const TRUSS_LENGTH_M = 109;
const TRUSS_SECTION_M = 3.6;
/** The truss's axis above Destiny's (approximate standoff). */
const TRUSS_Y_M = 4.55;
const WING_LENGTH_M = 35;
const WING_WIDTH_M = 11.6;
/** Zarya's forward docking node, whose nadir port holds Rassvet (approximate). */
const RASSVET_X_M = -13.2;
const ZARYA_RADIUS_M = 2.05;
const RASSVET_LENGTH_M = 6;
/** Zvezda's forward transfer compartment, whose zenith port holds Poisk (approximate). */
const POISK_X_M = -25.2;
const ZVEZDA_NODE_RADIUS_M = 1.35;
const POISK_LENGTH_M = 4;
/** From a docked Soyuz's model origin to its nose (soyuzModel), plus ~0.2 m of docking gear. */
const SOYUZ_NOSE_M = 3.63 + 0.2;

type Axis = 'x' | 'y' | 'z';

/** A cylinder along an axis (CylinderGeometry stands along Y). */
function tube(length: number, radius: number, axis: Axis, segments = 24): BufferGeometry {
  const g = new CylinderGeometry(radius, radius, length, segments);
  if (axis === 'x') g.rotateZ(Math.PI / 2);
  if (axis === 'z') g.rotateX(Math.PI / 2);
  return g;
}

/** A flat panel facing +X (u across Z, v along Y): the arrays at rest, turned by the caller. */
function panel(width: number, length: number): BufferGeometry {
  return new PlaneGeometry(width, length).rotateY(Math.PI / 2);
}

export function buildIssModel(): IssModel {
  const materials: Material[] = [];
  const mat = <T extends Material>(m: T) => (materials.push(m), m);
  const textures = [usArrayTexture(), ruArrayTexture(), radiatorTexture(), latticeTexture()];
  const [usCells, ruCells, radiatorSeams, lattice] = textures;

  // Metalness stays low: without an environment to reflect, metal renders near black.
  const hull = mat(partMaterial({ color: 0xe8e6df, metalness: 0.05, roughness: 0.7 }));
  const metal = mat(partMaterial({ color: 0xa8a8a4, metalness: 0.3, roughness: 0.5 }));
  // The open lattice: its map's alpha cuts the holes (the parts' alpha test), and its faces carry
  // their backs (two-sided below), so the far side shows through the holes, as with an alpha map
  // and DoubleSide, in the parts' one shader program: a PBR program fewer for the first picture
  // to compile (hiding the whole station, then with two, made ready 0.14 s sooner on SwiftShader).
  const truss = mat(
    partMaterial({ map: lattice, color: 0xc4c4c0, metalness: 0.3, roughness: 0.5 }),
  );
  const solar = (map: typeof usCells) => mat(partMaterial({ map, metalness: 0.2, roughness: 0.4 }));
  const usSolar = solar(usCells);
  const ruSolar = solar(ruCells);
  const radiator = mat(partMaterial({ map: radiatorSeams, roughness: 0.8 }));
  const dark = mat(partMaterial({ color: 0x26262a, metalness: 0.2, roughness: 0.4 }));
  // Panels, seen from both sides.
  const twoSided = new Set<Material>([usSolar, ruSolar, radiator, truss]);

  /** Parts placed in their group's frame, by material, merged into one mesh each at the end. */
  type Parts = Map<Material, BufferGeometry[]>;
  const fixed: Parts = new Map();
  const turning: Parts = new Map();
  const add = (parts: Parts, g: BufferGeometry, m: Material, x: number, y: number, z: number) => {
    const list = parts.get(m) ?? [];
    list.push(g.translate(x, y, z));
    parts.set(m, list);
  };
  const part = (g: BufferGeometry, m: Material, x: number, y: number, z: number) =>
    add(fixed, g, m, x, y, z);

  // Pressurised modules along the flight direction, forward to aft: PMA-2 with its docking
  // adapter, Harmony, Destiny (under the truss), Unity, PMA-1, Zarya, then Zvezda.
  part(tube(2, 1.2, 'x'), hull, 12.45, 0, 0);
  part(tube(0.4, 1.0, 'x'), dark, 13.6, 0, 0);
  part(tube(7.2, 2.2, 'x'), hull, 7.85, 0, 0);
  part(tube(8.5, 2.15, 'x'), hull, 0, 0, 0);
  part(tube(5.5, 2.25, 'x'), hull, -7, 0, 0);
  part(tube(1.5, 1.2, 'x'), hull, -10.5, 0, 0);
  part(tube(12.6, ZARYA_RADIUS_M, 'x'), hull, -17.55, 0, 0);
  part(new SphereGeometry(ZVEZDA_NODE_RADIUS_M, 20, 12), hull, POISK_X_M, 0, 0);
  part(tube(3, 1.47, 'x'), hull, -28, 0, 0);
  part(tube(6, 2.07, 'x'), hull, -32.5, 0, 0);
  part(tube(1.5, 1.0, 'x'), hull, -36.25, 0, 0);

  // Rassvet on Zarya's nadir port, Poisk on Zvezda's zenith port, each with its docking ring.
  part(tube(RASSVET_LENGTH_M, 1.17, 'y', 20), hull, RASSVET_X_M, -(ZARYA_RADIUS_M + 3), 0);
  part(tube(0.3, 0.7, 'y'), dark, RASSVET_X_M, -(ZARYA_RADIUS_M + RASSVET_LENGTH_M), 0);
  const poiskY = ZVEZDA_NODE_RADIUS_M + POISK_LENGTH_M / 2;
  part(tube(POISK_LENGTH_M, 1.27, 'y', 20), hull, POISK_X_M, poiskY, 0);
  part(tube(0.3, 0.7, 'y'), dark, POISK_X_M, poiskY + POISK_LENGTH_M / 2, 0);

  // Off Harmony: Columbus (starboard), Kibo (port) with its logistics module on top and its
  // exposed facility beyond. Off Unity: Quest (starboard), Tranquility (port) with the Cupola.
  part(tube(6.9, 2.24, 'z'), hull, 7.85, 0, 5.65);
  part(tube(11.2, 2.2, 'z'), hull, 7.85, 0, -7.8);
  part(tube(4.2, 2.2, 'y'), hull, 7.85, 4.3, -9);
  part(new BoxGeometry(5, 1.2, 5.6), metal, 7.85, 0, -16.2);
  part(tube(5.5, 2, 'z'), hull, -7, 0, 5);
  part(tube(6.7, 2.24, 'z'), hull, -7, 0, -5.6);
  part(tube(1.5, 1.5, 'y', 12), hull, -7, -2.95, -6);
  part(tube(0.2, 1.2, 'y', 12), dark, -7, -3.75, -6);

  // The integrated truss: an open lattice in bays, a solid core inside, and its struts to Destiny.
  const bays = 30;
  const bay = TRUSS_LENGTH_M / bays;
  for (let k = 0; k < bays; k++) {
    const z = -TRUSS_LENGTH_M / 2 + bay * (k + 0.5);
    part(new BoxGeometry(TRUSS_SECTION_M, TRUSS_SECTION_M, bay), truss, 0, TRUSS_Y_M, z);
  }
  part(new BoxGeometry(1.2, 1.2, TRUSS_LENGTH_M), metal, 0, TRUSS_Y_M, 0);
  part(new BoxGeometry(1, 1.2, 1), metal, 0, 2.4, 0);
  // Z1 on Unity's zenith.
  part(new BoxGeometry(3, 2.2, 3), metal, -7, 3.3, 0);

  // Zvezda's two wings, dark blue, out to either side (fixed here, facing up).
  for (const side of [-1, 1]) {
    const wing = new PlaneGeometry(12.8, 3.3).rotateX(-Math.PI / 2);
    part(wing, ruSolar, -32.5, 0, side * (2.07 + 6.4 + 0.2));
  }

  // Radiators, white, trailing aft from the truss: the main ones on S1 and P1 (three of
  // 23 m x 3.4 m a side) and a smaller one between each pair of array assemblies.
  const radiatorPanel = (length: number, x: number, z: number) =>
    part(new PlaneGeometry(3.4, length).rotateX(-Math.PI / 2), radiator, x, TRUSS_Y_M, z);
  for (const side of [-1, 1]) {
    for (let k = 0; k < 3; k++) radiatorPanel(23, -13.3, side * (11.7 + k * 3.6));
    radiatorPanel(13, -8.3, side * 40.5);
  }

  // Four array assemblies (P6, P4, S4, S6), each two wings on a mast reaching zenith and nadir
  // of the truss in the plane that contains it; all turn by the same angle, as one group.
  const wingY = WING_LENGTH_M / 2 + TRUSS_SECTION_M / 2;
  for (const z of [-48, -33, 33, 48]) {
    add(turning, panel(WING_WIDTH_M, WING_LENGTH_M), usSolar, 0, wingY, z);
    add(turning, panel(WING_WIDTH_M, WING_LENGTH_M).rotateZ(Math.PI), usSolar, 0, -wingY, z);
    add(turning, new BoxGeometry(0.4, wingY * 2 + WING_LENGTH_M, 0.4), metal, 0, 0, z);
  }

  const merged: BufferGeometry[] = [];
  const build = (parts: Parts, group: Group) => {
    for (const [material, list] of parts) {
      const one = mergeGeometries(list);
      if (!one) throw new Error('ISS parts could not be merged');
      list.forEach((g) => g.dispose());
      const geometry = twoSided.has(material) ? bothSides(one) : one;
      merged.push(geometry);
      group.add(new Mesh(geometry, material));
    }
  };
  const root = new Group();
  root.name = 'iss';
  build(fixed, root);
  const arrays = new Group();
  arrays.name = 'iss-arrays';
  arrays.position.set(0, TRUSS_Y_M, 0);
  build(turning, arrays);
  root.add(arrays);

  return {
    root,
    arrays,
    dispose() {
      merged.forEach((g) => g.dispose());
      materials.forEach((m) => m.dispose());
      textures.forEach((t) => t.dispose());
    },
  };
}

/**
 * Where a docked Soyuz's model origin sits, metres, in the station frame (X forward, Y up), its
 * nose against the port: under Rassvet's far end (nadir), or over Poisk's (zenith).
 */
export const DOCKED_SOYUZ_M: Readonly<Record<DockingPort, { x: number; y: number }>> = {
  nadir: { x: RASSVET_X_M, y: -(ZARYA_RADIUS_M + RASSVET_LENGTH_M + SOYUZ_NOSE_M) },
  zenith: { x: POISK_X_M, y: ZVEZDA_NODE_RADIUS_M + POISK_LENGTH_M + SOYUZ_NOSE_M },
};

/** The Soyuz docked at Rassvet's nadir port (MS-22's arrival, MS-19's departure). */
export const RASSVET_NADIR_SOYUZ_M = DOCKED_SOYUZ_M.nadir;

/** The station's greatest extent, metres: the scene uses it to keep the model visible from afar. */
export const ISS_SPAN_M = TRUSS_LENGTH_M;

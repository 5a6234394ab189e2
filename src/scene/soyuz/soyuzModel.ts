import {
  BoxGeometry,
  CylinderGeometry,
  Group,
  LatheGeometry,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  type MeshStandardMaterial,
  Vector2,
  type BufferGeometry,
  type Material,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { buildEnginePlume } from './enginePlume';
import { partMaterial } from '../render/onePartProgram';

/**
 * Soyuz MS built from primitives, in metres, nose (orbital module) toward +X. Round figures from
 * RSC Energia's published Soyuz TMA data: orbital module ~2.26 m across, descent module 2.2 m
 * across and ~2.2 m tall, service module 2.72 m across, solar panels ~10.7 m tip to tip.
 * The three modules are separate groups so the scene can part them at module separation. Each
 * module's parts are merged into one mesh per material (few draw calls on software WebGL).
 */
export interface SoyuzModel {
  root: Group;
  orbitalModule: Group;
  descentModule: Group;
  serviceModule: Group;
  heatShield: Mesh;
  /** The service module's two solar wings: folded (hidden) under the fairing until orbit. */
  solarWings: Mesh[];
  /** The descent module's thermal blanket: its colour goes from olive to charred through entry. */
  blanketMaterial: MeshStandardMaterial;
  /** The heat shield's: its emissive glows while the heating is high. */
  shieldMaterial: MeshStandardMaterial;
  /** The main engine's exhaust (SKD, aft of the service module); hidden unless a burn is drawn. */
  plume: Mesh;
  plumeMaterial: MeshBasicMaterial;
  /** Descent-module frame: its base (where the heat shield sat) is this far below its centre, m. */
  baseM: number;
  /** Widest radius of the descent module, m: how high its centre sits when it lies on its side. */
  radiusM: number;
  dispose(): void;
}

/** Olive thermal blanket (photographs of Soyuz on the pad and at the station). */
const OLIVE = 0x5f6842;
/** The descent module's bell, (radius, height along the axis) in m: the "headlight" shape. */
const BELL: readonly (readonly [number, number])[] = [
  [0.0, -0.86],
  [0.92, -0.86],
  [1.08, -0.74],
  [1.1, -0.6],
  [1.02, -0.1],
  [0.86, 0.42],
  [0.64, 0.84],
  [0.44, 1.02],
  [0.44, 1.1],
  [0.0, 1.1],
];
const BASE_M = 0.86;
const RADIUS_M = 1.1;

/** Lathe about Y, then turned so the axis is +X (the nose). */
function alongX<T extends BufferGeometry>(geo: T): T {
  geo.rotateZ(-Math.PI / 2);
  return geo;
}

export function buildSoyuzModel(): SoyuzModel {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);
  /** One mesh from several parts (each already placed), freeing the parts. */
  const merged = (parts: BufferGeometry[], material: Material) => {
    const geo = g(mergeGeometries(parts.map((p) => p.toNonIndexed()))!);
    parts.forEach((p) => p.dispose());
    return new Mesh(geo, material);
  };

  // One shader program for every part, shared with the station (render/onePartProgram.ts).
  const blanket = m(partMaterial({ color: OLIVE, roughness: 0.85, metalness: 0.05 }));
  const hull = m(partMaterial({ color: 0xc9c6bb, roughness: 0.6, metalness: 0.3 }));
  const dark = m(partMaterial({ color: 0x2a2a2c, roughness: 0.5, metalness: 0.6 }));
  const glass = m(partMaterial({ color: 0x0c1824, roughness: 0.08, metalness: 0.5 }));
  // Ablative heat shield: dark brown; emissive set by the scene while it is heated.
  const shieldMaterial = m(partMaterial({ color: 0x2e241d, roughness: 0.95, emissive: 0xff5a14 }));
  shieldMaterial.emissiveIntensity = 0;
  // The wings are thin closed boxes: one side is enough.
  const panel = m(partMaterial({ color: 0x1f3a6b, metalness: 0.4, roughness: 0.35 }));

  const root = new Group();
  root.name = 'soyuz';

  // Orbital module: a near-sphere with the docking probe at the nose, in the same blanket.
  const orbitalModule = new Group();
  const omShell = new SphereGeometry(1.13, 24, 16);
  omShell.scale(1.1, 1, 1);
  orbitalModule.add(merged([omShell], blanket));
  orbitalModule.add(
    merged(
      [
        alongX(new CylinderGeometry(0.42, 0.45, 0.35, 16)).translate(1.35, 0, 0),
        alongX(new CylinderGeometry(0.06, 0.1, 0.4, 8)).translate(1.7, 0, 0),
      ],
      hull,
    ),
  );
  orbitalModule.position.set(2.5, 0, 0);
  root.add(orbitalModule);

  // Descent module: the bell, a hatch ring on top, two windows and the periscope's blister.
  const descentModule = new Group();
  const bell = alongX(
    new LatheGeometry(
      BELL.map(([r, y]) => new Vector2(r, y)),
      32,
    ),
  );
  descentModule.add(merged([bell], blanket));
  const windows: BufferGeometry[] = [];
  for (const a of [0.9, Math.PI - 0.9]) {
    // On the flank just above the widest ring, the crew's two side windows, facing out.
    const w = new CylinderGeometry(0.11, 0.11, 0.06, 16);
    w.rotateX(a).translate(0.05, 0.99 * Math.cos(a), 0.99 * Math.sin(a));
    windows.push(w);
  }
  const periscope = new SphereGeometry(0.14, 12, 8, 0, Math.PI * 2, 0, Math.PI / 2);
  periscope.rotateX(Math.PI / 2).translate(0.3, 0, -0.95);
  windows.push(periscope);
  descentModule.add(merged(windows, glass));
  descentModule.add(
    merged(
      [alongX(new CylinderGeometry(0.46, 0.46, 0.08, 24, 1, true)).translate(1.06, 0, 0)],
      dark,
    ),
  );
  // The heat shield: a shallow spherical cap (sphere radius 2.6 m) under the base.
  const capR = 2.6;
  const capTheta = Math.asin(1.06 / capR);
  const cap = new SphereGeometry(capR, 32, 4, 0, Math.PI * 2, 0, capTheta);
  cap.rotateX(Math.PI).translate(0, capR - BASE_M - capR * (1 - Math.cos(capTheta)) + 0.02, 0);
  const heatShield = new Mesh(g(alongX(cap)), shieldMaterial);
  heatShield.position.x = -0.02;
  descentModule.add(heatShield);
  root.add(descentModule);

  // Service module: the instrument compartment's cone toward the descent module, the cylinder,
  // the main engine's nozzle aft, and the two wings.
  const serviceModule = new Group();
  serviceModule.add(
    merged(
      [
        alongX(new CylinderGeometry(1.36, 1.36, 1.6, 28)).translate(-0.3, 0, 0),
        alongX(new CylinderGeometry(1.05, 1.36, 0.66, 28)).translate(0.83, 0, 0),
      ],
      hull,
    ),
  );
  serviceModule.add(
    merged(
      [alongX(new CylinderGeometry(0.22, 0.36, 0.45, 16, 1, true)).translate(-1.32, 0, 0)],
      dark,
    ),
  );
  const wing = g(new BoxGeometry(0.6, 0.04, 4.0));
  const solarWings: Mesh[] = [];
  for (const z of [-3.4, 3.4]) {
    const w = new Mesh(wing, panel);
    w.position.set(0, 0, z);
    serviceModule.add(w);
    solarWings.push(w);
  }
  const plume = buildEnginePlume(g, m);
  // From the nozzle's exit aft (−X).
  plume.position.x = -1.55;
  plume.visible = false;
  serviceModule.add(plume);
  serviceModule.position.set(-2.3, 0, 0);
  root.add(serviceModule);

  return {
    root,
    orbitalModule,
    descentModule,
    serviceModule,
    heatShield,
    solarWings,
    blanketMaterial: blanket,
    shieldMaterial,
    plume,
    plumeMaterial: plume.material as MeshBasicMaterial,
    baseM: BASE_M,
    radiusM: RADIUS_M,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
    },
  };
}

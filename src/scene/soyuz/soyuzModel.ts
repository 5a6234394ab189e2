import {
  CylinderGeometry,
  DoubleSide,
  Group,
  LatheGeometry,
  Mesh,
  MeshStandardMaterial,
  SphereGeometry,
  BoxGeometry,
  Vector2,
  type BufferGeometry,
  type Material,
} from 'three';

/**
 * Soyuz MS built from primitives, in metres, nose (orbital module) toward +X. Round figures from
 * RSC Energia's published Soyuz TMA data: orbital module ~2.26 m across, descent module 2.2 m
 * across and ~2.2 m tall, service module 2.72 m across, solar panels ~10.7 m tip to tip.
 * The three modules are separate groups so the scene can part them at module separation.
 */
export interface SoyuzModel {
  root: Group;
  orbitalModule: Group;
  descentModule: Group;
  serviceModule: Group;
  heatShield: Mesh;
  /** The service module's two solar wings: folded (hidden) under the fairing until orbit. */
  solarWings: Mesh[];
  dispose(): void;
}

export function buildSoyuzModel(): SoyuzModel {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);

  const green = m(new MeshStandardMaterial({ color: 0x6f7d5a, roughness: 0.8, metalness: 0.1 }));
  const hull = m(new MeshStandardMaterial({ color: 0xd9d6cc, roughness: 0.7, metalness: 0.2 }));
  const shield = m(new MeshStandardMaterial({ color: 0x3b2f28, roughness: 0.9 }));
  const panel = m(
    new MeshStandardMaterial({
      color: 0x1f3a6b,
      metalness: 0.4,
      roughness: 0.35,
      side: DoubleSide,
    }),
  );

  const root = new Group();
  root.name = 'soyuz';

  // Orbital module: a sphere with short cylindrical waist, forward of the descent module.
  const orbitalModule = new Group();
  orbitalModule.add(new Mesh(g(new SphereGeometry(1.13, 24, 16)), green));
  orbitalModule.position.set(2.5, 0, 0);
  root.add(orbitalModule);

  // Descent module: the "headlight" shape, a bell of revolution about the flight axis.
  const descentModule = new Group();
  const profile = [
    [0.0, -1.0],
    [0.95, -0.95],
    [1.1, -0.6],
    [1.05, 0.2],
    [0.7, 0.9],
    [0.35, 1.1],
    [0.0, 1.12],
  ].map(([r, y]) => new Vector2(r, y));
  const body = new Mesh(g(new LatheGeometry(profile, 32)), green);
  body.rotation.z = -Math.PI / 2;
  descentModule.add(body);
  const heatShield = new Mesh(g(new CylinderGeometry(1.1, 1.1, 0.12, 32)), shield);
  heatShield.rotation.z = Math.PI / 2;
  heatShield.position.x = -1.02;
  descentModule.add(heatShield);
  root.add(descentModule);

  // Service module: instrument and propulsion compartment with its two wings.
  const serviceModule = new Group();
  const sm = new Mesh(g(new CylinderGeometry(1.36, 1.36, 2.26, 28)), hull);
  sm.rotation.z = Math.PI / 2;
  serviceModule.add(sm);
  const wing = g(new BoxGeometry(0.6, 0.04, 4.0));
  const solarWings: Mesh[] = [];
  for (const z of [-3.4, 3.4]) {
    const w = new Mesh(wing, panel);
    w.position.set(0, 0, z);
    serviceModule.add(w);
    solarWings.push(w);
  }
  serviceModule.position.set(-2.3, 0, 0);
  root.add(serviceModule);

  return {
    root,
    orbitalModule,
    descentModule,
    serviceModule,
    heatShield,
    solarWings,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
    },
  };
}

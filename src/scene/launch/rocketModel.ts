import {
  AdditiveBlending,
  BoxGeometry,
  ConeGeometry,
  CylinderGeometry,
  Group,
  LatheGeometry,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  type BufferGeometry,
  Vector2,
  type Material,
} from 'three';

/**
 * The Soyuz-2.1a under the spacecraft, built from primitives in metres, nose toward +X like the
 * spacecraft model (whose aft end is at x = −3.43). Round figures from the published launcher
 * data (Arianespace Soyuz user's manual, russianspaceweb.com): core stage (Block A) 27.1 m long,
 * 2.95 m across at the top narrowing to ~2.05 m; four strap-on boosters (first stage) 19.6 m
 * long, 2.68 m across at the base, tapering to a point; third stage (Block I) 6.7 m long,
 * 2.66 m across; a payload fairing over the spacecraft with the launch escape tower on top.
 * 46.3 m from the engines to the tower's tip (Soyuz-2.1a with a Soyuz MS). A simple picture, not
 * a CAD model; the strap-ons' profile (a long cone flaring to a near-cylinder at the base) and
 * their small air vanes are drawn by eye from photographs.
 */
export interface RocketModel {
  root: Group;
  /** Launch escape tower: gone before the strap-ons separate (here: with them). */
  tower: Group;
  /** The two fairing halves, each with its outward direction (+Z or −Z). */
  fairing: Group[];
  thirdStage: Group;
  core: Group;
  /** Each strap-on with its outward unit direction in the stack's YZ plane. */
  boosters: { group: Group; out: [number, number] }[];
  /** Exhaust flames: the strap-ons' and the core's (first and second stage), the third stage's. */
  boosterFlames: Mesh[];
  coreFlame: Mesh;
  thirdFlame: Mesh;
  dispose(): void;
}

/** Stack stations along the axis (x, metres), from the nose down. */
export const STACK = {
  fairingBase: -4.5,
  thirdStageBase: -11.2,
  coreTop: -12.2,
  coreBase: -39.3,
  boosterLength: 19.6,
  /** From the tower's tip to the engines, m: what the camera and the on-screen size frame. */
  lengthM: 46.3,
} as const;

export function buildRocketModel(): RocketModel {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);
  const white = m(new MeshStandardMaterial({ color: 0xe4e2da, roughness: 0.6, metalness: 0.1 }));
  const grey = m(new MeshStandardMaterial({ color: 0x8c8c86, roughness: 0.7, metalness: 0.2 }));
  const dark = m(new MeshStandardMaterial({ color: 0x3a3a38, roughness: 0.8, metalness: 0.3 }));
  const flameMaterial = m(
    new MeshBasicMaterial({
      color: 0xffc46b,
      transparent: true,
      opacity: 0.85,
      blending: AdditiveBlending,
      depthWrite: false,
    }),
  );

  // Built along +Y (three's cylinder axis), then turned so +Y becomes the nose's +X.
  const root = new Group();
  root.name = 'soyuz-2.1a';
  const stack = new Group();
  stack.rotation.z = -Math.PI / 2;
  root.add(stack);

  const part = (parent: Group, geometry: BufferGeometry, material: Material, y: number) => {
    const mesh = new Mesh(geometry, material);
    mesh.position.y = y;
    parent.add(mesh);
    return mesh;
  };
  // A flame: a cone pointing down from an engine plane at y, length and radius in metres.
  const flame = (parent: Group, y: number, radius: number, length: number) => {
    const mesh = new Mesh(g(new ConeGeometry(radius, length, 16, 1, true)), flameMaterial);
    mesh.rotation.x = Math.PI;
    mesh.position.y = y - length / 2;
    parent.add(mesh);
    return mesh;
  };

  // Fairing halves, cylinder and ogive-like cone, over the spacecraft.
  const fairing: Group[] = [];
  for (const side of [0, 1]) {
    const half = new Group();
    const theta = side * Math.PI;
    part(half, g(new CylinderGeometry(1.5, 1.5, 7.1, 16, 1, false, theta, Math.PI)), white, -0.95);
    part(half, g(new CylinderGeometry(0.35, 1.5, 2.4, 16, 1, false, theta, Math.PI)), white, 3.8);
    stack.add(half);
    fairing.push(half);
  }
  const tower = new Group();
  // The escape tower: a slim truss with its motor, tip at 46.3 m over the engines.
  part(tower, g(new CylinderGeometry(0.22, 0.35, 1.4, 10)), grey, 5.7);
  part(tower, g(new CylinderGeometry(0.3, 0.3, 0.6, 10)), dark, 6.7);
  stack.add(tower);

  const thirdStage = new Group();
  part(thirdStage, g(new CylinderGeometry(1.33, 1.33, 6.7, 24)), white, -7.85);
  // The open lattice interstage the third stage fires through (hot staging), drawn dark.
  part(thirdStage, g(new CylinderGeometry(1.2, 1.35, 1.0, 16)), dark, -11.7);
  const thirdFlame = flame(thirdStage, STACK.thirdStageBase, 0.9, 9);
  stack.add(thirdStage);

  const core = new Group();
  const coreLength = STACK.coreTop - STACK.coreBase;
  part(
    core,
    g(new CylinderGeometry(1.47, 1.03, coreLength, 24)),
    white,
    STACK.coreTop - coreLength / 2,
  );
  const coreFlame = flame(core, STACK.coreBase, 1.0, 14);
  stack.add(core);

  const boosters: RocketModel['boosters'] = [];
  const boosterFlames: Mesh[] = [];
  // The strap-on's profile from its tip down: the pointed cone, widening along most of its
  // length and flaring to a near-cylinder 2.68 m across over the engine bay.
  const L = STACK.boosterLength;
  const boosterGeometry = g(
    new LatheGeometry(
      [
        [0.0, L],
        [0.35, L - 1.2],
        [0.7, L - 4.5],
        [1.05, L - 11],
        [1.28, 4],
        [1.34, 1.2],
        [1.25, 0],
      ].map(([r, y]) => new Vector2(r, y)),
      20,
    ),
  );
  // An air vane on each strap-on's outer side at the base (the R-7 family's small rudders).
  const vane = g(new BoxGeometry(0.9, 1.4, 0.08));
  for (const [oy, oz] of [
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, -1],
  ] as [number, number][]) {
    const group = new Group();
    const arm = new Group();
    // Centred 2.3 m out at the base, leaning in (about the base) so the nose touches the core.
    arm.position.set(2.3 * oy, STACK.coreBase, 2.3 * oz);
    arm.rotation.set(oz * -0.035, 0, oy * 0.035);
    part(arm, boosterGeometry, white, 0);
    const fin = part(arm, vane, dark, 0.9);
    fin.position.x = 1.5 * oy;
    fin.position.z = 1.5 * oz;
    fin.rotation.y = oz === 0 ? 0 : Math.PI / 2;
    boosterFlames.push(flame(arm, 0, 1.0, 14));
    group.add(arm);
    stack.add(group);
    boosters.push({ group, out: [oy, oz] });
  }

  return {
    root,
    tower,
    fairing,
    thirdStage,
    core,
    boosters,
    boosterFlames,
    coreFlame,
    thirdFlame,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
    },
  };
}

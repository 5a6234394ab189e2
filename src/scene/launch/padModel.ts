import {
  BoxGeometry,
  CircleGeometry,
  CylinderGeometry,
  DoubleSide,
  Group,
  LatheGeometry,
  Mesh,
  MeshStandardMaterial,
  Path,
  PlaneGeometry,
  Shape,
  ShapeGeometry,
  Vector2,
  type BufferGeometry,
  type Material,
} from 'three';
import { TRENCH_MOUTH_M } from './padSmoke';

/**
 * A Soyuz launch complex of the "Gagarin" type, as at Baikonur Site 31/6, built from primitives
 * in metres. Pad frame: +Y up, the rocket's axis through the origin with its engines at y = 0
 * (ground level, see SPACECRAFT_OVER_PAD_KM), the strap-ons toward ±X and ±Z, the flame trench
 * leaving along −X.
 *
 * Round public figures (russianspaceweb.com, Gagarin's Start): the rocket hangs in the launch
 * table's opening, held at the strap-ons' tops by four support arms that swing back by
 * counterweight as it rises; two umbilical masts serve it; the exhaust goes down a pit and out
 * along a trench. Assumptions, where the sources give no figure: a 70 × 60 m concrete apron, a
 * launch table 14 m across, arms 15 m long, masts 30 and 16 m tall, a pit 20 m wide and 25 m deep
 * whose trench rises to the ground 120 m out, and the trench's direction. A picture, not a plan.
 */
export interface PadModel {
  root: Group;
  /** The four support arms, each turning about its hinge on the table (rotation.z, radians). */
  arms: Group[];
  /** The two umbilical masts, each turning about its foot (rotation.z, radians). */
  masts: Group[];
  dispose(): void;
}

const PIT_HALF_WIDTH = 10;
const PIT_DEPTH = 25;
/** The pit's back wall, behind the rocket's axis (the trench leaves the other way). */
const PIT_BACK = 8;
const APRON_TOP = 0.6;
/** The trench's far end, where its floor meets the ground. */
const TRENCH_END = TRENCH_MOUTH_M + 60;
const GROUND_RADIUS = 4000;
/** The table's hinge circle for the arms and the masts, m from the rocket's axis. */
export const ARM_HINGE_R = 6.2;
const MAST_HINGE_R = 7.5;

export function buildPadModel(): PadModel {
  const geometries: BufferGeometry[] = [];
  const materials: Material[] = [];
  const g = <T extends BufferGeometry>(x: T) => (geometries.push(x), x);
  const m = <T extends Material>(x: T) => (materials.push(x), x);
  // MS-22 lifted off a quarter of an hour after sunset, under floodlights: a faint glow of their
  // own keeps the concrete and the steppe round it from going black when the Sun is down.
  const steppe = m(new MeshStandardMaterial({ color: 0x8d8064, roughness: 1, emissive: 0x16130d }));
  const concrete = m(
    new MeshStandardMaterial({ color: 0xb5b1a6, roughness: 0.95, emissive: 0x3b3935 }),
  );
  const sooty = m(new MeshStandardMaterial({ color: 0x4a4640, roughness: 1, side: DoubleSide }));
  const steel = m(new MeshStandardMaterial({ color: 0x6f7377, roughness: 0.6, metalness: 0.5 }));
  // Pad structures are painted; a red-orange keeps the arms apart from the white rocket.
  const painted = m(new MeshStandardMaterial({ color: 0xb0482e, roughness: 0.7, metalness: 0.3 }));

  const root = new Group();
  root.name = 'launch-pad';
  const add = (geometry: BufferGeometry, material: Material, x: number, y: number, z: number) => {
    const mesh = new Mesh(geometry, material);
    mesh.position.set(x, y, z);
    root.add(mesh);
    return mesh;
  };

  // The steppe round the pad, with the pit and trench cut out of it. The drawn globe lies up to
  // a kilometre under the ellipsoid here, so the pad brings its own ground.
  const ground = new Shape().absarc(0, 0, GROUND_RADIUS, 0, 2 * Math.PI, false);
  const cut = new Path();
  // Shape coordinates (x, −z): the plane is then laid flat.
  cut.moveTo(PIT_BACK, -PIT_HALF_WIDTH);
  cut.lineTo(PIT_BACK, PIT_HALF_WIDTH);
  cut.lineTo(-TRENCH_END, PIT_HALF_WIDTH);
  cut.lineTo(-TRENCH_END, -PIT_HALF_WIDTH);
  cut.closePath();
  ground.holes.push(cut);
  add(g(new ShapeGeometry(ground, 48)), steppe, 0, 0, 0).rotation.x = -Math.PI / 2;

  // The concrete apron over the pit, with the table's opening in it.
  const apron = (x0: number, x1: number, z0: number, z1: number) =>
    add(
      g(new BoxGeometry(x1 - x0, 3, z1 - z0)),
      concrete,
      (x0 + x1) / 2,
      APRON_TOP - 1.5,
      (z0 + z1) / 2,
    );
  apron(5, 40, -30, 30);
  apron(-TRENCH_MOUTH_M, -5, -30, 30);
  apron(-5, 5, -30, -5);
  apron(-5, 5, 5, 30);

  // The pit under the table and the trench out of it: floor, ramp and walls, sooted.
  const pitLength = TRENCH_MOUTH_M + PIT_BACK;
  const floor = add(g(new PlaneGeometry(pitLength, 2 * PIT_HALF_WIDTH)), sooty, 0, -PIT_DEPTH, 0);
  floor.rotation.x = -Math.PI / 2;
  floor.position.x = PIT_BACK - pitLength / 2;
  // Laid flat, then tilted so its far end meets the ground.
  const rampRun = TRENCH_END - TRENCH_MOUTH_M;
  const ramp = add(
    g(new PlaneGeometry(Math.hypot(rampRun, PIT_DEPTH), 2 * PIT_HALF_WIDTH)),
    sooty,
    -TRENCH_MOUTH_M - rampRun / 2,
    -PIT_DEPTH / 2,
    0,
  );
  ramp.rotation.set(-Math.PI / 2, 0, -Math.atan2(PIT_DEPTH, rampRun), 'ZYX');
  for (const side of [-1, 1]) {
    add(
      g(new PlaneGeometry(TRENCH_END + PIT_BACK, PIT_DEPTH)),
      sooty,
      (PIT_BACK - TRENCH_END) / 2,
      -PIT_DEPTH / 2,
      side * PIT_HALF_WIDTH,
    );
  }
  const back = add(
    g(new PlaneGeometry(2 * PIT_HALF_WIDTH, PIT_DEPTH)),
    sooty,
    PIT_BACK,
    -PIT_DEPTH / 2,
    0,
  );
  back.rotation.y = Math.PI / 2;

  // The launch table: a ring round the opening, on the apron.
  const table = new LatheGeometry(
    [
      new Vector2(4.6, APRON_TOP),
      new Vector2(7, APRON_TOP),
      new Vector2(7, 2.2),
      new Vector2(4.6, 2.2),
    ].reverse(),
    32,
  );
  add(g(table), steel, 0, 0, 0);

  // The four support arms, between the strap-ons: a hinge on the table, a beam leaning in to the
  // strap-ons' tops (the counterweights that swing them back sit under the table, unseen).
  const beam = g(new BoxGeometry(1.1, 15, 1.4));
  beam.translate(0, 7.5, 0);
  const arms: Group[] = [];
  for (let k = 0; k < 4; k++) {
    const azimuth = Math.PI / 4 + (k * Math.PI) / 2;
    const mount = new Group();
    mount.rotation.y = -azimuth;
    const arm = new Group();
    arm.name = `pad-arm-${k}`;
    arm.position.set(ARM_HINGE_R, 2.2, 0);
    arm.add(new Mesh(beam, painted));
    mount.add(arm);
    root.add(mount);
    arms.push(arm);
  }

  // The two umbilical masts beside the strap-ons at ±Z: lattice towers drawn as slim boxes.
  const masts: Group[] = [];
  for (const [k, height] of [
    [0, 30],
    [1, 16],
  ] as const) {
    const mount = new Group();
    mount.rotation.y = k === 0 ? Math.PI / 2 : -Math.PI / 2;
    const mast = new Group();
    mast.name = `pad-mast-${k}`;
    mast.position.set(MAST_HINGE_R, 2.2, 0);
    const tower = g(new BoxGeometry(1.6, height, 1.6));
    tower.translate(0, height / 2, 0);
    const boom = g(new BoxGeometry(3, 0.6, 0.6));
    boom.translate(-1.5, height - 1, 0);
    // Steel grey, so the red-painted support arms stand apart from them.
    mast.add(new Mesh(tower, steel), new Mesh(boom, steel));
    mount.add(mast);
    root.add(mount);
    masts.push(mast);
  }

  // Floodlight and lightning masts round the pad, as at every pad: tall, thin, well clear of it.
  const pole = g(new CylinderGeometry(0.5, 0.8, 45, 6));
  pole.translate(0, 22.5, 0);
  for (const [x, z] of [
    [110, 110],
    [110, -110],
    [-100, 110],
    [-100, -110],
  ] as const)
    add(pole, steel, x, 0, z);
  // A dark disc under the rocket reads as the opening's depth from above.
  add(g(new CircleGeometry(4.6, 24)), sooty, 0, -PIT_DEPTH + 0.1, 0).rotation.x = -Math.PI / 2;

  return {
    root,
    arms,
    masts,
    dispose() {
      geometries.forEach((x) => x.dispose());
      materials.forEach((x) => x.dispose());
    },
  };
}

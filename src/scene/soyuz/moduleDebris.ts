import {
  AdditiveBlending,
  Color,
  ConeGeometry,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  type BufferGeometry,
  type Quaternion,
  type Vector3,
} from 'three';

/**
 * The orbital and instrument modules breaking up in the heating: each becomes a spray of glowing
 * fragments streaking behind their module's place. No source gives the pieces or their paths:
 * the plainest picture is taken (assumption): a fixed, seeded set of fragments per module that
 * spread at a few m/s and fall behind as drag slows them more than the capsule, glowing with the
 * heating and burning away over FRAGMENT_LIFE_S. Everything is a function of the time since the
 * break-up, so scrubbing back gives the same picture.
 */
export const FRAGMENT_LIFE_S = 70;
const PER_MODULE = 7;
const SPREAD_MPS = 4;
/** Extra deceleration of the fragments relative to the capsule, m/s² (assumption). */
const LAG_MPS2 = 6;
const STREAK_M = 7;

export interface ModuleDebris {
  root: Group;
  /** Place and light the fragments; `since` < 0 or glow 0 hides them. */
  update(
    sinceS: number,
    glow: number,
    orbitalM: Vector3,
    serviceM: Vector3,
    flow: Vector3,
    flowQuaternion: Quaternion,
  ): void;
  dispose(): void;
}

/** Deterministic pseudo-random in [−1, 1] (no Math.random: the picture must repeat). */
function seeded(i: number): number {
  const x = Math.sin(i * 127.1 + 311.7) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

export function buildModuleDebris(): ModuleDebris {
  const root = new Group();
  root.name = 'module-debris';
  root.visible = false;
  // A streak: bright head at +X, fading tail toward −X.
  const geo: BufferGeometry = new ConeGeometry(0.7, STREAK_M, 8, 3, true);
  geo.translate(0, -STREAK_M / 2, 0);
  const pos = geo.getAttribute('position');
  const colours = new Float32Array(pos.count * 3);
  const head = new Color(0xffd27a);
  for (let i = 0; i < pos.count; i++) {
    const k = 1 + pos.getY(i) / STREAK_M;
    colours[3 * i] = head.r * k;
    colours[3 * i + 1] = head.g * k * k;
    colours[3 * i + 2] = head.b * k * k * k;
  }
  geo.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geo.rotateZ(-Math.PI / 2);
  const material = new MeshBasicMaterial({
    vertexColors: true,
    transparent: true,
    blending: AdditiveBlending,
    depthWrite: false,
  });
  const fragments: Mesh[] = [];
  for (let i = 0; i < 2 * PER_MODULE; i++) {
    const f = new Mesh(geo, material);
    root.add(f);
    fragments.push(f);
  }

  return {
    root,
    update(sinceS, glow, orbitalM, serviceM, flow, flowQuaternion) {
      const life = 1 - sinceS / FRAGMENT_LIFE_S;
      root.visible = sinceS >= 0 && life > 0 && glow > 0.01;
      if (!root.visible) return;
      material.opacity = Math.min(1, glow * 1.5);
      const lag = 0.5 * LAG_MPS2 * sinceS * sinceS;
      fragments.forEach((f, i) => {
        const base = i < PER_MODULE ? orbitalM : serviceM;
        const spread = SPREAD_MPS * sinceS;
        f.position
          .set(seeded(i), seeded(i + 40), seeded(i + 80))
          .multiplyScalar(spread)
          .add(base)
          .addScaledVector(flow, -lag);
        f.quaternion.copy(flowQuaternion);
        // Pieces of different sizes burning away, the smallest first.
        f.scale.setScalar(Math.max(0.05, (0.6 + 0.4 * seeded(i + 120)) * life));
      });
    },
    dispose() {
      geo.dispose();
      material.dispose();
    },
  };
}

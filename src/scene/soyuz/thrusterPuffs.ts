import {
  AdditiveBlending,
  BufferAttribute,
  BufferGeometry,
  DataTexture,
  Group,
  LinearFilter,
  Points,
  PointsMaterial,
  RGBAFormat,
} from 'three';

/**
 * Thruster puffs for the separation burns, in the Soyuz model's frame (nose toward +X). The burns
 * push the ship back along the docking axis, away from the station, so the exhaust streams
 * forward, toward the station (the physics' assumption, physics/departure.ts). Where the
 * thrusters sit is a drawing choice (the sources name none): four around the service module's
 * forward rim. In vacuum such puffs are faint and small; drawn as soft glowing blobs larger than
 * life (additive, one draw) so a class sees when the ship fires.
 */
export interface ThrusterPuffs {
  root: Group;
  /** Km per model metre of the group the puffs are in, for the blobs' size. */
  setWorldScale(kmPerM: number): void;
  dispose(): void;
}

/** Blobs per jet, spaced along it, and how far the jet reaches, m. */
const BLOBS = 6;
const LENGTH_M = 3.5;
/** A blob's size on screen, m: the soft edge makes the visible puff about half of it. */
const BLOB_M = 12;
/** The service module's forward rim in the model (soyuzModel: 2.72 m across, front at x −1.17). */
const RIM_X_M = -1.2;
const RIM_R_M = 1.45;

/** A round blob, brightest in the middle, nothing at the edge. */
function softDot(): DataTexture {
  const n = 32;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const r = Math.hypot(x + 0.5 - n / 2, y + 0.5 - n / 2) / (n / 2);
      const a = Math.max(0, 1 - r) ** 2;
      const o = (y * n + x) * 4;
      data.set([255, 255, 255, Math.round(255 * a)], o);
    }
  }
  const t = new DataTexture(data, n, n, RGBAFormat);
  t.magFilter = LinearFilter;
  t.minFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}

export function buildThrusterPuffs(): ThrusterPuffs {
  const position = new Float32Array(4 * BLOBS * 3);
  const colour = new Float32Array(4 * BLOBS * 3);
  let i = 0;
  for (let k = 0; k < 4; k++) {
    const a = Math.PI / 4 + (k * Math.PI) / 2;
    for (let b = 0; b < BLOBS; b++) {
      const f = b / (BLOBS - 1);
      // Outward a little as it goes: the jet spreads.
      const r = RIM_R_M + 0.8 * f;
      position.set([RIM_X_M + 0.3 + f * LENGTH_M, r * Math.cos(a), r * Math.sin(a)], i * 3);
      // Pale blue-white, fading along the jet (additive: black adds nothing).
      const e = (1 - f) ** 1.2;
      colour.set([0.6 * e, 0.8 * e, 1.0 * e], i * 3);
      i++;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('color', new BufferAttribute(colour, 3));
  const map = softDot();
  const material = new PointsMaterial({
    map,
    vertexColors: true,
    size: BLOB_M * 0.001,
    sizeAttenuation: true,
    transparent: true,
    blending: AdditiveBlending,
    depthWrite: false,
    toneMapped: false,
  });
  const points = new Points(geometry, material);
  points.frustumCulled = false;
  const root = new Group();
  root.name = 'thruster-puffs';
  root.add(points);
  root.visible = false;
  return {
    root,
    setWorldScale(kmPerM) {
      material.size = BLOB_M * kmPerM;
    },
    dispose() {
      geometry.dispose();
      material.dispose();
      map.dispose();
    },
  };
}

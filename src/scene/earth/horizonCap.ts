import { BufferGeometry, Float32BufferAttribute, Vector3, type Matrix4 } from 'three';
import { WGS84_A_KM, WGS84_B_KM } from '../../physics/constants';

/**
 * Below this height the globe is drawn as a cap laid around the camera instead of the fixed
 * sphere: the fixed sphere's facets, 1.9° a side, show on the limb as straight segments from
 * orbit (issue 12). From higher up the limb is too small for them to show.
 */
export const CAP_BELOW_KM = 3000;
/** Segments around the cap: 1.4° each, so the limb's chords bow by under a tenth of a pixel from the ISS. */
const AROUND = 256;
/** Rings from the centre out to the horizon, crowded toward the horizon. */
const RINGS = 32;
/** Beyond the geometric horizon, radians, so the ellipsoid's own horizon is always inside the cap. */
const MARGIN_RAD = 0.02;
/**
 * The cap lies this far under the ellipsoid, km, so the landing zone's ground patch (on the
 * ellipsoid) always wins the depth test; a 20 m step is under a pixel from anywhere it could show.
 */
const DROP_KM = 0.02;

/**
 * A disc of vertices: (fraction around, fraction out). The vertex shader places them on the unit
 * sphere about the point under the camera; the globe's scale (WGS-84 axes) makes it the ellipsoid.
 */
export function horizonCapGeometry(): BufferGeometry {
  const positions: number[] = [];
  for (let j = 0; j <= RINGS; j++) {
    for (let i = 0; i <= AROUND; i++) positions.push(i / AROUND, j / RINGS, 0);
  }
  const index: number[] = [];
  const n = AROUND + 1;
  for (let j = 0; j < RINGS; j++) {
    for (let i = 0; i < AROUND; i++) {
      const a = j * n + i;
      index.push(a, a + n, a + 1, a + 1, a + n, a + n + 1);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setIndex(index);
  return g;
}

export const horizonCapVertexShader = /* glsl */ `
  #include <common>
  #include <logdepthbuf_pars_vertex>
  uniform vec3 capCentre;
  uniform vec3 capEast;
  uniform vec3 capNorth;
  uniform float capAngle;
  uniform float capScale;
  uniform float capCentreU;
  varying vec2 vUv;
  varying vec3 vNormalW;
  varying vec3 vPosW;
  varying vec3 vSphere;
  void main() {
    // Rings crowd toward the horizon, where the outline is seen.
    float out_ = 1.0 - (1.0 - position.y) * (1.0 - position.y);
    float theta = capAngle * out_;
    float phi = 2.0 * PI * position.x;
    vec3 p = cos(theta) * capCentre + sin(theta) * (cos(phi) * capEast + sin(phi) * capNorth);
    vSphere = p;
    #ifdef UV_PER_VERTEX
    // The equirectangular UV at the vertex, u unwrapped about the cap's centre so it runs on
    // smoothly across the 180th meridian (the textures repeat in u): no per-pixel trigonometry
    // and no explicit gradients, which cost a software renderer half its frame. Not where the
    // cap holds a pole: there longitude is singular and Earth.tsx switches to UV_FROM_SPHERE.
    float u = atan(p.z, -p.x) / (2.0 * PI);
    float du = u - capCentreU;
    du -= floor(du + 0.5);
    vUv = vec2(capCentreU + du, 1.0 - acos(clamp(p.y, -1.0, 1.0)) / PI);
    #else
    vUv = vec2(0.0);
    #endif
    // As the globe's sphere: the normal is the unit-sphere point, scaled with the mesh.
    vNormalW = normalize(mat3(modelMatrix) * p);
    vec3 local = p * capScale;
    vPosW = (modelMatrix * vec4(local, 1.0)).xyz;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(local, 1.0);
    #include <logdepthbuf_vertex>
  }
`;

export interface CapUniforms {
  capCentre: { value: Vector3 };
  capEast: { value: Vector3 };
  capNorth: { value: Vector3 };
  capAngle: { value: number };
  capScale: { value: number };
  /** The equirectangular u of the cap's centre, for UV_PER_VERTEX. */
  capCentreU: { value: number };
}

export function capUniforms(): CapUniforms {
  return {
    capCentre: { value: new Vector3(1, 0, 0) },
    capEast: { value: new Vector3(0, 0, 1) },
    capNorth: { value: new Vector3(0, 1, 0) },
    capAngle: { value: 0.1 },
    capScale: { value: 1 - DROP_KM / WGS84_A_KM },
    capCentreU: { value: 0 },
  };
}

const local = new Vector3();
const helper = new Vector3();

/**
 * Lay the cap around the point under the camera. `worldToEarth` takes scene coordinates to the
 * Earth-fixed frame; dividing by the WGS-84 axes takes the camera to the unit-sphere space the
 * mesh is drawn in. Returns false where the camera is too high for the cap.
 */
export function placeHorizonCap(
  u: CapUniforms,
  cameraWorld: Vector3,
  worldToEarth: Matrix4,
): boolean {
  local.copy(cameraWorld).applyMatrix4(worldToEarth);
  local.set(local.x / WGS84_A_KM, local.y / WGS84_B_KM, local.z / WGS84_A_KM);
  const r = local.length();
  if ((r - 1) * WGS84_A_KM > CAP_BELOW_KM) return false;
  const centre = u.capCentre.value.copy(local).divideScalar(r);
  helper.set(0, 1, 0);
  if (Math.abs(centre.y) > 0.99) helper.set(1, 0, 0);
  u.capEast.value.crossVectors(helper, centre).normalize();
  u.capNorth.value.crossVectors(centre, u.capEast.value);
  u.capAngle.value = Math.acos(1 / Math.max(r, 1 + 1e-9)) + MARGIN_RAD;
  u.capCentreU.value = Math.atan2(centre.z, -centre.x) / (2 * Math.PI);
  return true;
}

/** Closer than this to a pole, radians, the cap's per-vertex UVs would twist: per pixel there. */
const POLE_CLEARANCE_RAD = (8 * Math.PI) / 180;

/** Whether the placed cap reaches near a pole, where longitude (and so per-vertex u) is singular. */
export function capNearPole(u: CapUniforms): boolean {
  const centreLat = Math.asin(Math.min(1, Math.abs(u.capCentre.value.y)));
  return centreLat + u.capAngle.value > Math.PI / 2 - POLE_CLEARANCE_RAD;
}

import {
  BackSide,
  BufferAttribute,
  Color,
  Mesh,
  MeshBasicMaterial,
  PMREMGenerator,
  Scene,
  SphereGeometry,
  type WebGLRenderer,
  type WebGLRenderTarget,
} from 'three';

/**
 * The light that reaches a spacecraft in low orbit besides the Sun's: black sky above, the bright
 * thin limb of the atmosphere at the horizon, and sunlit Earth below filling half the sky (albedo
 * about 0.3: NASA Earth fact sheet). Built as a small scene in the page and prefiltered by PMREM
 * for physically based materials; nothing is fetched. Up is +Y: the scene turns it per frame to
 * the local vertical (SpaceEnvironment).
 */
const SPACE = new Color(0x000000);
/** Seen from 400 km the horizon dips ~20° below the level (arccos(R / (R + h))). */
const HORIZON_DIP = Math.sin((20 * Math.PI) / 180);
const LIMB = new Color(0.55, 0.7, 1.0);
/** Sunlit Earth: a mean of ocean, land and cloud, in linear light at albedo ~0.3. */
const EARTH = new Color(0.2, 0.26, 0.34);
/** The same, for a hemisphere light where there is no environment map. */
export const EARTH_LIGHT = EARTH.clone();

function envScene(): { scene: Scene; dispose: () => void } {
  const geometry = new SphereGeometry(1, 48, 24);
  const normals = geometry.getAttribute('normal');
  const colours = new Float32Array(normals.count * 3);
  const c = new Color();
  for (let i = 0; i < normals.count; i++) {
    const y = normals.getY(i);
    // Inside the sphere, a vertex at height y is the sky in that direction.
    const belowHorizon = y < -HORIZON_DIP;
    const fromLimb = Math.abs(y + HORIZON_DIP);
    if (belowHorizon) c.copy(EARTH).lerp(LIMB, Math.max(0, 1 - fromLimb / 0.08));
    else c.copy(SPACE).lerp(LIMB, Math.max(0, 1 - fromLimb / 0.05));
    c.toArray(colours, i * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  const material = new MeshBasicMaterial({ vertexColors: true, side: BackSide });
  const scene = new Scene();
  scene.add(new Mesh(geometry, material));
  return {
    scene,
    dispose: () => {
      geometry.dispose();
      material.dispose();
    },
  };
}

const ENV_SIZE = 32;

/** Render the small scene into a prefiltered environment map (a few ms on a GPU; once). */
export function buildSpaceEnvironment(gl: WebGLRenderer): WebGLRenderTarget {
  const pmrem = new PMREMGenerator(gl);
  const { scene, dispose } = envScene();
  try {
    // 32 px faces: the light is a smooth gradient with no detail to keep, and the prefilter's cost
    // grows with the face area (256, the default, took five seconds on a software renderer).
    return pmrem.fromScene(scene, 0, 0.1, 100, { size: ENV_SIZE });
  } finally {
    dispose();
    pmrem.dispose();
  }
}

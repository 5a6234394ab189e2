import {
  BackSide,
  Mesh,
  ShaderMaterial,
  SphereGeometry,
  type Camera,
  type IUniform,
  type Texture,
} from 'three';

/** How bright the star map is drawn: the Milky Way as a faint band, not a sheet of light. */
export const STAR_BRIGHTNESS = 0.3;
/** 128 × 64 facets of under 3°: texture coordinates across one stay within a pixel of exact. */
const WIDTH_SEGMENTS = 128;
const HEIGHT_SEGMENTS = 64;
/** Well inside the far plane and outside the near one; drawn without depth, so no closer. */
const RADIUS = 1;

/**
 * The sphere's texture coordinates, turned to three's equirectangular convention: direction d
 * shows the map at `equirectUv(d)` (u = atan(d.z, d.x) / 2π + 0.5, v = asin(d.y) / π + 0.5),
 * as `scene.background` did. SphereGeometry's own u runs the other way round the axis.
 */
export function equirectSphereGeometry(): SphereGeometry {
  const geometry = new SphereGeometry(RADIUS, WIDTH_SEGMENTS, HEIGHT_SEGMENTS);
  const uv = geometry.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setX(i, 1 - uv.getX(i));
  return geometry;
}

/** The star material's inputs: the map may be swapped (preview, then full) without a recompile. */
export interface StarUniforms {
  [name: string]: IUniform;
  map: IUniform<Texture>;
  brightness: IUniform<number>;
}

export type StarMaterial = ShaderMaterial & { uniforms: StarUniforms };

/**
 * The map's colour times the brightness, encoded for the output like any three material. Written
 * by hand rather than a MeshBasicMaterial: with the renderer's logarithmic depth buffer, every
 * built-in fragment shader writes gl_FragDepth (a log2 per pixel, and no early depth test), and
 * this one covers every pixel of the view although it uses no depth at all. SwiftShader, 1280x720
 * at pixel ratio 0.5, frames drawn back to back in one task: the MeshBasicMaterial sphere took
 * 28-33 ms of a 146-158 ms frame (with MSAA), this one 17-18 ms of 68-70 (without); in a paused
 * view with the same map, this one 2 ms against 6 ms for the cube-map background it replaced.
 */
const VERTEX = /* glsl */ `
  varying vec2 vUv;
  void main() {
    vUv = uv;
    gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  }
`;
const FRAGMENT = /* glsl */ `
  uniform sampler2D map;
  uniform float brightness;
  varying vec2 vUv;
  void main() {
    gl_FragColor = vec4(texture2D(map, vUv).rgb * brightness, 1.0);
    #include <colorspace_fragment>
  }
`;

/**
 * The star map on a sphere seen from inside, kept centred on whatever camera draws it, drawn first
 * (lowest render order, no depth) with the map read straight from its texture coordinates. Not
 * `scene.background`: three turns an equirectangular background into a cube map on the first
 * frame that shows it (a render to six faces and programs of its own: 1.3-2.3 s on a software
 * renderer, in the frame before ready), and a cube map read per pixel costs more than this.
 */
export function createStarSphere(map: Texture): {
  mesh: Mesh<SphereGeometry, StarMaterial>;
  dispose: () => void;
} {
  const geometry = equirectSphereGeometry();
  const uniforms: StarUniforms = {
    map: { value: map },
    brightness: { value: STAR_BRIGHTNESS },
  };
  const material = new ShaderMaterial({
    name: 'Stars',
    uniforms,
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    side: BackSide,
    depthTest: false,
    depthWrite: false,
    // Shown as it is, like three's background: tone mapping would grey the black sky.
    toneMapped: false,
  }) as StarMaterial;
  const mesh = new Mesh(geometry, material);
  mesh.name = 'stars';
  // Below the sky dome (-10), which blends over it low in the atmosphere.
  mesh.renderOrder = -20;
  mesh.frustumCulled = false;
  mesh.matrixAutoUpdate = false;
  // Before each draw, under every camera (the main one, a bloom or precompile pass): three reads
  // the world matrix right after this callback to place the mesh.
  mesh.onBeforeRender = (_renderer, _scene, camera: Camera) => {
    mesh.position.setFromMatrixPosition(camera.matrixWorld);
    mesh.updateMatrix();
    mesh.updateMatrixWorld();
  };
  return {
    mesh,
    dispose: () => {
      geometry.dispose();
      material.dispose();
    },
  };
}

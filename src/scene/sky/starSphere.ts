import {
  BackSide,
  Color,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  type Camera,
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

/**
 * The star map on a sphere seen from inside, kept centred on whatever camera draws it, drawn first
 * (lowest render order, no depth) with the map read straight from its texture coordinates. Not
 * `scene.background`: three turns an equirectangular background into a cube map on the first
 * frame that shows it (a render to six faces and programs of its own: 1.3-2.3 s on a software
 * renderer, in the frame before ready), and a cube map read per pixel costs more than this.
 */
export function createStarSphere(map: Texture): {
  mesh: Mesh<SphereGeometry, MeshBasicMaterial>;
  dispose: () => void;
} {
  const geometry = equirectSphereGeometry();
  const material = new MeshBasicMaterial({
    name: 'Stars',
    map,
    color: new Color().setScalar(STAR_BRIGHTNESS),
    side: BackSide,
    depthTest: false,
    depthWrite: false,
    // Shown as it is, like three's background: tone mapping would grey the black sky.
    toneMapped: false,
    fog: false,
  });
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

import { extend } from '@react-three/fiber';
import {
  AmbientLight,
  DirectionalLight,
  Group,
  HemisphereLight,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
} from 'three';

/**
 * The three.js classes behind the scene's lower-case JSX elements (<mesh> is Mesh, and so on).
 *
 * fiber's <Canvas> would register the whole `three` namespace, which keeps every three.js class
 * in the first download; tools/fiberCatalogue.ts removes that call from the build and the dev
 * server, so only these classes are registered and the bundler drops the rest. An element that
 * is not listed here throws "is not part of the THREE namespace" when it mounts; the unit test
 * tests/unit/scene/render/threeCatalogue.test.ts reads every .tsx under src/ so that cannot ship.
 *
 * Beside the scene's own elements: drei's <Html> mounts a <group>, and drei's <OrbitControls> a
 * <primitive> (built into fiber, no class needed). <Html occlude> would also mount a <mesh> with
 * a planeGeometry and a shaderMaterial; the scene does not use it, and the test checks that.
 */
export const THREE_CATALOGUE = {
  AmbientLight,
  DirectionalLight,
  Group,
  HemisphereLight,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
};

extend(THREE_CATALOGUE);

import type { Plugin } from 'vite';

/**
 * fiber's <Canvas> registers every three.js class for JSX with `extend(THREE)`: using the
 * namespace as a value keeps all of three.js in the bundle, though the scene draws with a handful
 * of classes. fiber's own `THREE.Foo` reads elsewhere shake fine; only this one call does not.
 * The app registers what it uses in src/scene/render/threeCatalogue.ts, so the call goes.
 *
 * fiber v9 offers no switch for this: its documented ways out are a hand-written canvas on
 * createRoot (a copy of <Canvas> to keep in step) or @react-three/babel (a Babel pass over the
 * whole app). Removing one line of the published file is smaller than either.
 */
const FIBER_CANVAS = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
export const REGISTER_WHOLE_NAMESPACE = 'React.useMemo(() => extend(THREE), []);';

/**
 * fiber's entry without the whole-namespace registration, or null for any other module. Throws
 * when fiber's entry no longer holds the call as written (a fiber upgrade): failing the build
 * beats shipping all of three.js again unnoticed, or an app that registers nothing twice.
 */
export function withoutNamespaceRegistration(code: string, id: string): string | null {
  if (!FIBER_CANVAS.test(id.split('?')[0] ?? id)) return null;
  if (!code.includes(REGISTER_WHOLE_NAMESPACE)) {
    throw new Error(
      `${id} no longer contains "${REGISTER_WHOLE_NAMESPACE}": check how this fiber version ` +
        'registers three.js and update tools/fiberCatalogue.ts',
    );
  }
  // Same line count, so the file's source map still holds.
  return code.replace(REGISTER_WHOLE_NAMESPACE, '/* see src/scene/render/threeCatalogue.ts */');
}

const transform = (code: string, id: string) => {
  const out = withoutNamespaceRegistration(code, id);
  return out === null ? null : { code: out, map: null };
};

/**
 * The Vite plugin. The build transforms fiber like any module; the dev server pre-bundles it with
 * Rolldown, which runs only the plugins given to `optimizeDeps`, so it goes there too and dev
 * registers exactly what the build does (a missing class fails in dev as it would in production).
 */
export function fiberCatalogue(): Plugin {
  return {
    name: 'soyuz-fiber-catalogue',
    enforce: 'pre',
    config: () => ({
      optimizeDeps: {
        rolldownOptions: { plugins: [{ name: 'soyuz-fiber-catalogue', transform }] },
      },
    }),
    transform,
  };
}

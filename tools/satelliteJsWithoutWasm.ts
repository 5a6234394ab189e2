import type { Plugin } from 'vite';

const OMITTED = '\0satellite.js-wasm-omitted';

/**
 * satellite.js's entry also re-exports its WebAssembly build (bulk propagators with Node-only
 * imports, node:module and node:worker_threads, which the build warns about). The app uses the
 * pure-JavaScript SGP4 only (twoline2satrec, propagate, gstime), so that one re-export resolves to
 * an empty module. Used for the page and for the workers (vite.config.ts `worker.plugins`).
 */
export function satelliteJsWithoutWasm(): Plugin {
  return {
    name: 'soyuz-satellite-js-without-wasm',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './wasm/index.js' || !importer) return null;
      return /[\\/]satellite\.js[\\/]dist[\\/]index\.js$/.test(importer) ? OMITTED : null;
    },
    load: (id) => (id === OMITTED ? 'export {};' : null),
  };
}

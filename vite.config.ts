import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineCache } from './tools/offlineCache.ts';
import { satelliteJsWithoutWasm } from './tools/satelliteJsWithoutWasm.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './tools/contentSecurityPolicy.ts';
import { fiberCatalogue } from './tools/fiberCatalogue.ts';
import { preloadFirstAssets } from './tools/preloadFirstAssets.ts';
import { catalogueCore } from './tools/catalogueCore.ts';
import { startWebglScript } from './tools/startWebglScript.ts';

export default defineConfig({
  // Relative URLs throughout, so dist/ works from the root of a host or from any sub-path.
  base: './',
  plugins: [
    react(),
    satelliteJsWithoutWasm(),
    offlineCache(),
    contentSecurityPolicy(),
    fiberCatalogue(),
    preloadFirstAssets(),
    catalogueCore(),
    startWebglScript(),
  ],
  // The descent worker is a module worker ({ type: 'module' }); it needs the same satellite.js entry.
  worker: { format: 'es', plugins: () => [satelliteJsWithoutWasm()] },
  build: {
    // Large textures stay files (never inlined), so the first JavaScript to arrive is small.
    assetsInlineLimit: 4096,
    // The largest chunk is three.js's WebGL renderer with fiber's reconciler (~530 kB, 143 kB
    // gzip), which nothing can split; any chunk past 600 kB is news. The whole first load is
    // checked by `npm run bench -- bundle` and a browser test (<= 400 kB gzip).
    chunkSizeWarningLimit: 600,
    // A lazy part's import() carries no list of the JavaScript chunks it will import in turn (each
    // list sat in the first load: ~1 kB gzip for the dozen parts). The parts are fetched in idle
    // time after ready, where fetching those chunks one import later costs nothing anyone waits
    // for. Stylesheets stay listed: the preload helper is what adds a lazy chunk's CSS.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'js' ? deps.filter((d) => d.endsWith('.css')) : deps,
    },
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The same policy as the built page's <meta>, plus what only a header can say.
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'` },
  },
});

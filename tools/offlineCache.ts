import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/**
 * The offline cache: dist/sw.js, a Workbox service worker (vite-plugin-pwa, generateSW) that
 * precaches the whole build, so after one visit the app starts and runs every replay with the
 * network cut. src/app/registerServiceWorker.ts registers it once the app is ready and offers a
 * reload when a new build is waiting.
 *
 * Every URL is relative to the worker, and the worker's scope is its own folder, so the same
 * dist/ works from the root of a host or from any sub-path of it.
 */
export function offlineCache(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    scope: './',
    // Registered by hand after ready (src/app/registerServiceWorker.ts), not by an injected script.
    injectRegister: false,
    // A new build waits until the person reloads: a lesson is never reloaded under a teacher.
    registerType: 'prompt',
    // public/manifest.webmanifest is the app's own, with relative URLs.
    manifest: false,
    workbox: {
      mode: 'production',
      // The Workbox runtime goes inside sw.js: no second file, nothing fetched from a CDN.
      inlineWorkboxRuntime: true,
      sourcemap: false,
      // Everything the build emits and public/ holds (index.html, the manifest and icon included),
      // except source maps and .woff fonts (only .woff2 is used; see src/app/fonts.css).
      globPatterns: ['**/*'],
      globIgnores: ['**/*.map', '**/*.woff', 'sw.js'],
      // The full-size Earth texture is 1.5 MB; Workbox's default cap (2 MiB) is near it and a file
      // over the cap is left out with only a warning, so leave room.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Every navigation inside the scope is the one page; its query string is the app's state
      // (mission, time, camera), not another document.
      navigateFallback: 'index.html',
      ignoreURLParametersMatching: [/.*/],
      // Caches of older builds go once the new worker takes over.
      cleanupOutdatedCaches: true,
    },
  });
}

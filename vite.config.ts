import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './tools/precacheServiceWorker.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './tools/contentSecurityPolicy.ts';

export default defineConfig({
  plugins: [react(), precacheServiceWorker(), contentSecurityPolicy()],
  // satellite.js also ships optional WebAssembly workers that use top-level await; they need ES workers.
  worker: { format: 'es' },
  // Large textures stay files (never inlined), so the first JavaScript to arrive is small.
  build: { assetsInlineLimit: 4096, chunkSizeWarningLimit: 1600, sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The same policy as the built page's <meta>, plus what only a header can say.
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'` },
  },
});

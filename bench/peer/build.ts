import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** Where the peer page is served, inside the app's build so both share one origin and server. */
export const PEER_PATH = '/bench-peer/';

/**
 * Build the globe.gl peer page (bench/peer/) into a folder of the served app build. The app's
 * Vite config is not used (configFile: false): its service-worker plugin must not see this page.
 * Returns a function that removes the folder again, leaving the app's build as it was found.
 */
export async function buildPeer(appDist: string): Promise<() => void> {
  const outDir = resolve(appDist, PEER_PATH.slice(1, -1));
  await build({
    configFile: false,
    root: resolve(import.meta.dirname),
    base: PEER_PATH,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // globe.gl and three in one file is over the default warning size; that is expected here.
      chunkSizeWarningLimit: 4096,
    },
  });
  return () => rmSync(outDir, { recursive: true, force: true });
}

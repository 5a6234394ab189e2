import { preview } from 'vite';

/**
 * Serve the built app (dist/, or the folder in SOYUZ_DIST: a second build that a running test
 * is not reading; or the folder given, for a bench that compares two builds) on a free loopback
 * port; for tests, benchmarks and screenshots.
 */
export async function serveDist(
  outDir = process.env.SOYUZ_DIST,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * First-load figures: JS bundle size (raw and gzip), total bytes of the first load, and the time
 * from navigation to ready (median of 5) in headless Chromium on this machine.
 * Run: npm run bench -- load   (needs `npm run build` first)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from '../tools/serveDist';
import { openApp, openBrowser } from '../tests/e2e/browser';

const RUNS = 5;

export async function loadBenchmark(viewport = { width: 1920, height: 1080 }) {
  const assets = 'dist/assets';
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let jsRaw = 0;
  let jsGzip = 0;
  for (const f of js) {
    const buf = readFileSync(join(assets, f));
    jsRaw += buf.length;
    jsGzip += gzipSync(buf, { level: 9 }).length;
  }

  const server = await serveDist();
  const base = server.url;
  const readyMs: number[] = [];
  let firstLoadBytes = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh profile each run: a cold cache, as a first visit.
      const session = await openBrowser(base, viewport);
      let bytes = 0;
      session.page.on('response', (r) => {
        const size = Number(r.headers()['content-length'] ?? 0);
        if (size) bytes += size;
        else {
          const path = new URL(r.url()).pathname;
          try {
            bytes += statSync(join('dist', path === '/' ? 'index.html' : path)).size;
          } catch {
            /* not a file of ours */
          }
        }
      });
      const t0 = performance.now();
      await openApp(session, base, '?rate=0', 'ready');
      readyMs.push(performance.now() - t0);
      firstLoadBytes = bytes;
      await session.close();
    }
  } finally {
    await server.close();
  }
  readyMs.sort((a, b) => a - b);
  return {
    viewport: `${viewport.width}x${viewport.height}`,
    jsFiles: js.length,
    jsKiB: +(jsRaw / 1024).toFixed(1),
    jsGzipKiB: +(jsGzip / 1024).toFixed(1),
    firstLoadMiB: +(firstLoadBytes / 1024 / 1024).toFixed(2),
    readyMedianMs: Math.round(readyMs[Math.floor(RUNS / 2)]!),
    readyRunsMs: readyMs.map(Math.round),
  };
}

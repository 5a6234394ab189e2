import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../tools/serveDist';
import { launchSharedBrowser } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /**
     * The shared browsers' addresses, one per worker: a test file connects to its worker's
     * (browserEndpoint in browser.ts) and opens a fresh context in it.
     */
    browserWsEndpoints: string[];
  }
}

/**
 * Serve the built app (npm test builds it first) on a free loopback port for the browser tests,
 * and start one browser per worker for the files it runs to share (a context per file keeps the
 * files apart).
 */
export default async function setup(project: TestProject) {
  const dist = process.env.SOYUZ_DIST ?? 'dist';
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/ is missing: run \`vite build\` first (npm test does this).`);
  }
  const server = await serveDist();
  // Vitest resolves maxWorkers to 1 where fileParallelism is off.
  const workers = Math.max(1, project.config.maxWorkers);
  const browsers = await Promise.allSettled(
    Array.from({ length: workers }, () => launchSharedBrowser()),
  );
  const started = browsers.flatMap((b) => (b.status === 'fulfilled' ? [b.value] : []));
  const close = async () => {
    await Promise.all(started.map((b) => b.close()));
    await server.close();
  };
  const failed = browsers.find((b) => b.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  project.provide('baseUrl', server.url);
  project.provide(
    'browserWsEndpoints',
    started.map((b) => b.wsEndpoint()),
  );
  return close;
}

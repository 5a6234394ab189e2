import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../tools/serveDist';
import { launchSharedBrowser } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared browser's address: each test file connects and opens a fresh context in it. */
    browserWsEndpoint: string;
  }
}

/**
 * Serve the built app (npm test builds it first) on a free loopback port for the browser tests,
 * and start the one browser they share (a context per file keeps the files apart).
 */
export default async function setup(project: TestProject) {
  const dist = process.env.SOYUZ_DIST ?? 'dist';
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/ is missing: run \`vite build\` first (npm test does this).`);
  }
  const server = await serveDist();
  const browser = await launchSharedBrowser().catch(async (e: unknown) => {
    await server.close();
    throw e;
  });
  project.provide('baseUrl', server.url);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

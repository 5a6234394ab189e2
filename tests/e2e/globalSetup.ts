import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../tools/serveDist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built app (npm test builds it first) on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  const dist = process.env.SOYUZ_DIST ?? 'dist';
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/ is missing: run \`vite build\` first (npm test does this).`);
  }
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return server.close;
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serve the built app (npm test builds it first) on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve('dist/index.html'))) {
    throw new Error('dist/ is missing: run `vite build` first (npm test does this).');
  }
  server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server?.close();
  };
}

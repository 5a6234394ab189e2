import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../tools/contentSecurityPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

export interface SubPathServer {
  /** The app's address, without the trailing slash (openApp appends `/?query`). */
  url: string;
  /** Serve sw.js as a later build would: the same files, a worker that differs by a byte. */
  publishNewWorker(): void;
  close(): Promise<void>;
}

/**
 * The built app on a plain static server, under a sub-path (`/some/path/`) as on a shared host:
 * files as they are, the README's headers (the policy plus frame-ancestors), nothing rewritten.
 */
export async function serveUnderSubPath(dir: string, prefix: string): Promise<SubPathServer> {
  let workerSuffix = '';
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const local = normalize(join(dir, file.slice(prefix.length)));
    if (!path.startsWith(prefix) || !local.startsWith(normalize(dir) + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(local).then(
      (body) => {
        const isWorker = file === `${prefix}sw.js`;
        res.writeHead(200, {
          'Content-Type': TYPES[extname(local)] ?? 'application/octet-stream',
          'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
        });
        res.end(isWorker ? Buffer.concat([body, Buffer.from(workerSuffix)]) : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix.slice(0, -1)}`,
    publishNewWorker: () => {
      workerSuffix += '\n// a later build\n';
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

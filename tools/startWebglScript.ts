import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify, type Plugin } from 'vite';

/** The plain script that starts the scene's WebGL context (see the file). */
export const START_WEBGL_SOURCE = fileURLToPath(
  new URL('../src/boot/startWebgl.js', import.meta.url),
);
/** Its URL, relative to the page: beside index.html, in dist/ or under any sub-path. */
const FILE = 'start-webgl.js';

/**
 * Ships src/boot/startWebgl.js as `start-webgl.js` beside index.html, and loads it from a plain
 * `async` script tag at the end of the head (after the Content-Security-Policy <meta>, which must
 * come first to cover it). Minified at build: its comments are most of its size, and it counts in
 * the first load's 400 kB (609 B gzip instead of 1.1 kB). Not in public/: that is copied as it is.
 */
export function startWebglScript(): Plugin {
  return {
    name: 'soyuz-start-webgl',
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(START_WEBGL_SOURCE));
      });
    },
    async generateBundle() {
      const { code, errors } = await minify(FILE, readFileSync(START_WEBGL_SOURCE, 'utf8'), {
        compress: true,
        mangle: true,
      });
      if (errors.length > 0) this.error(`${FILE}: ${errors.map((e) => e.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: FILE, source: code });
    },
    transformIndexHtml: () => [
      { tag: 'script', attrs: { async: true, src: `./${FILE}` }, injectTo: 'head' },
    ],
  };
}

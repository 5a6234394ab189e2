/**
 * Screenshots of the built app in headless Chromium. With no arguments, `npm run screenshot`
 * makes docs/gallery.md (every event, tools/gallery/). With a query,
 * `npm run screenshot -- query [out.png] [WxH]` saves one picture of that moment.
 * Serves dist/ (or SOYUZ_DIST) on a loopback port and waits for readiness.
 */
import { serveDist } from './serveDist';
import { getState, openApp, openBrowser } from '../tests/e2e/browser';
import { makeGallery } from './gallery/makeGallery';

const args = process.argv.slice(2);
if (args.length === 0) {
  await makeGallery();
  process.exit(0);
}
const [query = '', out = 'docs/screenshot.png', size = '1920x1080'] = args;
const [width, height] = size.split('x').map(Number) as [number, number];

const server = await serveDist();
const base = server.url;
const session = await openBrowser(base, { width, height });
// Pictures for the docs show the full 4K textures a GPU gets, not the software renderer's 2K.
await session.context.addInitScript(() => localStorage.setItem('soyuz.textures', 'full'));
try {
  const t0 = Date.now();
  await openApp(session, base, query);
  const readyMs = Date.now() - t0;
  await session.page.waitForTimeout(300);
  await session.page.screenshot({ path: out });
  console.log(
    JSON.stringify(
      {
        out,
        readyMs,
        state: await getState(session.page),
        errors: session.errors,
        foreign: session.foreignRequests,
      },
      null,
      1,
    ),
  );
} finally {
  await session.close();
  await server.close();
}

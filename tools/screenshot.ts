/**
 * Screenshot the built app in headless Chromium: `npm run screenshot -- [query] [out.png] [WxH]`.
 * Serves dist/ on a loopback port, waits for readiness, saves the PNG.
 */
import { serveDist } from './serveDist';
import { getState, openApp, openBrowser } from '../tests/e2e/browser';

const [query = '', out = 'docs/screenshot.png', size = '1920x1080'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];

const server = await serveDist();
const base = server.url;
const session = await openBrowser(base, { width, height });
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { PublicState } from '../../src/app/stateHook';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The graphics flags: software WebGL (SwiftShader), for machines without a GPU. CHROMIUM_GL_ARGS
 * (flags separated by spaces) replaces them, e.g. on an NVIDIA GPU with no display (also
 * composites on the GPU): `--use-gl=angle --use-angle=gl-egl --ignore-gpu-blocklist`.
 */
const GL_ARGS = process.env.CHROMIUM_GL_ARGS?.split(/\s+/).filter(Boolean) ?? [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** The flags the house rules ask for, plus the graphics flags above. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...GL_ARGS,
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request URL whose origin is not the app's own. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(
  baseUrl: string,
  viewport = { width: 1280, height: 720 },
  extraArgs: string[] = [],
): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'soyuz-replay-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Any Content-Security-Policy violation is an error the session reports (and tests fail on).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    foreignRequests,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Open the app at a query string and wait until it has drawn its first textured frame
 * (`until: 'ready'`) or, by default, until it has also finished loading: the full-size textures
 * replace the small first ones after ready, and on software WebGL each upload holds the
 * renderer for a second, which would stall whatever a test does next. Without WebGL there is
 * nothing to load after ready.
 */
export async function openApp(
  session: Session,
  baseUrl: string,
  query = '',
  until: 'ready' | 'loaded' = 'loaded',
): Promise<void> {
  await session.page.goto(`${baseUrl}/${query}`);
  await session.page.waitForFunction(
    (until) =>
      document.documentElement.dataset.ready === 'true' &&
      (until === 'ready' ||
        !document.querySelector('canvas') ||
        window.soyuzReplay?.getState().texturesFull === true),
    until,
    { timeout: 90_000 },
  );
}

export function getState(page: Page): Promise<PublicState> {
  return page.evaluate(() => window.soyuzReplay!.getState());
}

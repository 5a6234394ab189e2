import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Page,
} from 'playwright-core';
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

/**
 * The window for test files that look at neither pixels nor layout: SwiftShader draws every frame
 * (and the compositor every page update) on the CPU, at a cost that grows with the pixels.
 */
export const SMALL_VIEWPORT = { width: 800, height: 450 };

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request URL whose origin is not the app's own. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Listen on a fresh context and its page for foreign requests, page errors and CSP violations. */
async function watch(
  context: BrowserContext,
  baseUrl: string,
  close: () => Promise<void>,
): Promise<Session> {
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
  return { context, page, foreignRequests, errors, close };
}

/**
 * A browser of its own, with a fresh profile (a new user-data dir, removed on close). For tools,
 * benchmarks, and tests that need flags of their own (`extraArgs`); the test files share one
 * browser instead (openSharedSession).
 */
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
  return watch(context, baseUrl, async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });
}

/**
 * Start a browser for the test files of one worker to share (tests/e2e/globalSetup.ts): headless,
 * with the house flags; Playwright gives it a fresh user-data dir of its own and removes it on
 * close.
 */
export function launchSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The shared browser of the worker this test file runs in (VITEST_POOL_ID counts from 1). */
export function browserEndpoint(endpoints: readonly string[]): string {
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  return endpoints[worker % endpoints.length]!;
}

/** This file's connection to the shared browser, and how many of its sessions are open. */
let shared: { browser: Promise<Browser>; users: number } | undefined;

/**
 * A fresh, isolated context (its own storage, cache, service workers and permissions, as a new
 * profile has) in the browser the test files of a worker share: no browser start per file, and
 * the GPU process keeps its compiled shaders from file to file.
 */
export async function openSharedSession(
  wsEndpoint: string,
  baseUrl: string,
  viewport = { width: 1280, height: 720 },
  /** A phone or tablet: touch events, and the page's meta viewport honoured. */
  device: { hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<Session> {
  shared ??= { browser: chromium.connect(wsEndpoint), users: 0 };
  const mine = shared;
  mine.users++;
  let context: BrowserContext;
  try {
    context = await (await mine.browser).newContext({ viewport, ...device });
  } catch (e) {
    await release(mine);
    throw e;
  }
  return watch(context, baseUrl, async () => {
    try {
      await context.close();
    } finally {
      await release(mine);
    }
  });
}

async function release(mine: NonNullable<typeof shared>): Promise<void> {
  if (--mine.users > 0) return;
  if (shared === mine) shared = undefined;
  // Disconnects this file only; the browser itself runs on until the global teardown.
  await (await mine.browser.catch(() => undefined))?.close();
}

/**
 * Open the app at a query string and wait until it has drawn its first textured frame
 * (`until: 'ready'`), or also until the interface has taken that in and the loading overlay is
 * gone (`'interactive'`), or, by default, until it has also finished loading: the full-size
 * textures replace the small first ones after ready, and on software WebGL each upload holds the
 * renderer for seconds, which would stall whatever a test does next. Without WebGL there is
 * nothing to load after ready.
 *
 * 'interactive' is for tests that only read the state, keys and DOM, with no pixels and no
 * short-timeout polls, and then end or open another link: they do not wait (up to half a minute
 * on a loaded two-core machine) for four 4K uploads that their next navigation throws away.
 */
export async function openApp(
  session: Session,
  baseUrl: string,
  query = '',
  until: 'ready' | 'interactive' | 'loaded' = 'loaded',
): Promise<void> {
  await session.page.goto(`${baseUrl}/${query}`);
  await session.page.waitForFunction(
    (until) =>
      document.documentElement.dataset.ready === 'true' &&
      (until === 'ready' ||
        (until === 'interactive' && !document.querySelector('.loading')) ||
        !document.querySelector('canvas') ||
        window.soyuzReplay?.getState().texturesFull === true),
    until,
    { timeout: 90_000 },
  );
}

export function getState(page: Page): Promise<PublicState> {
  return page.evaluate(() => window.soyuzReplay!.getState());
}

/**
 * Moves the open replay to an instant through the app's embedding API: another moment of the
 * same replay without a page load (each load costs seconds of shader compiling).
 */
export async function seekTo(page: Page, utc: string): Promise<void> {
  await page.evaluate((utc) => window.soyuzReplay!.seek(utc), utc);
}

/**
 * Waits, on a page opened with `until: 'interactive'`, for what a default `openApp` waits for:
 * the full textures in (their uploads stall software WebGL for seconds each).
 */
export async function untilLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('canvas') || window.soyuzReplay?.getState().texturesFull === true,
    undefined,
    { timeout: 90_000 },
  );
}

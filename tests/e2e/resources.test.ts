import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';
import { buildScripts } from '../../tools/firstLoadBytes';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/**
 * Opens a mission through the picker, as a person would, and waits until it has been drawn and
 * the camera has arrived (counting frames from before the click: on a quick machine the switch's
 * frames can all be over by the time the mission shows in the state).
 */
async function pick(id: string): Promise<void> {
  const page = session.page;
  const before = (await getState(page)).frames;
  await page.getByTestId('missions-button').click();
  await page.locator(`[data-mission="${id}"]`).click();
  await expect
    .poll(
      async () => {
        const s = await getState(page);
        return s.mission === id && s.frames > before && !s.cameraFlying;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Installed before the page's own scripts: when the app marks itself ready, on the page's clock. */
function recordReady() {
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.ready !== 'true') return;
    (window as unknown as { readyAt?: number }).readyAt = performance.now();
    observer.disconnect();
    // The document, not its root element: an init script runs before <html> exists.
  }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
}

/**
 * The page's JavaScript: when each file was asked for, and which files index.html loads (its
 * entry and modulepreload links): every other one is a lazy chunk.
 */
async function scripts() {
  return session.page.evaluate(async () => {
    const file = (url: string) => new URL(url, location.href).pathname.split('/').pop()!;
    const html = await (await fetch(location.pathname)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const firstLoad = [...doc.querySelectorAll('script[src], link[rel="modulepreload"]')].map((e) =>
      file(e.getAttribute('src') ?? e.getAttribute('href')!),
    );
    const fetched = performance
      .getEntriesByType('resource')
      .filter((e) => file(e.name).endsWith('.js'))
      .map((e) => ({ file: file(e.name), at: e.startTime }));
    const readyAt = (window as unknown as { readyAt?: number }).readyAt ?? NaN;
    return { firstLoad, fetched, readyAt };
  });
}

/** Installed before the page's own scripts: every canvas a WebGL context is asked of. */
function countContexts() {
  const w = window as unknown as { webglCanvases?: Set<HTMLCanvasElement> };
  const canvases = (w.webglCanvases = new Set());
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    ...args: Parameters<HTMLCanvasElement['getContext']>
  ) {
    if (String(args[0]).startsWith('webgl')) canvases.add(this);
    return getContext.apply(this, args);
  } as typeof getContext;
}

beforeAll(async () => {
  await session.page.addInitScript(recordReady);
  await session.page.addInitScript(countContexts);
  await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&rate=0');
});

describe('lazy chunks', () => {
  // src/common/lazyPart.tsx: what a first view of this link does not show.
  const idleParts = ['WhatIfPanel', 'LabLayer', 'Charts', 'Help', 'NotesBody', 'TrackPanel'];
  idleParts.push('TrackedSatellite', 'LaunchLayer', 'MissionCard');
  it('none is fetched before ready; the parts are fetched after, in idle time', async () => {
    const { firstLoad, readyAt } = await scripts();
    expect(readyAt).toBeGreaterThan(0);
    expect(firstLoad.length).toBeGreaterThan(0);
    const lazy = (f: string) => !firstLoad.includes(f);
    const named = (files: string[], prefix: string) =>
      files.some((f) => f.startsWith(`${prefix}-`) && lazy(f));
    await expect
      .poll(
        async () => {
          const after = (await scripts()).fetched.filter((e) => lazy(e.file)).map((e) => e.file);
          return idleParts.filter((p) => !named(after, p));
        },
        { timeout: 30_000 },
      )
      .toEqual([]);
    const { fetched } = await scripts();
    expect(fetched.filter((e) => lazy(e.file) && e.at < readyAt)).toEqual([]);
    // The catalogue's sources and notes (src/data/catalogueCore.ts) come with the card's chunk.
    const wholeCatalogue = await session.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/missions-[\w-]+\.json$/.test(new URL(e.name).pathname))
        .map((e) => e.startTime),
    );
    expect(wholeCatalogue).toHaveLength(1);
    expect(wholeCatalogue[0]).toBeGreaterThan(readyAt);
    // The welcome greets only a first visit with no link; zod only reads a file or a paste.
    const files = fetched.map((e) => e.file);
    for (const never of ['WelcomeDialog', 'missionFile', 'pastedTle'])
      expect(named(files, never)).toBe(false);
  });
});

describe('the WebGL context', () => {
  it('is the one src/boot/startWebgl.js made while the app downloaded: one, no MSAA on software', async () => {
    const { context } = await getState(session.page);
    expect(context.startedEarly).toBe(true);
    const seen = await session.page.evaluate(() => {
      const canvases = (window as unknown as { webglCanvases: Set<HTMLCanvasElement> })
        .webglCanvases;
      const scene = document.querySelector<HTMLCanvasElement>('.scene canvas')!;
      const gl = scene.getContext('webgl2')!;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return {
        canvases: canvases.size,
        sceneCounted: canvases.has(scene),
        inScene: document.querySelectorAll('.scene canvas').length,
        antialias: gl.getContextAttributes()!.antialias,
        renderer: String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
      };
    });
    // One canvas in the scene, fiber's own replaced by the started one; on a software renderer no
    // other context was made for it (on a GPU the script lets a first one go for an MSAA one).
    expect(seen.inScene).toBe(1);
    expect(seen.sceneCounted).toBe(true);
    const software = /swiftshader|llvmpipe|softpipe|software/i.test(seen.renderer);
    expect(seen.antialias).toBe(!software);
    expect(context.antialias).toBe(!software);
    if (software) expect(seen.canvases).toBe(1);
  });
});

describe('first-load JavaScript', () => {
  it('is at most 400 kB gzip: the entry and its modulepreloads (npm run bench -- bundle)', () => {
    const build = buildScripts(process.env.SOYUZ_DIST ?? 'dist');
    expect(build.firstLoad.length).toBeGreaterThan(1);
    expect(build.later.length).toBeGreaterThan(5);
    expect(build.firstLoadGzip).toBeLessThanOrEqual(400_000);
  });
});

/** The counts are read live; what an unmounted mission gives back goes in an idle callback. */
const gpu = async () => (await getState(session.page)).gpu;

describe('GPU resources across mission switches', () => {
  it('are given back: after a round of missions, geometries and textures are as they were', async () => {
    // Opened in beforeAll, on soyuz-ms-19-landing.
    const page = session.page;
    // Once to settle what the first visit creates lazily (labels, canopies, the plasma sheath, and
    // the close-up globe and fine borders of the launch's opening view over Baikonur).
    for (const id of [
      'soyuz-tma-11-ballistic-landing',
      'soyuz-ms-22-launch',
      'soyuz-ms-19-landing',
    ])
      await pick(id);
    // Settled first: the last mission's leftovers are given back in an idle callback.
    await page.waitForTimeout(2_000);
    const before = await gpu();
    expect(before.geometries).toBeGreaterThan(10);
    expect(before.textures).toBeGreaterThan(2);
    for (const id of [
      'soyuz-tma-18m-landing',
      'soyuz-ms-22-launch',
      'soyuz-tma-11-ballistic-landing',
      'soyuz-ms-24-landing',
      'soyuz-tma-16m-landing',
      'soyuz-ms-19-landing',
    ])
      await pick(id);
    await expect
      .poll(async () => (await gpu()).geometries, { timeout: 10_000 })
      .toBe(before.geometries);
    await expect
      .poll(async () => (await gpu()).textures, { timeout: 10_000 })
      .toBe(before.textures);
  });
});

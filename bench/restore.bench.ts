/**
 * WebGL context restore (issue 6: the scene comes back by itself within 2 s): lose the context
 * with WEBGL_lose_context as a GPU reset would, give it back 200 ms later, and time from
 * restoreContext() to the first frame of the restored scene drawn (its GPU commands done: a
 * pixel of it read back), and to the full textures being back. Median of 5 per view.
 * Run: npm run bench -- restore   (needs a build, or SOYUZ_DIST=<folder>)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { getState, openApp, openBrowser } from '../tests/e2e/browser';
import { serveDist } from '../tools/serveDist';
import { describeMachine, VIEWPORTS, type FramesResult } from './frames.bench';
import { settle } from './replayDriver';
import { withTimeout } from './stepTimeout';
import { stats } from './timing';

const RUNS = 5;
/** The Earth view it opens on, and the close view of the context-loss test (more to draw). */
const VIEWS = {
  earth: '?rate=0',
  iss: '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&rate=0&camera=iss',
} as const;
const STEP_LIMIT_MS = 120_000;

export interface RestoreResult {
  machine: FramesResult['machine'];
  rows: {
    viewport: string;
    view: keyof typeof VIEWS;
    firstFrameMedianMs: number;
    firstFrameRunsMs: number[];
    fullTexturesMedianMs: number;
  }[];
}

/**
 * Runs in the page (a string, so the bundler's helpers do not travel with it): resolves with the
 * milliseconds from restoreContext() to the first restored frame's drawing being done.
 */
const LOSE_AND_RESTORE = `(async () => {
  const canvas = document.querySelector('canvas');
  const gl = canvas.getContext('webgl2');
  const ext = gl.getExtension('WEBGL_lose_context');
  const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
  ext.loseContext();
  await lost;
  await new Promise((r) => setTimeout(r, 200));
  const restored = new Promise((r) =>
    canvas.addEventListener('webglcontextrestored', r, { once: true }),
  );
  const t0 = performance.now();
  ext.restoreContext();
  await restored;
  // A frame can be counted and still draw nothing while three catches up with the restore: wait
  // for draw calls on the restored context, counted on the context object three draws through.
  let draws = 0;
  const pixel = new Uint8Array(4);
  const calls = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'];
  for (const name of calls) {
    const original = gl[name];
    gl[name] = function (...args) {
      draws++;
      return original.apply(this, args);
    };
  }
  await new Promise((resolve) => {
    const look = () => {
      if (draws === 0) return requestAnimationFrame(look);
      for (const name of calls) delete gl[name];
      // The frame's commands are queued for the GPU process; reading a pixel of what it drew
      // waits until they have run, which on a software renderer can be seconds after the
      // frame's JavaScript. (finish() returned sooner than the pixels were there.)
      gl.readPixels(canvas.width >> 1, canvas.height >> 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      resolve();
    };
    requestAnimationFrame(look);
  });
  return performance.now() - t0;
})()`;

async function oneRestore(page: Page): Promise<{ firstFrameMs: number; fullMs: number }> {
  const t0 = Date.now();
  const firstFrameMs = await withTimeout(
    page.evaluate<number>(LOSE_AND_RESTORE),
    STEP_LIMIT_MS,
    'restore',
  );
  const deadline = t0 + STEP_LIMIT_MS;
  while (!(await getState(page)).texturesFull) {
    if (Date.now() > deadline) throw new Error('the full textures did not come back');
    await page.waitForTimeout(100);
  }
  // From the loss's restore call, as firstFrameMs is (the loss itself took ~200 ms before it).
  return { firstFrameMs, fullMs: Date.now() - t0 - 200 };
}

export async function restoreBenchmark(): Promise<RestoreResult> {
  const dist = resolve(process.env.SOYUZ_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`no app build in ${dist}: run \`npm run build\` first (or set SOYUZ_DIST)`);
  const server = await serveDist();
  const rows: RestoreResult['rows'] = [];
  let machine: RestoreResult['machine'] | undefined;
  try {
    for (const viewport of VIEWPORTS) {
      for (const [view, query] of Object.entries(VIEWS) as [keyof typeof VIEWS, string][]) {
        const session = await openBrowser(server.url, viewport);
        try {
          await openApp(session, server.url, query);
          machine ??= await describeMachine(session);
          const opened = await getState(session.page);
          const first: number[] = [];
          const full: number[] = [];
          for (let i = 0; i < RUNS; i++) {
            await settle(session.page);
            const r = await oneRestore(session.page);
            first.push(Math.round(r.firstFrameMs));
            full.push(r.fullMs);
          }
          // The restores must leave the view as it was (the browser test checks the same, once).
          const s = await getState(session.page);
          if (
            s.mission !== opened.mission ||
            s.utcMs !== opened.utcMs ||
            s.camera !== opened.camera
          )
            throw new Error(`${view}: the view changed over the restores (${s.mission} ${s.utc})`);
          rows.push({
            viewport: `${viewport.width}x${viewport.height}`,
            view,
            firstFrameMedianMs: stats('first', first).medianMs,
            firstFrameRunsMs: first,
            fullTexturesMedianMs: stats('full', full).medianMs,
          });
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  return { machine: machine!, rows };
}

export function restoreMarkdown(r: RestoreResult): string {
  const lines = [
    `${r.machine.cpu} (${r.machine.cores} cores), ${r.machine.gpu}, Chromium ${r.machine.chromium}`,
    '',
    '| viewport | view | first frame, median | runs | full textures back, median |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of r.rows)
    lines.push(
      `| ${row.viewport} | ${row.view} | ${row.firstFrameMedianMs} ms | ${row.firstFrameRunsMs.join(', ')} | ${row.fullTexturesMedianMs} ms |`,
    );
  return lines.join('\n');
}

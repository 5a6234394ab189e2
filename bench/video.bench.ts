/**
 * Video export (issue 16): seconds of work per second of video, for a few seconds of the
 * MS-19 descent around module separation at 1280×720 and 1920×1080, 30 fps. Reports the whole
 * export (loading the scene in the export frame included) and the frames alone, which is what a
 * longer video tends to. Run: npm run bench -- video   (needs a build, or SOYUZ_DIST=<folder>)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openApp, openBrowser } from '../tests/e2e/browser';
import { serveDist } from '../tools/serveDist';

const SECONDS = 4;
const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

export interface VideoRow {
  size: string;
  fps: number;
  videoS: number;
  frames: number;
  /** Opening the export frame, loading and warming its scene: before the first frame. */
  loadS: number;
  /** From the first frame to the file. */
  framesS: number;
  workPerVideoS: number;
  framesWorkPerVideoS: number;
  mb: number;
}

/** In the page, as a string so the bundler's helpers do not travel with it. */
const EXPORT = `async ({ from, to, width, height }) => {
  const t0 = performance.now();
  let first = 0;
  let frames = 0;
  const r = await window.soyuzReplay.exportVideo({ from, to, width, height, fps: 30 }, (p) => {
    if (p.done >= 1 && first === 0) first = performance.now();
    frames = p.total;
  });
  const end = performance.now();
  return { loadMs: first - t0, framesMs: end - first, frames, bytes: r.bytes.byteLength, mime: r.mime };
}`;

export async function videoBenchmark(): Promise<VideoRow[]> {
  const dist = resolve(process.env.SOYUZ_DIST ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing`);
  const server = await serveDist();
  const session = await openBrowser(server.url, { width: 800, height: 450 });
  const rows: VideoRow[] = [];
  try {
    await openApp(session, server.url, '?mission=soyuz-ms-19-landing&rate=0&camera=soyuz');
    const events = await session.page.evaluate(() => window.soyuzReplay!.getState().events);
    const sep = events.find((e) => e.type === 'module_separation')!;
    for (const [width, height] of SIZES) {
      const from = sep.utcMs - 1000;
      const r = (await session.page.evaluate(
        `(${EXPORT})(${JSON.stringify({
          from,
          to: from + SECONDS * 1000,
          width,
          height,
        })})`,
      )) as { loadMs: number; framesMs: number; frames: number; bytes: number };
      const loadS = r.loadMs / 1000;
      const framesS = r.framesMs / 1000;
      rows.push({
        size: `${width}×${height}`,
        fps: 30,
        videoS: SECONDS,
        frames: r.frames,
        loadS,
        framesS,
        workPerVideoS: (loadS + framesS) / SECONDS,
        framesWorkPerVideoS: framesS / SECONDS,
        mb: r.bytes / 1e6,
      });
    }
  } finally {
    await session.close();
    await server.close();
  }
  return rows;
}

export function videoMarkdown(rows: readonly VideoRow[]): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    '| size | fps | video s | frames | scene load s | frames s | work s per video s | frames only | MB |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.fps} | ${r.videoS} | ${r.frames} | ${f(r.loadS)} | ${f(r.framesS)} | ` +
        `${f(r.workPerVideoS, 2)} | ${f(r.framesWorkPerVideoS, 2)} | ${f(r.mb, 2)} |`,
    ),
  ].join('\n');
}

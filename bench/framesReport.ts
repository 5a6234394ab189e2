/** The frame benchmark's output: a Markdown table for the README and the raw JSON on disk. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FramesResult } from './frames.bench';

const ms = (x: number) => x.toFixed(1);

export function framesMarkdown(r: FramesResult): string {
  const m = r.machine;
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores · Chromium ${m.chromium} headless · WebGL: ${m.gpu}`,
    '',
    '| viewport | ours median / p95 ms | peer (globe.gl) median / p95 ms | ratio ours/peer (median) | ours pixel ratio | ours drawn/s | peer drawn/s | frames in 5 s paused |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const v of r.viewports) {
    lines.push(
      `| ${v.viewport} | ${ms(v.ours.medianMs)} / ${ms(v.ours.p95Ms)} | ${ms(v.peer.medianMs)} / ${ms(v.peer.p95Ms)} | ${v.ratio.toFixed(2)} | ${v.ours.pixelRatio} | ${v.ours.drawnPerS.toFixed(1)} | ${v.peer.drawnPerS.toFixed(1)} | ${v.pausedFrames} |`,
    );
  }
  lines.push(
    '',
    '| viewport | view (playing at 1x) | median / p95 ms | Earth view median ms | pixel ratio |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const v of r.viewports) {
    for (const c of v.closeUps ?? []) {
      lines.push(
        `| ${v.viewport} | ${c.name} | ${ms(c.medianMs)} / ${ms(c.p95Ms)} | ${ms(v.ours.medianMs)} | ${c.pixelRatio} |`,
      );
    }
  }
  const n = r.viewports.map((v) => `${v.viewport}: ${v.ours.intervals} / ${v.peer.intervals}`);
  lines.push(
    '',
    `Frame time = interval between requestAnimationFrame timestamps over ${r.sampleSeconds} s, ` +
      `replay ${r.appQuery}; intervals sampled, ours / peer: ${n.join(', ')}. ` +
      'Headless Chromium begins frames at 60 Hz, so intervals are multiples of 16.7 ms ' +
      '(16.7 = kept up with every frame). The peer draws at pixel ratio 1; ours lowers its ' +
      'ratio while playing when frames are slow (sampled once it has settled).',
  );
  return lines.join('\n');
}

/** Write the raw results to bench/results/frames-<date>.json; returns the path. */
export function writeFramesJson(r: FramesResult): string {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `frames-${r.date.slice(0, 10)}.json`);
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  return path;
}

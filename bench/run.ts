/**
 * `npm run bench [-- bundle|descent|scrub|load|load-compare|frames|restore|memory|soak|video] [--minutes N]`: runs the
 * benchmarks and prints their figures with the machine they ran on. `bundle`, `load`, `frames`, `restore`,
 * `memory` and `soak` need a build (`npm run build`, or SOYUZ_DIST=<folder>) and Chromium. With no
 * name it runs bundle, descent, scrub, load, frames and restore; memory (10 min), soak (30 min),
 * video (a few minutes of software rendering) and load-compare (two builds in turn, the second in
 * SOYUZ_DIST_B; ~5 min) run only when named. --minutes shortens (or lengthens) memory and soak, e.g. to try them.
 */
import os from 'node:os';
import { bundleReport } from './bundle.bench';
import { benchDescent } from './descent.bench';
import { benchScrub } from './scrub.bench';
import { rowsTable } from './timing';
import { framesBenchmark } from './frames.bench';
import { framesMarkdown, writeFramesJson } from './framesReport';
import { loadBenchmark } from './load.bench';
import { loadComparison } from './loadCompare.bench';
import { memoryBenchmark } from './memory.bench';
import { failures, playMarkdown, writePlayJson, type PlayKind } from './playReport';
import type { PlayRun } from './playSession';
import { soakBenchmark } from './soak.bench';
import { restoreBenchmark, restoreMarkdown } from './restore.bench';
import { videoBenchmark, videoMarkdown } from './video.bench';

const MODES = [
  'bundle',
  'descent',
  'scrub',
  'load',
  'load-compare',
  'frames',
  'restore',
  'memory',
  'soak',
  'video',
];
const DEFAULT_MODES = ['bundle', 'descent', 'scrub', 'load', 'frames', 'restore'];

const args = process.argv.slice(2);
let minutes: number | undefined;
const minutesAt = args.indexOf('--minutes');
if (minutesAt !== -1) {
  minutes = Number(args[minutesAt + 1]);
  if (!(minutes > 0)) {
    console.error(`--minutes needs a positive number, got ${args[minutesAt + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  args.splice(minutesAt, 2);
}
const which = new Set(args.length > 0 ? args : DEFAULT_MODES);
// A typo should say so, not run nothing and look like success.
const unknown = [...which].filter((w) => !MODES.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (choose from ${MODES.join(', ')})`);
  process.exit(2);
}

const cpus = os.cpus();
console.log(
  `node ${process.version} · ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'} · ${os.platform()} ${os.arch()}`,
);

if (which.has('bundle')) console.log(bundleReport());

if (which.has('descent')) console.log(rowsTable(benchDescent()));

if (which.has('scrub')) console.log(rowsTable(benchScrub()));

if (which.has('load')) {
  console.log('first load (headless Chromium, software WebGL):');
  console.log(JSON.stringify(await loadBenchmark(), null, 2));
}

if (which.has('load-compare')) {
  const a = process.env.SOYUZ_DIST ?? 'dist';
  const b = process.env.SOYUZ_DIST_B;
  if (!b) {
    console.error('load-compare needs a second build in SOYUZ_DIST_B (the first is SOYUZ_DIST)');
    process.exit(2);
  }
  console.log('ready, two builds in turn (headless Chromium, software WebGL):');
  console.log(JSON.stringify(await loadComparison(a, b), null, 2));
}

if (which.has('frames')) {
  console.log('frame time, playing at 60x, ours vs globe.gl (headless Chromium):');
  const result = await framesBenchmark();
  console.log(framesMarkdown(result));
  console.log(`raw results: ${writeFramesJson(result)}`);
}

if (which.has('restore')) {
  console.log('WebGL context restore (headless Chromium):');
  console.log(restoreMarkdown(await restoreBenchmark()));
}

if (which.has('video')) {
  console.log('video export, seconds of work per second of video (headless Chromium):');
  console.log(videoMarkdown(await videoBenchmark()));
}

/** Print a memory or soak run, save it, and fail the process on what counts as a failure. */
function reportPlay(kind: PlayKind, run: PlayRun): void {
  console.log(playMarkdown(kind, run));
  console.log(`raw results: ${writePlayJson(kind, run)}`);
  const failed = failures(kind, run);
  if (failed.length > 0) {
    console.error(`${kind} FAILED: ${failed.join('; ')}`);
    process.exitCode = 1;
  }
}

if (which.has('memory')) {
  console.log('memory: heap and GPU resources after playing at 3600x (headless Chromium):');
  reportPlay('memory', await memoryBenchmark(minutes));
}

if (which.has('soak')) {
  console.log('soak: playing at the fastest rate, switching missions (headless Chromium):');
  reportPlay('soak', await soakBenchmark(minutes));
}

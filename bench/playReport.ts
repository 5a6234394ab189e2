/**
 * The memory and soak runs' output: Markdown tables (start against end, and readings over time),
 * what counts as a failure, and the raw JSON on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeapSample } from './heapSampler';
import { HEAP_GOAL_MB } from './memory.bench';
import type { PlayRun } from './playSession';

export type PlayKind = 'memory' | 'soak';

const signed = (x: number, digits = 0) =>
  `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;
const mb = (x: number) => x.toFixed(2);

export function heapGrowthMB(r: PlayRun): number {
  return Math.round((r.end.heapMB - r.start.heapMB) * 100) / 100;
}

/**
 * Geometries on the GPU beyond all those in the scene graph: ones that left the scene without
 * being disposed, a leak for certain (at least this many). Null without the scene watch.
 */
export function offSceneGeometries(s: HeapSample): number | null {
  return s.sceneGeometries === null ? null : Math.max(0, s.geometries - s.sceneGeometries);
}

/** Geometries and textures as they were at the start: everything made since was disposed. */
export function gpuBack(r: PlayRun): boolean {
  return r.end.geometries === r.start.geometries && r.end.textures === r.start.textures;
}

/**
 * Why the run fails (exit 1): a request to another host (the app must work offline) always;
 * for a soak also any error, since "no errors" is what a soak is for. The heap and GPU counts are
 * figures against goals, reported, not failed on: a first long run is what sets them.
 */
export function failures(kind: PlayKind, r: PlayRun): string[] {
  const out: string[] = [];
  if (r.foreignRequests.length > 0)
    out.push(`requests to other hosts: ${r.foreignRequests.slice(0, 5).join(', ')}`);
  if (kind === 'soak' && r.errors.length > 0) out.push(`${r.errors.length} page errors`);
  return out;
}

const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function startEndTable(r: PlayRun): string[] {
  const row = (name: string, key: 'geometries' | 'textures' | 'programs', goal: string) =>
    `| ${name} | ${r.start[key]} | ${r.end[key]} | ${signed(r.end[key] - r.start[key])} | ${goal} |`;
  const growth = heapGrowthMB(r);
  return [
    '| | start | end | change | goal |',
    '| --- | --- | --- | --- | --- |',
    `| JS heap after GC, MB | ${mb(r.start.heapMB)} | ${mb(r.end.heapMB)} | ${signed(growth, 2)} | < ${HEAP_GOAL_MB} MB: ${yes(growth < HEAP_GOAL_MB)} |`,
    `| array buffers, MB | ${mb(r.start.backingMB)} | ${mb(r.end.backingMB)} | ${signed(r.end.backingMB - r.start.backingMB, 2)} | |`,
    row(
      'geometries',
      'geometries',
      `back to start: ${yes(r.end.geometries === r.start.geometries)}`,
    ),
    `| geometries in the scene graph, shown or hidden | ${r.start.sceneGeometries ?? '?'} | ${r.end.sceneGeometries ?? '?'} | | |`,
    `| geometries off the scene, not disposed (leaked) | ${offSceneGeometries(r.start) ?? '?'} | ${offSceneGeometries(r.end) ?? '?'} | | 0: ${yes(offSceneGeometries(r.end) === 0)} |`,
    row('textures', 'textures', `back to start: ${yes(r.end.textures === r.start.textures)}`),
    row('shader programs', 'programs', ''),
    ...(r.opened && r.opened !== r.start
      ? [
          `| JS heap from just after opening (before the warm-up's one-time loading), MB | ${mb(r.opened.heapMB)} | ${mb(r.end.heapMB)} | ${signed(r.end.heapMB - r.opened.heapMB, 2)} | |`,
          `| textures from just after opening | ${r.opened.textures} | ${r.end.textures} | ${signed(r.end.textures - r.opened.textures)} | |`,
        ]
      : []),
  ];
}

function overTimeTable(samples: HeapSample[]): string[] {
  const lines = [
    '| minute | heap MB | geometries (in scene graph) | textures | programs | frames | mission |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of samples) {
    lines.push(
      `| ${(s.atS / 60).toFixed(1)} | ${mb(s.heapMB)} | ${s.geometries} (${s.sceneGeometries ?? '?'}) | ${s.textures} | ${s.programs} | ${s.frames} | ${s.mission} |`,
    );
  }
  return lines;
}

export function playMarkdown(kind: PlayKind, r: PlayRun): string {
  const m = r.machine;
  const frames = r.end.frames - r.start.frames;
  const kinds = Object.entries(r.scrubKinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const errors = r.errors.length === 0 ? '0' : `**${r.errors.length}**`;
  return [
    `${kind}: ${r.plan.minutes} min at ${r.rate}x, ${r.viewport}, opening ${r.startQuery}`,
    `Machine: ${m.cpu}, ${m.cores} cores · Chromium ${m.chromium} headless · WebGL: ${m.gpu}`,
    '',
    ...startEndTable(r),
    '',
    `Frames drawn: ${frames} in ${r.elapsedS} s (${(frames / r.elapsedS).toFixed(1)}/s) · ` +
      `errors: ${errors} · requests to other hosts: ${r.foreignRequests.length} · ` +
      `${r.switches.length} mission switches, ${Object.values(r.scrubKinds).reduce((a, b) => a + b, 0)} scrubs ` +
      `(${kinds}), play pressed again ${r.restarts} times after a replay ended`,
    ...(r.errors.length > 0
      ? ['', 'First errors:', ...r.errors.slice(0, 5).map((e) => `- ${e}`)]
      : []),
    '',
    `Readings while playing (after a forced GC), every ${r.plan.sampleEveryS} s:`,
    '',
    ...overTimeTable([r.start, ...r.samples]),
    '',
    'While playing, the GPU count is from the last frame drawn and unmounted objects are disposed ' +
      'in an idle callback, so it can differ from the scene graph for a moment; the settled start ' +
      'and end readings are the ones to compare.',
  ].join('\n');
}

/** Write the raw results to bench/results/<kind>-<date>.json; returns the path. */
export function writePlayJson(kind: PlayKind, r: PlayRun): string {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${kind}-${r.date.slice(0, 10)}.json`);
  writeFileSync(
    path,
    `${JSON.stringify({ kind, heapGrowthMB: heapGrowthMB(r), gpuBack: gpuBack(r), ...r }, null, 2)}\n`,
  );
  return path;
}

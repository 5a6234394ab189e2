/**
 * One reading of what the page holds: the JS heap after a forced garbage collection, and
 * three.js's GPU resource counts from the app's state hook. Memory and soak both take these.
 */
import type { CDPSession, Page } from 'playwright-core';
import { getState } from '../tests/e2e/browser';
import { sceneGeometries } from './sceneWatch';
import { withTimeout } from './stepTimeout';

export interface HeapSample {
  /** Seconds since the timed run began (negative or 0 for the reading before it). */
  atS: number;
  /** Used JS heap of the page's main thread after GC, MB (10^6 bytes). */
  heapMB: number;
  /** Array buffers and external strings (typed arrays for geometry live here), MB. */
  backingMB: number;
  geometries: number;
  /** Geometries in the scene graph, shown or hidden (see sceneWatch.ts); null without the watch. */
  sceneGeometries: number | null;
  textures: number;
  programs: number;
  /** Frames drawn since the page opened. */
  frames: number;
  mission: string;
  utcMs: number;
}

const MB = 1e6;
const round2 = (x: number) => Math.round(x * 100) / 100;
const SAMPLE_LIMIT_MS = 30_000;

/**
 * Collect garbage twice (the second pass frees what the first only finalized, e.g. objects held
 * by FinalizationRegistry or weak maps), then read the heap: without a forced GC the figure
 * mostly says when V8 last chose to collect, not what the page keeps.
 */
export async function sampleHeap(page: Page, cdp: CDPSession, atS: number): Promise<HeapSample> {
  return withTimeout(
    (async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const s = await getState(page);
      const inScene = await sceneGeometries(page);
      return {
        atS: Math.round(atS),
        heapMB: round2(heap.usedSize / MB),
        backingMB: round2((heap.backingStorageSize ?? 0) / MB),
        ...s.gpu,
        sceneGeometries: inScene,
        frames: s.frames,
        mission: s.mission,
        utcMs: s.utcMs,
      };
    })(),
    SAMPLE_LIMIT_MS,
    'heap sample',
  );
}

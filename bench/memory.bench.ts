/**
 * Memory benchmark: the JS heap and three.js's GPU resource counts before and after 10 minutes
 * of playing at 3600x with 500 scrubs and 50 mission switches (issue 6: heap growth under 5 MB,
 * geometries and textures back to their start values).
 * Run: npm run bench -- memory [--minutes N]   (needs a build, or SOYUZ_DIST=<folder>)
 */
import { playSession, type PlayPlan, type PlayRun } from './playSession';

export const HEAP_GOAL_MB = 5;

/** 50 scrubs and 5 switches a minute: the 500 and 50 over its 10 minutes. */
export function memoryPlan(minutes = 10): PlayPlan {
  return {
    minutes,
    scrubs: Math.round(50 * minutes),
    switches: Math.max(1, Math.round(5 * minutes)),
    sampleEveryS: 60,
    viewport: { width: 1280, height: 720 },
    // The app loads its parts and the whole catalogue after ready, and builds some of a mission's
    // layers on first use: a minute of the same play first, so the 10 minutes measure what playing
    // keeps adding (the growth from the first reading is reported too).
    warmupMinutes: 1,
  };
}

export function memoryBenchmark(minutes?: number): Promise<PlayRun> {
  return playSession(memoryPlan(minutes));
}

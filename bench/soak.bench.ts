/**
 * Soak: 30 minutes at the fastest rate, a mission switch about every minute and scrubs between,
 * with the heap and GPU counts read every 30 s (issue 6: no errors; heap over time).
 * Run: npm run bench -- soak [--minutes N]   (needs a build, or SOYUZ_DIST=<folder>)
 */
import { playSession, type PlayPlan, type PlayRun } from './playSession';

/** One switch and 20 scrubs a minute: steady use rather than the memory run's burst. */
export function soakPlan(minutes = 30): PlayPlan {
  return {
    minutes,
    scrubs: Math.round(20 * minutes),
    switches: Math.max(1, Math.round(minutes)),
    sampleEveryS: 30,
    viewport: { width: 1280, height: 720 },
  };
}

export function soakBenchmark(minutes?: number): Promise<PlayRun> {
  return playSession(soakPlan(minutes));
}

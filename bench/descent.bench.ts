/**
 * Descent benchmark: how long one full descent (burn → touchdown) takes, the figure that decides
 * whether the app can re-simulate while a slider is dragged (target: median < 20 ms in Node).
 * A result, not a pass/fail test.
 */
import { findMission } from '../src/data/catalog';
import { nearestTle } from '../src/data/issTles';
import {
  newTrajectoryPoint,
  sampleAt,
  simulateDescent,
  type DescentMode,
} from '../src/physics/descent/index';
import { parseUtc } from '../src/physics/time';
import { stats, timeIt, type BenchRow } from './timing';

export function benchDescent(runs = 60, warmup = 10): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const id of ['soyuz-ms-19-landing', 'soyuz-tma-18m-landing']) {
    const m = findMission(id)!;
    const burnMs = parseUtc(m.timeline.find((e) => e.event === 'deorbit_burn_start')!.time_utc!);
    const tle = nearestTle(burnMs)!;
    const l = m.landing!;
    const target = l.lat !== null && l.lon !== null ? { lat: l.lat, lon: l.lon } : l.estimate!;
    for (const mode of ['guided', 'ballistic'] as DescentMode[]) {
      const fn = () =>
        simulateDescent({ tle, burnMs, mode, target: { lat: target.lat, lon: target.lon } });
      rows.push(stats(`${m.mission} ${mode} descent`, timeIt(fn, runs, warmup)));
    }
  }
  // Per-frame lookup: 10,000 sampleAt calls over a whole trajectory.
  const m = findMission('soyuz-ms-19-landing')!;
  const burnMs = parseUtc(m.timeline.find((e) => e.event === 'deorbit_burn_start')!.time_utc!);
  const r = simulateDescent({ tle: nearestTle(burnMs)!, burnMs });
  const out = newTrajectoryPoint();
  const t0 = r.samples.t[0]!;
  const span = r.samples.t[r.samples.length - 1]! - t0;
  const fn = () => {
    for (let k = 0; k < 10_000; k++) sampleAt(r.samples, t0 + (span * k) / 10_000, out);
  };
  rows.push(stats('10,000 × sampleAt', timeIt(fn, runs, warmup)));
  return rows;
}

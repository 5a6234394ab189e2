import { bracket } from '../../physics/descent/trajectory';
import { seriesLabel, seriesValueText, type ChartSeries } from './chartSeries';

/** A series' value at an instant, linear between its samples and held at its ends. */
export function seriesValueAt(s: ChartSeries, ms: number): number {
  const { t, v } = s;
  const n = t.length;
  if (n === 0) return NaN;
  if (ms <= t[0]!) return v[0]!;
  if (ms >= t[n - 1]!) return v[n - 1]!;
  const lo = bracket(t, n, ms);
  const hi = lo + 1;
  const f = (ms - t[lo]!) / (t[hi]! - t[lo]! || 1);
  return v[lo]! + f * (v[hi]! - v[lo]!);
}

/** "Altitude 120 km, Speed 7.4 km/s, g-load 0.3 g": what the charts' cursor reads. */
export function cursorReading(series: readonly ChartSeries[], ms: number): string {
  return series
    .map((s) => `${seriesLabel(s)} ${seriesValueText(s, seriesValueAt(s, ms))}`)
    .join(', ');
}

import { describe, expect, it } from 'vitest';
import { cursorReading, seriesValueAt } from '../../../../src/ui/charts/chartCursor';
import type { ChartSeries } from '../../../../src/ui/charts/chartSeries';

const series = (
  key: ChartSeries['key'],
  label: string,
  unit: string,
  v: number[],
): ChartSeries => ({
  key,
  label,
  unit,
  t: Float64Array.from([0, 1000, 3000]),
  v: Float64Array.from(v),
  max: Math.max(...v),
});

describe('charts cursor reading', () => {
  it('interpolates between samples and holds the ends', () => {
    const s = series('altKm', 'Altitude', 'km', [100, 80, 0]);
    expect(seriesValueAt(s, -5)).toBe(100);
    expect(seriesValueAt(s, 500)).toBe(90);
    expect(seriesValueAt(s, 2000)).toBe(40);
    expect(seriesValueAt(s, 9000)).toBe(0);
  });

  it('reads every chart at the instant, altitude in whole km', () => {
    const all = [
      series('altKm', 'Altitude', 'km', [100, 80, 0]),
      series('g', 'g-load', 'g', [0, 4.2, 1]),
    ];
    expect(cursorReading(all, 1000)).toBe('Altitude 80 km, g-load 4.2 g');
  });
});

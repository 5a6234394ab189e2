import { t } from '../../i18n';
import type { DescentResult, TrajectoryTable } from '../../physics/descent';
import { formatUnit } from '../../i18n/format';

export interface ChartSeries {
  key: 'altKm' | 'airspeed' | 'g';
  label: string;
  unit: string;
  /** Sample times (epoch ms) and values, thinned for drawing. */
  t: Float64Array;
  v: Float64Array;
  max: number;
}

const SPECS: ReadonlyArray<Pick<ChartSeries, 'key' | 'label' | 'unit'>> = [
  { key: 'altKm', label: 'Altitude', unit: 'km' },
  { key: 'airspeed', label: 'Speed', unit: 'km/s' },
  { key: 'g', label: 'g-load', unit: 'g' },
];

/** How each chart's figures are written: the catalogue's unit and the decimals shown. */
const FIGURES: Record<ChartSeries['key'], ['km' | 'kms' | 'g', number]> = {
  altKm: ['km', 0],
  airspeed: ['kms', 1],
  g: ['g', 1],
};

/** A chart's name in the current language ("Altitude", "Высота"). */
export function seriesLabel(s: Pick<ChartSeries, 'key'>): string {
  return t(`charts.${s.key}`);
}

/** A chart's value with its unit, in the current language ("80 km", "4,2 g"). */
export function seriesValueText(s: Pick<ChartSeries, 'key'>, value: number): string {
  const [unit, digits] = FIGURES[s.key];
  return formatUnit(unit, value, digits);
}

/**
 * The descent's altitude, speed and g-load from burn to touchdown, thinned to at most `points`
 * samples by keeping each bucket's extreme, so the peak g survives the thinning.
 */
export function chartSeries(descent: DescentResult, points = 400): ChartSeries[] {
  const s: TrajectoryTable = descent.samples;
  const n = s.length;
  const step = Math.max(1, Math.ceil(n / points));
  const m = Math.ceil(n / step);
  return SPECS.map((spec) => {
    const col = s[spec.key];
    const t = new Float64Array(m);
    const v = new Float64Array(m);
    let max = 0;
    for (let b = 0; b < m; b++) {
      let best = b * step;
      for (let i = b * step; i < Math.min(n, (b + 1) * step); i++) {
        if (col[i]! > col[best]!) best = i;
      }
      t[b] = s.t[best]!;
      v[b] = col[best]!;
      max = Math.max(max, v[b]!);
    }
    return { ...spec, t, v, max };
  });
}

import { useMemo } from 'react';
import type { DescentResult } from '../../physics/descent';
import type { ClockEvent } from '../../clock/events';
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { chartSeries, seriesLabel, seriesValueText, type ChartSeries } from '../charts/chartSeries';
import { labelRows, linePoints, minuteTicks, xOf, yOf, type Plot } from './chartGeometry';

const W = 640;
const H = 150;
/** Rows of event numbers above the plot, and each row's height. */
const ROWS = 3;
const ROW_H = 12;

/** One chart: the line, its scale at 0, half and the maximum, minutes from the burn, event numbers. */
function Chart({ s, plot, marks }: { s: ChartSeries; plot: Plot; marks: [number, number][] }) {
  const bottom = plot.y + plot.h;
  const rows = labelRows(
    marks.map(([, ms]) => xOf(plot, ms)),
    14,
    ROWS,
  );
  return (
    <figure className="worksheet__chart" data-chart={s.key}>
      <figcaption>{seriesLabel(s)}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={seriesLabel(s)}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line
              className="grid"
              x1={plot.x}
              x2={plot.x + plot.w}
              y1={yOf(plot, f * s.max)}
              y2={yOf(plot, f * s.max)}
            />
            <text className="y" x={plot.x - 6} y={yOf(plot, f * s.max) + 4}>
              {seriesValueText(s, f * s.max)}
            </text>
          </g>
        ))}
        {minuteTicks(plot.t0, plot.t1).map((m) => (
          <text key={m} className="x" x={xOf(plot, plot.t0 + m * 60_000)} y={bottom + 16}>
            {formatNumber(m)}
          </text>
        ))}
        {marks.map(([n, ms], i) => (
          <g key={n} className="mark">
            <line x1={xOf(plot, ms)} x2={xOf(plot, ms)} y1={plot.y} y2={bottom} />
            <text x={xOf(plot, ms)} y={plot.y - 4 - rows[i]! * ROW_H}>
              {n}
            </text>
          </g>
        ))}
        <polyline className="line" points={linePoints(plot, s.t, s.v)} />
      </svg>
    </figure>
  );
}

/**
 * Altitude, speed and g-load from the deorbit burn to touchdown, the same series as the screen's
 * charts, drawn as SVG so they print sharp; each event inside the span is marked with its number
 * in the events table.
 */
export function WorksheetCharts({
  descent,
  events,
}: {
  descent: DescentResult;
  events: readonly ClockEvent[];
}) {
  const series = useMemo(() => chartSeries(descent), [descent]);
  const t0 = descent.burnMs;
  const t1 = descent.touchdown.ms;
  const marks = events
    .map((e, i): [number, number] => [i + 1, e.utcMs])
    .filter(([, ms]) => ms >= t0 && ms <= t1);
  return (
    <section className="worksheet__charts">
      <h2>{t('charts.label')}</h2>
      {series.map((s) => (
        <Chart
          key={s.key}
          s={s}
          marks={marks}
          plot={{
            x: 78,
            y: 8 + ROWS * ROW_H,
            w: W - 90,
            h: H - 28 - ROWS * ROW_H,
            t0,
            t1,
            top: s.max,
          }}
        />
      ))}
      <p className="worksheet__note">{t('worksheet.minutes')}</p>
    </section>
  );
}

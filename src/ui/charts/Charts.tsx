import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { DescentResult } from '../../physics/descent';
import type { Clock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { t, useLang } from '../../i18n';
import { chartSeries, seriesLabel, seriesValueText, type ChartSeries } from './chartSeries';
import { cursorReading } from './chartCursor';
import { formatUtcClock } from '../../i18n/format';
import { useClockText } from '../timeline/useClockText';

const WIDTH = 420;
const HEIGHT = 74;

function draw(canvas: HTMLCanvasElement, series: ChartSeries, t0: number, t1: number) {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = WIDTH * dpr;
  canvas.height = HEIGHT * dpr;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(dpr, dpr);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  ctx.strokeStyle = 'rgba(255,255,255,0.15)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, HEIGHT - 0.5);
  ctx.lineTo(WIDTH, HEIGHT - 0.5);
  ctx.stroke();
  ctx.strokeStyle = '#5fd4ff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = 0; i < series.t.length; i++) {
    const x = ((series.t[i]! - t0) / (t1 - t0)) * WIDTH;
    const y = HEIGHT - 4 - (series.v[i]! / (series.max || 1)) * (HEIGHT - 10);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}

/**
 * Altitude, speed and g-load over the whole descent, with a cursor that is the clock: dragging
 * on a chart scrubs the scene. The cursor moves by DOM writes, not React renders.
 */
export function Charts({ descent }: { descent: DescentResult }) {
  const clock = useClockStore();
  useLang();
  const series = useMemo(() => chartSeries(descent), [descent]);
  const t0 = descent.burnMs;
  const t1 = descent.touchdown.ms;
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    series.forEach((s, i) => {
      const c = canvases.current[i];
      if (c) draw(c, s, t0, t1);
    });
  }, [series, t0, t1]);

  useClockText(
    clock,
    root,
    useCallback(
      (s: Clock, el: HTMLElement) => {
        const f = (s.utcMs - t0) / (t1 - t0);
        el.style.setProperty('--cursor', `${(Math.min(1, Math.max(0, f)) * 100).toFixed(2)}%`);
        el.dataset.outside = f < 0 || f > 1 ? 'true' : 'false';
        el.setAttribute('aria-valuenow', String(Math.round(s.utcMs / 1000)));
        const time = t('units.utc', { time: formatUtcClock(s.utcMs) });
        el.setAttribute(
          'aria-valuetext',
          f < 0 || f > 1 ? time : `${time}: ${cursorReading(series, s.utcMs)}`,
        );
      },
      [t0, t1, series],
    ),
  );

  const seek = (e: PointerEvent<HTMLElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
    clock.getState().seek(t0 + f * (t1 - t0));
  };

  // From the keyboard the charts are a slider over the descent that reads out the figures at
  // its cursor; it takes its own arrow keys so they do not also reach the page-wide shortcuts.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const s = clock.getState();
    const step = e.shiftKey ? 60_000 : 10_000;
    const at = Math.min(t1, Math.max(t0, s.utcMs));
    const to: Record<string, number> = {
      ArrowLeft: at - step,
      ArrowDown: at - step,
      ArrowRight: at + step,
      ArrowUp: at + step,
      Home: t0,
      End: t1,
    };
    const ms = to[e.key];
    if (ms === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    s.seek(Math.min(t1, Math.max(t0, ms)));
  };

  return (
    <div
      ref={root}
      className="panel charts"
      role="slider"
      tabIndex={0}
      aria-label={t('charts.label')}
      aria-valuemin={Math.round(t0 / 1000)}
      aria-valuemax={Math.round(t1 / 1000)}
      onKeyDown={onKeyDown}
      data-testid="charts"
    >
      {series.map((s, i) => (
        <figure
          key={s.key}
          className="chart"
          onPointerDown={(e) => {
            dragging.current = true;
            e.currentTarget.setPointerCapture(e.pointerId);
            seek(e);
          }}
          onPointerMove={(e) => dragging.current && seek(e)}
          onPointerUp={() => (dragging.current = false)}
          data-chart={s.key}
        >
          <figcaption>
            {seriesLabel(s)}{' '}
            <span className="small">{t('charts.max', { value: seriesValueText(s, s.max) })}</span>
          </figcaption>
          <canvas
            ref={(c) => {
              canvases.current[i] = c;
            }}
            style={{ width: '100%', height: HEIGHT }}
            aria-label={t('charts.canvas', { series: seriesLabel(s) })}
            role="img"
          />
          <div className="chart__cursor" />
        </figure>
      ))}
    </div>
  );
}

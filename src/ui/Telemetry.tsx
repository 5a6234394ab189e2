import { useCallback, useRef } from 'react';
import type { Clock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { telemetryText } from './telemetryFields';
import { useClockText } from './useClockText';

const ROWS: ReadonlyArray<[key: string, label: string, only?: 'capsule' | 'iss' | 'none']> = [
  ['note', 'Note', 'none'],
  ['phase', 'Phase'],
  ['alt', 'Altitude'],
  ['speed', 'Speed'],
  ['vspeed', 'Vertical speed', 'capsule'],
  ['g', 'g-load', 'capsule'],
  ['q', 'Dynamic pressure', 'capsule'],
  ['pos', 'Over'],
  ['site', 'To landing site', 'capsule'],
  ['ttd', 'To touchdown', 'capsule'],
  ['tle', 'TLE epoch', 'iss'],
];

const CLOCKS: ReadonlyArray<[key: string, label: string]> = [
  ['utc', 'UTC'],
  ['msk', 'Moscow'],
  ['kz', 'Kazakhstan'],
  ['met', 'Since undocking'],
  ['sun', 'Sun at landing site'],
];

/**
 * Telemetry of the Soyuz during a replay (the ISS otherwise), and the clocks. Written straight
 * to the DOM at about 10 Hz from the clock; React renders the table once.
 */
export function Telemetry() {
  const clock = useClockStore();
  const root = useRef<HTMLElement>(null);
  const render = useCallback((s: Clock, el: HTMLElement) => {
    const t = telemetryText(s);
    el.dataset.subject = t.subject;
    const title = el.querySelector('[data-title]');
    if (title) title.textContent = t.subject === 'capsule' ? 'Soyuz descent module' : 'ISS';
    for (const node of el.querySelectorAll<HTMLElement>('[data-field]')) {
      const key = node.dataset.field!;
      const only = node.dataset.only;
      const row = node.closest('div');
      if (row) row.hidden = only !== undefined && only !== t.subject;
      node.textContent = t.fields[key] ?? '—';
    }
  }, []);
  useClockText(clock, root, render);
  return (
    <section ref={root} className="panel telemetry" aria-label="Telemetry">
      <h2>
        <span data-title>ISS</span>{' '}
        <span
          className="badge"
          title="Computed by the physics from real element sets, not flight data"
        >
          modelled
        </span>
      </h2>
      <dl>
        {ROWS.map(([key, label, only]) => (
          <div key={key} className="telemetry__row">
            <dt>{label}</dt>
            <dd data-field={key} data-only={only} />
          </div>
        ))}
      </dl>
      <dl className="telemetry__clocks">
        {CLOCKS.map(([key, label]) => (
          <div key={key} className="telemetry__row">
            <dt>{label}</dt>
            <dd data-field={key} />
          </div>
        ))}
      </dl>
    </section>
  );
}

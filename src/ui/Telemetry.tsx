import { useCallback, useRef } from 'react';
import type { Clock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { telemetryText, type TelemetryText } from './telemetryFields';
import { useClockText } from './useClockText';

type Subject = TelemetryText['subject'];

/** Rows, each shown for the subjects listed (all when none are). */
const ROWS: ReadonlyArray<[key: string, label: string, only?: readonly Subject[]]> = [
  ['note', 'Note', ['none']],
  ['phase', 'Phase'],
  ['alt', 'Altitude'],
  ['speed', 'Speed'],
  ['vspeed', 'Vertical speed', ['capsule', 'ascent']],
  ['g', 'g-load', ['capsule']],
  ['q', 'Dynamic pressure', ['capsule']],
  ['pos', 'Over'],
  ['site', 'To landing site', ['capsule']],
  ['ttd', 'To touchdown', ['capsule']],
  ['tti', 'To orbit insertion', ['ascent']],
  ['ttdock', 'To docking', ['ascent']],
  ['tle', 'TLE epoch', ['iss']],
];

const TITLES: Record<Subject, string> = {
  capsule: 'Soyuz descent module',
  ascent: 'Soyuz launch',
  iss: 'ISS',
  none: 'ISS',
};

/** The ascent is a smooth path through milestones, not a simulation: it says so. */
const BADGES: Record<Subject, [text: string, title: string]> = {
  capsule: ['modelled', 'Computed by the physics from real element sets, not flight data'],
  ascent: [
    'approximate',
    'A smooth path through the sourced times and the nominal Soyuz-2.1a profile, not flight data or a rocket simulation',
  ],
  iss: ['modelled', 'Computed by the physics from real element sets, not flight data'],
  none: ['modelled', 'Computed by the physics from real element sets, not flight data'],
};

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
    if (title) title.textContent = TITLES[t.subject];
    const badge = el.querySelector<HTMLElement>('[data-badge]');
    if (badge) [badge.textContent, badge.title] = BADGES[t.subject];
    for (const node of el.querySelectorAll<HTMLElement>('[data-field]')) {
      const key = node.dataset.field!;
      const only = node.dataset.only;
      const row = node.closest('div');
      if (row) row.hidden = only !== undefined && !only.split(' ').includes(t.subject);
      const label = row?.querySelector('dt');
      if (label) label.textContent = t.labels[key] ?? label.dataset.default ?? '';
      node.textContent = t.fields[key] ?? '—';
    }
  }, []);
  useClockText(clock, root, render);
  return (
    <section ref={root} className="panel telemetry" aria-label="Telemetry">
      <h2>
        <span data-title>ISS</span>{' '}
        <span className="badge" data-badge title={BADGES.iss[1]}>
          {BADGES.iss[0]}
        </span>
      </h2>
      <dl>
        {ROWS.map(([key, label, only]) => (
          <div key={key} className="telemetry__row">
            <dt data-default={label}>{label}</dt>
            <dd data-field={key} data-only={only?.join(' ')} />
          </div>
        ))}
      </dl>
      <dl className="telemetry__clocks">
        {CLOCKS.map(([key, label]) => (
          <div key={key} className="telemetry__row">
            <dt data-default={label}>{label}</dt>
            <dd data-field={key} />
          </div>
        ))}
      </dl>
    </section>
  );
}

import { layout, useLayout } from '../layout/layoutStore';
import { useCallback, useRef } from 'react';
import { t, useLang, type Key } from '../../i18n';
import type { Clock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { telemetryText, type TelemetryText } from './telemetryFields';
import { useClockText } from '../timeline/useClockText';
import './telemetry.css';

type Subject = TelemetryText['subject'];

/** Rows, each shown for the subjects listed (all when none are). */
const ROWS: ReadonlyArray<[key: string, label: Key, only?: readonly Subject[]]> = [
  ['note', 'telemetry.note', ['none']],
  ['phase', 'telemetry.phase'],
  ['alt', 'telemetry.alt'],
  ['speed', 'telemetry.speed'],
  ['vspeed', 'telemetry.vspeed', ['capsule', 'ascent']],
  ['g', 'telemetry.g', ['capsule']],
  ['q', 'telemetry.q', ['capsule']],
  ['pos', 'telemetry.pos'],
  ['site', 'telemetry.site', ['capsule']],
  ['ttd', 'telemetry.ttd', ['capsule']],
  ['tti', 'telemetry.tti', ['ascent']],
  ['ttdock', 'telemetry.ttdock', ['ascent']],
  ['tle', 'telemetry.tle', ['iss']],
];

const TITLES: Record<Subject, Key> = {
  capsule: 'telemetry.titleCapsule',
  ascent: 'telemetry.titleAscent',
  iss: 'telemetry.titleIss',
  none: 'telemetry.titleIss',
};

/** The ascent is a smooth path through milestones, not a simulation: it says so. */
const BADGES: Record<Subject, [text: Key, title: Key]> = {
  capsule: ['telemetry.modelled', 'telemetry.modelledTitle'],
  ascent: ['telemetry.approximate', 'telemetry.approximateTitle'],
  iss: ['telemetry.modelled', 'telemetry.modelledTitle'],
  none: ['telemetry.modelled', 'telemetry.modelledTitle'],
};

const CLOCKS: ReadonlyArray<[key: string, label: Key]> = [
  ['utc', 'telemetry.utc'],
  ['msk', 'telemetry.msk'],
  ['kz', 'telemetry.kz'],
  ['met', 'telemetry.met'],
  ['sun', 'telemetry.sun'],
];

/**
 * Telemetry of the Soyuz during a replay (the ISS otherwise), and the clocks. Written straight
 * to the DOM at about 10 Hz from the clock; React renders the table once per language. The title,
 * badge and row labels are written by the same function as the figures (a row's label can change
 * with the subject), so React leaves their text alone.
 */
export function Telemetry() {
  const clock = useClockStore();
  useLang();
  const root = useRef<HTMLElement>(null);
  const render = useCallback((s: Clock, el: HTMLElement) => {
    const text = telemetryText(s);
    el.dataset.subject = text.subject;
    const title = el.querySelector('[data-title]');
    if (title) title.textContent = t(TITLES[text.subject]);
    const badge = el.querySelector<HTMLElement>('[data-badge]');
    if (badge) {
      badge.textContent = t(BADGES[text.subject][0]);
      badge.title = t(BADGES[text.subject][1]);
    }
    for (const node of el.querySelectorAll<HTMLElement>('[data-field]')) {
      const key = node.dataset.field!;
      const only = node.dataset.only;
      const row = node.closest('div');
      if (row) row.hidden = only !== undefined && !only.split(' ').includes(text.subject);
      const label = row?.querySelector<HTMLElement>('dt');
      if (label) label.textContent = text.labels[key] ?? t(label.dataset.label as Key);
      node.textContent = text.fields[key] ?? '—';
    }
  }, []);
  useClockText(clock, root, render);
  const open = useLayout((s) => s.telemetryOpen);
  return (
    <section
      ref={root}
      className="panel telemetry"
      aria-label={t('telemetry.label')}
      data-panel="telemetry"
      data-folded={!open}
    >
      <h2>
        <button
          type="button"
          className="telemetry__fold"
          aria-expanded={open}
          title={t('layout.foldTelemetry')}
          onClick={() => layout.getState().setTelemetryOpen(!open)}
          data-testid="telemetry-fold"
        >
          <span data-title /> <span className="badge" data-badge />{' '}
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h2>
      <dl>
        {ROWS.map(([key, label, only]) => (
          <div key={key} className="telemetry__row">
            <dt data-label={label} />
            <dd data-field={key} data-only={only?.join(' ')} />
          </div>
        ))}
      </dl>
      <dl className="telemetry__clocks">
        {CLOCKS.map(([key, label]) => (
          <div key={key} className="telemetry__row">
            <dt data-label={label} />
            <dd data-field={key} />
          </div>
        ))}
      </dl>
    </section>
  );
}

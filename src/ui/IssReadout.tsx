import { useCallback, useRef } from 'react';
import type { Clock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { sceneOfClock } from '../timeline/clockScene';
import { formatLat, formatLon } from './format';
import { useClockText } from './useClockText';

const DEG = 180 / Math.PI;

/** Where the ISS is now: modelled by SGP4 from the nearest real TLE, and labelled so. */
export function IssReadout() {
  const clock = useClockStore();
  const body = useRef<HTMLDListElement>(null);
  const render = useCallback((s: Clock, el: HTMLElement) => {
    const st = sceneOfClock(s);
    const set = (key: string, text: string) => {
      const node = el.querySelector(`[data-field="${key}"]`);
      if (node) node.textContent = text;
    };
    if (!st.iss) {
      set('alt', '—');
      set('speed', '—');
      set('pos', st.issUnavailable ?? '—');
      set('tle', '—');
      return;
    }
    set('alt', `${st.iss.geo.altKm.toFixed(1)} km`);
    set('speed', `${st.iss.speedKms.toFixed(2)} km/s`);
    set('pos', `${formatLat(st.iss.geo.lat * DEG)}  ${formatLon(st.iss.geo.lon * DEG)}`);
    const days = (s.utcMs - st.iss.tle.epochMs) / 86_400_000;
    set(
      'tle',
      `${new Date(st.iss.tle.epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC (${days >= 0 ? '+' : ''}${days.toFixed(1)} d)`,
    );
  }, []);
  useClockText(clock, body, render);
  return (
    <section className="panel iss-readout" aria-label="ISS position">
      <h2>
        ISS{' '}
        <span className="badge" title="Computed with SGP4 from a real NORAD element set">
          modelled
        </span>
      </h2>
      <dl ref={body}>
        <dt>Altitude</dt>
        <dd data-field="alt" />
        <dt>Speed</dt>
        <dd data-field="speed" />
        <dt>Over</dt>
        <dd data-field="pos" />
        <dt>TLE epoch</dt>
        <dd data-field="tle" className="small" />
      </dl>
    </section>
  );
}

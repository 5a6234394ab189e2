import { useMemo, useState } from 'react';
import { missions } from '../data/catalog';
import type { MissionRecord } from '../data/schema';
import { useClockStore } from '../timeline/ClockContext';
import { missionClock } from '../timeline/missionClock';
import { replayFor } from '../timeline/replay';

/** What a mission offers: a modelled replay, the ISS on its orbit, or only its facts. */
export function missionKind(m: MissionRecord): 'replay' | 'orbit' | 'facts' {
  const r = replayFor(m);
  if (r.descent || r.ascent) return 'replay';
  return m.iss_tles.length > 0 ? 'orbit' : 'facts';
}

const KIND_LABEL = { replay: 'replay', orbit: 'ISS orbit', facts: 'facts' } as const;

const byRecent = [...missions].sort((a, b) => b.date.localeCompare(a.date));

/** A searchable list of every mission in the data, most recent first. */
export function MissionPicker({ onClose }: { onClose: () => void }) {
  const clock = useClockStore();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return byRecent;
    return byRecent.filter((m) =>
      [m.mission, m.date, m.event_type, ...m.crew].some((t) => t.toLowerCase().includes(q)),
    );
  }, [query]);

  const load = (m: MissionRecord) => {
    const c = missionClock(m);
    const s = clock.getState();
    s.loadMission(m.id, c.range, c.events, c.openingMs);
    // Smart rate is the default for a replay with a modelled descent or ascent.
    s.setSmart(c.events.some((e) => e.modelledMs !== null));
    onClose();
  };

  return (
    <div className="panel mission-picker" role="dialog" aria-label="Choose a mission">
      <input
        type="search"
        placeholder="Search missions, crew, dates…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          if (e.key === 'Enter' && shown[0]) load(shown[0]);
        }}
        autoFocus
        aria-label="Search missions"
        data-testid="mission-search"
      />
      <ul>
        {shown.map((m) => {
          const kind = missionKind(m);
          return (
            <li key={m.id}>
              <button type="button" onClick={() => load(m)} data-mission={m.id}>
                <span className="mission-picker__name">{m.mission}</span>
                <span className="mission-picker__meta">
                  {m.event_type} · {m.date}
                </span>
                <span className={`badge badge--${kind}`}>{KIND_LABEL[kind]}</span>
              </button>
            </li>
          );
        })}
        {shown.length === 0 && <li className="small">No mission matches “{query}”.</li>}
      </ul>
    </div>
  );
}

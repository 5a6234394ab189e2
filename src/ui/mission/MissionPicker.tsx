import { useEffect, useMemo, useState } from 'react';
import { allMissions } from '../../data/catalog';
import type { MissionRecord } from '../../data/schema';
import { useUserMissions } from '../../data/userMissions';
import { dataText, loadNames, missionName, namesLoaded, t, useLang, type Key } from '../../i18n';
import { useClockStore } from '../../clock/ClockContext';
import { openMission } from '../../replay/openMission';
import { replayFor } from '../../replay/replay';
import { formatDate } from '../../i18n/format';
import { MissionFileButton } from './MissionFileButton';
import { matchesSearch } from './missionSearch';

/** What a mission offers: a modelled replay, the ISS on its orbit, or only its facts. */
export function missionKind(m: MissionRecord): 'replay' | 'orbit' | 'facts' {
  const r = replayFor(m);
  if (r.descent || r.ascent) return 'replay';
  return m.iss_tles.length > 0 ? 'orbit' : 'facts';
}

const KIND_LABEL: Record<ReturnType<typeof missionKind>, Key> = {
  replay: 'picker.kindReplay',
  orbit: 'picker.kindOrbit',
  facts: 'picker.kindFacts',
};

/**
 * Render again once the names' Russian and Kazakh spellings are in. The search finds "Кононенко"
 * in English too, but an English first load does not carry the spellings: they are fetched as the
 * picker opens (a few kB, long in before a name is typed), and the list is searched again then.
 */
function useSpellings(): void {
  const [namesIn, setNamesIn] = useState(namesLoaded);
  useEffect(() => {
    if (namesIn) return;
    let open = true;
    loadNames().then(
      () => open && setNamesIn(true),
      // Offline and not cached: the search still finds the names as the data writes them.
      (error: unknown) => console.warn('Could not load the names’ spellings', error),
    );
    return () => {
      open = false;
    };
  }, [namesIn]);
}

/**
 * A searchable list of every mission in the data, and those loaded from the person's files,
 * most recent first; the file button under the search loads more.
 */
export function MissionPicker({ onClose }: { onClose: () => void }) {
  const clock = useClockStore();
  const lang = useLang();
  const [query, setQuery] = useState('');
  useSpellings();
  const loaded = useUserMissions((s) => s.loaded);
  const byRecent = useMemo(
    () => [...allMissions(loaded)].sort((a, b) => b.date.localeCompare(a.date)),
    [loaded],
  );
  const fromFile = useMemo(() => new Set(loaded.map((m) => m.record)), [loaded]);
  // Not memoised: it must run again when the spellings arrive, and a filter of the few dozen
  // missions costs less than a frame.
  const shown = query.trim() ? byRecent.filter((m) => matchesSearch(m, query, lang)) : byRecent;

  const load = (m: MissionRecord) => {
    openMission(clock, m);
    onClose();
  };

  return (
    <div
      className="panel mission-picker"
      role="dialog"
      aria-label={t('picker.label')}
      data-panel="picker"
    >
      <input
        type="search"
        placeholder={t('picker.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          if (e.key === 'Enter' && shown[0]) load(shown[0]);
        }}
        autoFocus
        aria-label={t('picker.search')}
        data-testid="mission-search"
      />
      <MissionFileButton onLoaded={onClose} />
      <ul>
        {shown.map((m) => {
          const kind = missionKind(m);
          return (
            <li key={m.id}>
              <button type="button" onClick={() => load(m)} data-mission={m.id}>
                <span className="mission-picker__name">{missionName(m.mission, lang)}</span>
                <span className="mission-picker__meta">
                  {dataText(m.event_type, lang)} · {formatDate(m.date, lang)}
                  {fromFile.has(m) && ` · ${t('missionFile.badge')}`}
                </span>
                <span className={`badge badge--${kind}`}>{t(KIND_LABEL[kind])}</span>
              </button>
            </li>
          );
        })}
        {shown.length === 0 && <li className="small">{t('picker.noMatch', { query })}</li>}
      </ul>
    </div>
  );
}

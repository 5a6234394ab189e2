import { findMission, missions } from '../data/catalog';
import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { missionClock } from '../timeline/missionClock';

/** Missions with real ISS element sets near their date can be replayed; the rest come later as markers. */
const replayable = missions
  .filter((m) => m.iss_tles.length > 0)
  .sort((a, b) => b.date.localeCompare(a.date));

/** The mission being shown, its crew, and a picker to switch. */
export function MissionHeader() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const mission = findMission(missionId);
  const load = (id: string) => {
    const m = findMission(id);
    if (!m) return;
    const c = missionClock(m);
    clock.getState().loadMission(m.id, c.range, c.events, c.openingMs);
    // Smart rate is the default for a replay with a modelled descent.
    clock.getState().setSmart(c.events.some((e) => e.modelledMs !== null));
  };
  return (
    <header className="panel mission-header">
      <label className="mission-header__pick">
        <span className="visually-hidden">Mission</span>
        <select value={missionId} onChange={(e) => load(e.target.value)} data-testid="mission">
          {replayable.map((m) => (
            <option key={m.id} value={m.id}>
              {m.mission} — {m.event_type.split(' ')[0]} {m.date}
            </option>
          ))}
        </select>
      </label>
      {mission && (
        <>
          <h1>{mission.mission}</h1>
          <p className="mission-header__crew">{mission.crew.join(' · ')}</p>
        </>
      )}
    </header>
  );
}

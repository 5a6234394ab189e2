import type { MissionRecord } from '../data/schema';
import { landingAim, replayFor, type Replay } from '../timeline/replay';
import { formatUtcClock } from './format';
import { reconstructionNote } from './reconstructionNote';

/** "Sergey Volkov (commander, Roscosmos)" → name and the words in brackets. */
function crewMember(entry: string): { name: string; detail: string } {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(entry);
  return m ? { name: m[1]!, detail: m[2]! } : { name: entry, detail: '' };
}

/** One line on what the replay models and where its burn time comes from. */
function replayNote(mission: MissionRecord, r: Replay): string {
  const reconstructed = reconstructionNote(mission, r);
  if (reconstructed) return reconstructed;
  if (r.ascent)
    return 'Approximate ascent: a smooth path through the sourced lift-off and docking times and the nominal Soyuz-2.1a stage times (MS-25 as flown), in the station’s orbital plane; the rendezvous is blended onto the ISS’s real orbit. Not flight data.';
  if (!r.descent) return r.unavailable ?? 'No modelled descent.';
  const burn = r.descent.events.find((e) => e.type === 'deorbit_burn_start');
  const at = burn ? `${formatUtcClock(burn.ms).slice(11)} UTC` : '—';
  return r.burnSource === 'planned'
    ? `Modelled descent. The sources give only the landing time, so the burn (${at}) is the one the planner finds that lands on the site then.`
    : `Modelled descent from the sourced deorbit burn at ${at}, guided to the landing point above.`;
}

/** Crew, the landing as the sources give it, notes and every source, one click away. */
export function MissionCard({ mission, onClose }: { mission: MissionRecord; onClose: () => void }) {
  const l = mission.landing;
  const aim = landingAim(mission);
  return (
    <section
      className="panel mission-card"
      aria-label={`${mission.mission} facts`}
      data-testid="mission-card"
    >
      <header>
        <h2>{mission.mission}</h2>
        <button type="button" onClick={onClose} aria-label="Close mission facts">
          ×
        </button>
      </header>
      <h3>Crew</h3>
      <ul className="mission-card__crew">
        {mission.crew.map((c) => {
          const { name, detail } = crewMember(c);
          return (
            <li key={c}>
              <strong>{name}</strong> {detail && <span className="small">{detail}</span>}
            </li>
          );
        })}
      </ul>
      {l && (
        <>
          <h3>Landing</h3>
          <p>
            {formatUtcClock(Date.parse(l.time_utc))} UTC
            {l.time_precision && <span className="small"> — {l.time_precision}</span>}
          </p>
          {aim && (
            <p>
              {aim.lat.toFixed(2)}° N {aim.lon.toFixed(2)}° E{' '}
              <span className="small">({aim.status})</span>
            </p>
          )}
          {l.reported_distance_direction && (
            <p className="small">{l.reported_distance_direction}</p>
          )}
          {l.touchdown_attitude && <p>{l.touchdown_attitude}</p>}
        </>
      )}
      {mission.launch && (
        <>
          <h3>Launch</h3>
          <p>{formatUtcClock(Date.parse(mission.launch.time_utc))} UTC</p>
          {mission.launch.pad && <p>{mission.launch.pad}</p>}
          {mission.launch.vehicle && <p className="small">{mission.launch.vehicle}</p>}
        </>
      )}
      {(l || mission.launch) && (
        <>
          <h3>Replay</h3>
          <p className="small" data-testid="replay-note">
            {replayNote(mission, replayFor(mission))}
          </p>
        </>
      )}
      {mission.notes && mission.notes.length > 0 && (
        <>
          <h3>Facts</h3>
          <ul>
            {mission.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Sources ({mission.sources?.length ?? 0})</summary>
        <ul className="mission-card__sources">
          {(mission.sources ?? []).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {mission.conflicts && mission.conflicts.length > 0 && (
          <>
            <h4>Where sources disagree</h4>
            <ul>
              {mission.conflicts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}

import { reasonText } from '../reasonText';
import type { MissionRecord } from '../../data/schema';
import { withDetails } from '../../data/catalogueDetails';
import { crewMember, dataText, missionName, t, useLang, type Lang } from '../../i18n';
import { landingAim, replayFor, type Replay } from '../../replay/replay';
import {
  formatLat,
  formatLon,
  formatNumber,
  formatUtcClock,
  formatUtcTime,
} from '../../i18n/format';
import { reconstructionNote } from './reconstructionNote';
import { UserMissionNote } from './UserMissionNote';

/** One line on what the replay models and where its burn time comes from. */
function replayNote(mission: MissionRecord, r: Replay, lang: Lang): string {
  const reconstructed = reconstructionNote(mission, r);
  if (reconstructed) return reconstructed;
  if (r.ascent) return t('card.ascentNote');
  if (!r.descent) return r.unavailable ? reasonText(r.unavailable, lang) : t('card.noDescent');
  const burn = r.descent.events.find((e) => e.type === 'deorbit_burn_start');
  const at = burn ? t('units.utc', { time: formatUtcTime(burn.ms) }) : '—';
  const aside = r.sourcedBurnSetAside;
  if (aside)
    return t('card.sourcedBurnSetAside', {
      at,
      sourced: t('units.utc', { time: formatUtcTime(aside.burnMs) }),
      km: formatNumber(aside.missKm, 0),
    });
  if (!r.aim) return t('card.unsteeredBurn', { at });
  return r.burnSource === 'planned' ? t('card.plannedBurn', { at }) : t('card.sourcedBurn', { at });
}

/** Crew, the landing as the sources give it, notes and every source, one click away. */
export function MissionCard({
  mission: shown,
  onClose,
}: {
  mission: MissionRecord;
  onClose: () => void;
}) {
  const lang = useLang();
  // Loaded before this chunk renders (HeaderPanels): the sources, notes and disagreements.
  const mission = withDetails(shown);
  const l = mission.landing;
  const aim = landingAim(mission);
  const name = missionName(mission.mission, lang);
  const text = (en: string) => dataText(en, lang);
  return (
    <section
      className="panel mission-card"
      data-panel="card"
      aria-label={t('card.label', { name })}
      data-testid="mission-card"
    >
      <header>
        <h2>{name}</h2>
        <button type="button" onClick={onClose} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      <UserMissionNote missionId={mission.id} />
      <h3>{t('card.crew')}</h3>
      <ul className="mission-card__crew">
        {mission.crew.map((c) => {
          const member = crewMember(c, lang);
          return (
            <li key={c}>
              <strong>{member.name}</strong>{' '}
              {member.detail && <span className="small">{member.detail}</span>}
            </li>
          );
        })}
      </ul>
      {l && (
        <>
          <h3>{t('card.landing')}</h3>
          <p>
            {t('units.utc', { time: formatUtcClock(Date.parse(l.time_utc)) })}
            {l.time_precision && <span className="small"> — {text(l.time_precision)}</span>}
          </p>
          {aim && (
            <p>
              {formatLat(aim.lat)} {formatLon(aim.lon)}{' '}
              <span className="small">({text(aim.status)})</span>
            </p>
          )}
          {l.reported_distance_direction && (
            <p className="small">{text(l.reported_distance_direction)}</p>
          )}
          {l.touchdown_attitude && <p>{text(l.touchdown_attitude)}</p>}
        </>
      )}
      {mission.launch && (
        <>
          <h3>{t('card.launch')}</h3>
          <p>{t('units.utc', { time: formatUtcClock(Date.parse(mission.launch.time_utc)) })}</p>
          {mission.launch.pad && <p>{text(mission.launch.pad)}</p>}
          {mission.launch.vehicle && <p className="small">{text(mission.launch.vehicle)}</p>}
        </>
      )}
      {(l || mission.launch) && (
        <>
          <h3>{t('card.replay')}</h3>
          <p className="small" data-testid="replay-note">
            {replayNote(mission, replayFor(mission), lang)}
          </p>
        </>
      )}
      {mission.notes && mission.notes.length > 0 && (
        <>
          <h3>{t('card.facts')}</h3>
          <ul>
            {mission.notes.map((n) => (
              <li key={n}>{text(n)}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{t('card.sources', { n: mission.sources?.length ?? 0 })}</summary>
        <ul className="mission-card__sources">
          {(mission.sources ?? []).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {mission.conflicts && mission.conflicts.length > 0 && (
          <>
            <h4>{t('card.disagree')}</h4>
            <ul>
              {mission.conflicts.map((c) => (
                <li key={c}>{text(c)}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}

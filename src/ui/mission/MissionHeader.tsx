import { useState } from 'react';
import { findMission } from '../../data/catalog';
import { crewEntry, missionName, t, useLang } from '../../i18n';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { MissionCard } from './MissionCard';
import { MissionPicker } from './MissionPicker';
import { TrackPanel } from '../../track/TrackPanel';
import { UserMissionNote } from './UserMissionNote';

/** The mission being shown and its crew, with the picker and the facts card one click away. */
export function MissionHeader() {
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  const mission = findMission(missionId);
  const lang = useLang();
  const [open, setOpen] = useState<'none' | 'picker' | 'card' | 'track'>('none');
  const toggle = (which: 'picker' | 'card' | 'track') =>
    setOpen((o) => (o === which ? 'none' : which));
  return (
    <div className="mission-area">
      <header className="panel mission-header">
        <div className="mission-header__buttons">
          <button
            type="button"
            onClick={() => toggle('picker')}
            aria-expanded={open === 'picker'}
            data-testid="missions-button"
          >
            {t('header.missions')}
          </button>
          <button
            type="button"
            onClick={() => toggle('card')}
            aria-expanded={open === 'card'}
            data-testid="facts-button"
          >
            {t('header.facts')}
          </button>
          <button
            type="button"
            onClick={() => toggle('track')}
            aria-expanded={open === 'track'}
            data-testid="track-button"
          >
            {t('track.open')}
          </button>
        </div>
        {mission && (
          <>
            <h1>{missionName(mission.mission, lang)}</h1>
            <UserMissionNote missionId={mission.id} />
            <p className="mission-header__crew">
              {mission.crew.map((c) => crewEntry(c, lang)).join(' · ')}
            </p>
          </>
        )}
      </header>
      {open === 'picker' && <MissionPicker onClose={() => setOpen('none')} />}
      {open === 'track' && <TrackPanel onClose={() => setOpen('none')} />}
      {open === 'card' && mission && (
        <MissionCard mission={mission} onClose={() => setOpen('none')} />
      )}
    </div>
  );
}

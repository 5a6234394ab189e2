import type { MissionRecord } from '../../data/schema';
import { crewMember, dataText, missionName, t, type Lang } from '../../i18n';
import { formatLat, formatLon, formatUtcClock } from '../../i18n/format';
import { landingAim } from '../../replay/replay';

/**
 * The worksheet's head: a line for the student's name, then the mission as its card gives it:
 * name, crew, launch and landing times and where it landed (with how sure the sources are of it).
 */
export function WorksheetCard({ mission, lang }: { mission: MissionRecord; lang: Lang }) {
  const name = missionName(mission.mission, lang);
  const l = mission.landing;
  const aim = landingAim(mission);
  const utc = (iso: string) => t('units.utc', { time: formatUtcClock(Date.parse(iso), lang) });
  return (
    <header className="worksheet__card">
      <p className="worksheet__student">{t('worksheet.student')}</p>
      <h1 data-testid="worksheet-mission">{name}</h1>
      <dl>
        <dt>{t('card.crew')}</dt>
        <dd>
          {mission.crew
            .map((c) => {
              const m = crewMember(c, lang);
              return m.detail ? `${m.name} (${m.detail})` : m.name;
            })
            .join(' · ')}
        </dd>
        {mission.launch && (
          <>
            <dt>{t('card.launch')}</dt>
            <dd>{utc(mission.launch.time_utc)}</dd>
          </>
        )}
        {l && (
          <>
            <dt>{t('card.landing')}</dt>
            <dd>
              {utc(l.time_utc)}
              {aim && (
                <>
                  <br />
                  {formatLat(aim.lat, lang)} {formatLon(aim.lon, lang)} (
                  {dataText(aim.status, lang)})
                </>
              )}
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}

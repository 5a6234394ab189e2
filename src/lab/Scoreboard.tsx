import type { CSSProperties } from 'react';
import { t } from '../i18n';
import { formatNumber, formatUnit } from '../i18n/format';
import { rankTeams, TEAM_COLOUR, type TeamPin } from './teams';

/** After the reveal: the teams from the closest pin to the furthest, great-circle km. */
export function Scoreboard({
  pins,
  touchdown,
}: {
  pins: readonly TeamPin[];
  touchdown: { lat: number; lon: number };
}) {
  if (pins.length === 0) return null;
  return (
    <table className="what-if__scores" data-testid="what-if-scoreboard">
      <caption>{t('labTeams.scoreboard')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labTeams.rank')}</th>
          <th scope="col">{t('labTeams.teamColumn')}</th>
          <th scope="col">{t('labTeams.distance')}</th>
        </tr>
      </thead>
      <tbody>
        {rankTeams(pins, touchdown).map((r) => (
          <tr key={r.team} data-team={r.team} data-rank={r.rank} data-km={r.km.toFixed(1)}>
            <td>{formatNumber(r.rank)}</td>
            <th scope="row">
              <span
                className="what-if__swatch"
                style={{ '--team-colour': TEAM_COLOUR[r.team] } as CSSProperties}
                aria-hidden="true"
              />
              {t('labTeams.team', { team: r.team })}
            </th>
            <td>{formatUnit('km', r.km)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { CSSProperties } from 'react';
import { t } from '../i18n';
import { lab } from './labStore';
import { TEAM_COLOUR, TEAMS, type Team, type TeamPin } from './teams';

/** Which team's pin a click on the globe (or the typed place) drops next: A to F. */
export function TeamPicker({ team, pins }: { team: Team; pins: readonly TeamPin[] }) {
  return (
    <div className="what-if__teams" role="group" aria-label={t('labTeams.teams')}>
      {TEAMS.map((k) => (
        <button
          key={k}
          type="button"
          aria-pressed={k === team}
          aria-label={t('labTeams.team', { team: k })}
          data-has-pin={pins.some((p) => p.team === k)}
          style={{ '--team-colour': TEAM_COLOUR[k] } as CSSProperties}
          onClick={() => lab.getState().setTeam(k)}
          data-testid={`what-if-team-${k}`}
        >
          {k}
        </button>
      ))}
    </div>
  );
}

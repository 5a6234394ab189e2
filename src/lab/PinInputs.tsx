import { useId, useState, type FormEvent } from 'react';
import { t, type Key } from '../i18n';
import { formatLat, formatLon, formatNumber } from '../i18n/format';
import { parseCoordinate, type CoordinateError } from './coordinates';
import { lab } from './labStore';
import { TeamPicker } from './TeamPicker';
import type { Team, TeamPin } from './teams';

/** The place the typed-coordinate examples show: near where Soyuz crews come down. */
const EXAMPLE = { lat: 47.3, lon: 69.6 };

/**
 * Predict first, for a class in teams: the prompt (large on a projector), the team whose turn it
 * is, the place typed as an alternative to a click on the globe, the pins so far, and Reveal.
 */
export function PinInputs({
  pins,
  team,
  onReveal,
}: {
  pins: readonly TeamPin[];
  team: Team;
  onReveal: () => void;
}) {
  const own = pins.find((p) => p.team === team);
  return (
    <div className="what-if__pin">
      <p className="what-if__prompt" data-testid="what-if-prompt">
        {t('labTeams.prompt')}
      </p>
      <p className="what-if__steps">{t('labTeams.steps')}</p>
      <TeamPicker team={team} pins={pins} />
      {/* Remounted when the team or its pin changes, so the fields show that team's pin. */}
      <CoordinateForm key={`${team}|${own?.lat}|${own?.lon}`} team={team} pin={own} />
      {pins.length === 0 ? (
        <p className="what-if__pins" data-testid="what-if-pin">
          {t('labTeams.noPins')}
        </p>
      ) : (
        <ul className="what-if__pins" data-testid="what-if-pin">
          {pins.map((p) => (
            <li key={p.team} data-team={p.team}>
              {t('labTeams.pinAt', { team: p.team, lat: formatLat(p.lat), lon: formatLon(p.lon) })}
            </li>
          ))}
        </ul>
      )}
      <div className="what-if__row">
        <button
          type="button"
          className="what-if__reveal"
          onClick={onReveal}
          data-testid="what-if-reveal"
        >
          {t('whatIf.reveal')}
        </button>
        {pins.length > 0 && (
          <button type="button" onClick={() => lab.getState().clearPins()}>
            {t('labTeams.clear')}
          </button>
        )}
      </div>
    </div>
  );
}

const MESSAGE: Record<CoordinateError, { lat: Key; lon: Key }> = {
  empty: { lat: 'labTeams.emptyLat', lon: 'labTeams.emptyLon' },
  notNumber: { lat: 'labTeams.notNumberLat', lon: 'labTeams.notNumberLon' },
  latRange: { lat: 'labTeams.latRange', lon: 'labTeams.latRange' },
  lonRange: { lat: 'labTeams.lonRange', lon: 'labTeams.lonRange' },
};

/**
 * The chosen team's pin as two typed numbers of degrees, checked together when placed: a wrong
 * one says what is wrong next to the field and leaves every pin where it was.
 */
function CoordinateForm({ team, pin }: { team: Team; pin: TeamPin | undefined }) {
  const id = useId();
  const shown = (deg: number | undefined) => (deg === undefined ? '' : formatNumber(deg, 2));
  const [lat, setLat] = useState(shown(pin?.lat));
  const [lon, setLon] = useState(shown(pin?.lon));
  const [bad, setBad] = useState<{ field: 'lat' | 'lon'; message: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const a = parseCoordinate(lat, 'lat');
    const b = parseCoordinate(lon, 'lon');
    const wrong = !a.ok ? ('lat' as const) : !b.ok ? ('lon' as const) : null;
    const why = wrong === 'lat' ? a : b;
    if (wrong && !why.ok) {
      setBad({
        field: wrong,
        message: t(MESSAGE[why.error][wrong], {
          text: (wrong === 'lat' ? lat : lon).trim(),
          value: why.deg === undefined ? '' : formatNumber(why.deg, 'as is'),
          example: formatNumber(EXAMPLE[wrong], 1),
        }),
      });
      return;
    }
    if (a.ok && b.ok) {
      setBad(null);
      lab.getState().dropPin({ lat: a.deg, lon: b.deg }, team);
    }
  };

  const field = (which: 'lat' | 'lon', value: string, set: (v: string) => void) => (
    <label className="what-if__coordinate">
      <span>{t(which === 'lat' ? 'labTeams.latitude' : 'labTeams.longitude')}</span>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={formatNumber(EXAMPLE[which], 1)}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={bad?.field === which}
        aria-describedby={bad?.field === which ? `${id}-error` : `${id}-hint`}
        data-testid={`what-if-pin-${which}`}
      />
    </label>
  );

  return (
    <form className="what-if__place" onSubmit={submit} noValidate>
      <div className="what-if__row">
        {field('lat', lat, setLat)}
        {field('lon', lon, setLon)}
      </div>
      <p className="small" id={`${id}-hint`}>
        {t('labTeams.coordinateHint')}
      </p>
      {bad && (
        <p
          className="what-if__error"
          role="alert"
          id={`${id}-error`}
          data-testid="what-if-pin-error"
        >
          {bad.message}
        </p>
      )}
      <button type="submit" data-testid="what-if-pin-place">
        {t('labTeams.place', { team })}
      </button>
    </form>
  );
}

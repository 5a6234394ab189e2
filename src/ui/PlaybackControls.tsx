import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { RATES } from '../timeline/rates';
import { formatRate } from './format';

/** Play/pause and the rate picker; both change discrete state, so React renders them. */
export function PlaybackControls() {
  const clock = useClockStore();
  const playing = useClock(clock, (s) => s.playing);
  const rate = useClock(clock, (s) => s.rate);
  return (
    <div className="playback">
      <button
        type="button"
        className="playback__play"
        onClick={() => clock.getState().togglePlay()}
        aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        data-testid="play"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label className="playback__rate">
        <span className="visually-hidden">Playback rate</span>
        <select
          value={RATES.includes(rate as (typeof RATES)[number]) ? rate : ''}
          onChange={(e) => clock.getState().setRate(Number(e.target.value))}
          title="Playback rate (+ / −)"
          data-testid="rate"
        >
          {!RATES.includes(rate as (typeof RATES)[number]) && (
            <option value="">{formatRate(rate)}</option>
          )}
          {RATES.map((r) => (
            <option key={r} value={r}>
              {formatRate(r)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

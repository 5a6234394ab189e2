import { useClock } from '../timeline/clockStore';
import { useClockStore } from '../timeline/ClockContext';
import { RATES } from '../timeline/rates';
import { formatRate } from './format';

/** Play/pause and the rate picker; both change discrete state, so React renders them. */
export function PlaybackControls() {
  const clock = useClockStore();
  const playing = useClock(clock, (s) => s.playing);
  const rate = useClock(clock, (s) => s.rate);
  const smart = useClock(clock, (s) => s.smart);
  const value = smart
    ? rate < 0
      ? '-smart'
      : 'smart'
    : RATES.includes(rate as (typeof RATES)[number])
      ? String(rate)
      : '';
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
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'smart' || v === '-smart') {
              clock.getState().setRate(v === 'smart' ? 1 : -1);
              clock.getState().setSmart(true);
            } else clock.getState().setRate(Number(v));
          }}
          title="Playback rate (+ / −; S for smart: fast between events, real time at them)"
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
          {/* Without these the picker showed its first entry (−3600×) whenever smart was on. */}
          <option value="smart">Smart</option>
          <option value="-smart">Smart, reverse</option>
        </select>
      </label>
    </div>
  );
}

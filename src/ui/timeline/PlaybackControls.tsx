import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { RATES } from '../../clock/rates';
import { formatRate } from '../../i18n/format';
import { t, useLang } from '../../i18n';

/** Play/pause and the rate picker; both change discrete state, so React renders them. */
export function PlaybackControls() {
  const clock = useClockStore();
  const playing = useClock(clock, (s) => s.playing);
  const rate = useClock(clock, (s) => s.rate);
  const smart = useClock(clock, (s) => s.smart);
  useLang();
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
        aria-label={t(playing ? 'playback.pause' : 'playback.play')}
        title={t(playing ? 'playback.pause' : 'playback.play')}
        data-testid="play"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label className="playback__rate">
        <span className="visually-hidden">{t('playback.rate')}</span>
        <select
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'smart' || v === '-smart') {
              clock.getState().setRate(v === 'smart' ? 1 : -1);
              clock.getState().setSmart(true);
            } else clock.getState().setRate(Number(v));
          }}
          title={t('playback.rateTitle')}
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
          <option value="smart">{t('rate.smart')}</option>
          <option value="-smart">{t('rate.smartReverse')}</option>
        </select>
      </label>
    </div>
  );
}

import { useCurrentReplay } from '../replay/useCurrentReplay';
import { useEffect, useId } from 'react';
import { t, useLang } from '../i18n';
import { lab, resultVisible, useLab } from './labStore';
import { compareLandings, DV_MAX_MS, DV_MIN_MS, SHIFT_LIMIT_S, whatIfOptions } from './whatIf';
import { createWhatIfRunner } from './whatIfRunner';
import { haversineKm } from '../physics/frames';
import { useClock } from '../clock/clockStore';
import { useClockStore } from '../clock/ClockContext';
import { formatLat, formatLon, formatNumber, formatUnit, formatUtcTime } from '../i18n/format';

const DEG = Math.PI / 180;

/** One runner for the page: its worker lives as long as the app. */
let runner: ReturnType<typeof createWhatIfRunner> | null = null;
function whatIfRunner() {
  runner ??= createWhatIfRunner((o) =>
    lab
      .getState()
      .settle(o.ok ? { result: o.result, computeMs: o.computeMs } : { error: o.message }),
  );
  return runner;
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n))}`;

/** Opens and closes the lab (W). */
export function WhatIfButton() {
  const open = useLab((s) => s.open);
  useLang();
  return (
    <button
      type="button"
      className="what-if-button"
      aria-pressed={open}
      onClick={() => lab.getState().setOpen(!open)}
      title={t('whatIf.openTitle')}
      data-testid="what-if-button"
    >
      {t('whatIf.open')}
    </button>
  );
}

/**
 * The what-if lab: the class moves the deorbit burn (±2 min, 100–150 m/s) or switches guided and
 * ballistic, and the descent is flown again at once beside the replay's own, with where it lands,
 * how hard it pulls and how far that is from the real one. "Predict first" hides the answer until
 * the class has dropped a pin on the globe.
 */
export function WhatIfPanel() {
  const open = useLab((s) => s.open);
  const clock = useClockStore();
  const missionId = useClock(clock, (s) => s.missionId);
  useLang();
  const { replay } = useCurrentReplay();
  const real = replay?.descent ?? null;
  const inputs = replay?.inputs ?? null;
  const s = useLab((x) => x);
  const id = useId();

  useEffect(() => {
    document.documentElement.classList.toggle('lab-open', open);
  }, [open]);
  useEffect(() => {
    if (open && real) lab.getState().begin(missionId, real);
  }, [open, real, missionId]);
  // Fly it again whenever the change does; the runner keeps only the newest.
  useEffect(() => {
    if (!open || !inputs || s.missionId !== missionId) return;
    whatIfRunner().run(whatIfOptions(inputs, s.change));
  }, [open, inputs, s.change, s.missionId, missionId]);

  if (!open) return null;
  const close = () => lab.getState().setOpen(false);
  const header = (
    <header>
      <h2 id={`${id}-title`}>{t('whatIf.title')}</h2>
      <button type="button" onClick={close} aria-label={t('whatIf.close')}>
        ×
      </button>
    </header>
  );
  if (!real || !inputs)
    return (
      <section className="panel what-if" aria-labelledby={`${id}-title`} data-testid="what-if">
        {header}
        <p className="small">{t('whatIf.needsDescent')}</p>
      </section>
    );

  const change = s.change;
  const shown = resultVisible(s) && s.result;
  const cmp = s.result ? compareLandings(real, s.result) : null;
  const burnMs = inputs.burnMs + change.shiftS * 1000;
  const pinOffKm =
    s.pin && s.result
      ? haversineKm(
          s.pin.lat * DEG,
          s.pin.lon * DEG,
          s.result.touchdown.lat * DEG,
          s.result.touchdown.lon * DEG,
        )
      : null;

  return (
    <section className="panel what-if" aria-labelledby={`${id}-title`} data-testid="what-if">
      {header}
      <label className="what-if__slider">
        <span>
          {t('whatIf.burnTime')}{' '}
          <output data-testid="what-if-shift">
            {t('whatIf.burnShift', { shift: signed(change.shiftS), time: formatUtcTime(burnMs) })}
          </output>
        </span>
        <input
          type="range"
          min={-SHIFT_LIMIT_S}
          max={SHIFT_LIMIT_S}
          step={5}
          value={change.shiftS}
          onChange={(e) => lab.getState().setChange({ shiftS: Number(e.target.value) })}
          data-testid="what-if-shift-input"
        />
      </label>
      <label className="what-if__slider">
        <span>
          {t('whatIf.burnSize')} <output>{formatUnit('ms', change.deltaVms)}</output>
        </span>
        <input
          type="range"
          min={DV_MIN_MS}
          max={DV_MAX_MS}
          step={1}
          value={change.deltaVms}
          onChange={(e) => lab.getState().setChange({ deltaVms: Number(e.target.value) })}
          data-testid="what-if-dv-input"
        />
      </label>
      <fieldset className="what-if__mode">
        <legend>{t('whatIf.mode')}</legend>
        {(['guided', 'ballistic'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={change.mode === mode}
              onChange={() => lab.getState().setChange({ mode })}
              data-testid={`what-if-${mode}`}
            />
            {t(mode === 'guided' ? 'whatIf.guided' : 'whatIf.ballistic')}
          </label>
        ))}
      </fieldset>
      <div className="what-if__row">
        <button type="button" onClick={() => lab.getState().reset(real)}>
          {t('whatIf.reset')}
        </button>
      </div>
      <label className="what-if__check">
        <input
          type="checkbox"
          checked={s.predicting}
          onChange={(e) => lab.getState().setPredicting(e.target.checked)}
          data-testid="what-if-predict"
        />
        {t('whatIf.predict')}
      </label>
      {s.predicting && !s.revealed && (
        <PinInputs pin={s.pin} onReveal={() => lab.getState().reveal()} />
      )}
      <div aria-live="polite" data-testid="what-if-result">
        {s.error ? (
          <p className="what-if__error" role="alert">
            {t('whatIf.error', { why: s.error })}
          </p>
        ) : !shown ? (
          <p className="small">{s.result ? t('whatIf.hidden') : t('whatIf.computing')}</p>
        ) : (
          <>
            <table className="what-if__table">
              <thead>
                <tr>
                  <th />
                  <th scope="col">{t('whatIf.replay')}</th>
                  <th scope="col">{t('whatIf.whatIf')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('whatIf.touchdown')}</th>
                  <td>
                    {formatLat(real.touchdown.lat)} {formatLon(real.touchdown.lon)}
                  </td>
                  <td data-testid="what-if-touchdown">
                    {formatLat(s.result!.touchdown.lat)} {formatLon(s.result!.touchdown.lon)}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('whatIf.touchdownTime')}</th>
                  <td>{formatUtcTime(real.touchdown.ms)}</td>
                  <td>{formatUtcTime(s.result!.touchdown.ms)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('whatIf.peakG')}</th>
                  <td>{formatUnit('g', real.peakG, 1)}</td>
                  <td data-testid="what-if-peak-g">{formatUnit('g', s.result!.peakG, 1)}</td>
                </tr>
              </tbody>
            </table>
            {cmp && (
              <p data-testid="what-if-distance" data-downrange-km={cmp.downrangeKm.toFixed(1)}>
                {t('whatIf.distance', {
                  distance: formatUnit('km', cmp.distanceKm),
                  along: formatUnit('km', Math.abs(cmp.downrangeKm)),
                  alongDir: t(cmp.downrangeKm >= 0 ? 'whatIf.downrange' : 'whatIf.uprange'),
                  across: formatUnit('km', Math.abs(cmp.crossrangeKm)),
                  acrossDir: t(cmp.crossrangeKm >= 0 ? 'whatIf.left' : 'whatIf.right'),
                })}
              </p>
            )}
            {pinOffKm !== null && s.predicting && (
              <p data-testid="what-if-pin-off">
                {t('whatIf.pinOff', { distance: formatUnit('km', pinOffKm) })}
              </p>
            )}
            {s.computeMs !== null && (
              <p className="small">{t('whatIf.computeMs', { ms: formatNumber(s.computeMs) })}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** Where the class thinks it lands: a click on the globe sets it, or these two fields. */
function PinInputs({
  pin,
  onReveal,
}: {
  pin: { lat: number; lon: number } | null;
  onReveal: () => void;
}) {
  const set = (lat: number, lon: number) => {
    if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90)
      lab.getState().dropPin({ lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180 });
  };
  return (
    <div className="what-if__pin">
      <p className="small">{t('whatIf.pinHelp')}</p>
      <div className="what-if__row">
        <CoordinateInput
          label={t('whatIf.pinLat')}
          limit={90}
          value={pin?.lat}
          onChange={(lat) => set(lat, pin?.lon ?? 0)}
          testId="what-if-pin-lat"
        />
        <CoordinateInput
          label={t('whatIf.pinLon')}
          limit={180}
          value={pin?.lon}
          onChange={(lon) => set(pin?.lat ?? 0, lon)}
          testId="what-if-pin-lon"
        />
        <button type="button" onClick={onReveal} data-testid="what-if-reveal">
          {t('whatIf.reveal')}
        </button>
      </div>
      <p className="small" data-testid="what-if-pin">
        {pin
          ? t('whatIf.pinAt', { lat: formatLat(pin.lat), lon: formatLon(pin.lon) })
          : t('whatIf.noPin')}
      </p>
    </div>
  );
}

/** One of the pin's two coordinates, in degrees, typed. */
function CoordinateInput(props: {
  label: string;
  limit: number;
  value: number | undefined;
  onChange: (deg: number) => void;
  testId: string;
}) {
  return (
    <label>
      <span className="visually-hidden">{props.label}</span>
      <input
        type="number"
        step={0.1}
        min={-props.limit}
        max={props.limit}
        placeholder={props.label}
        value={props.value === undefined ? '' : Number(props.value.toFixed(2))}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid={props.testId}
      />
    </label>
  );
}

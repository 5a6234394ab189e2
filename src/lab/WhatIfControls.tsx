import { t } from '../i18n';
import { formatUnit, formatUtcTime, formatNumber } from '../i18n/format';
import type { DescentOptions, DescentResult } from '../physics/descent';
import { lab, type LabState } from './labStore';
import { PinInputs } from './PinInputs';
import { DV_MAX_MS, DV_MIN_MS, SHIFT_LIMIT_S } from './whatIf';

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n))}`;

/** What the class changes: the burn's time and size, guided or ballistic, and predict-first. */
export function WhatIfControls({
  id,
  s,
  real,
  inputs,
}: {
  id: string;
  s: LabState;
  real: DescentResult;
  inputs: DescentOptions;
}) {
  const change = s.change;
  const burnMs = inputs.burnMs + change.shiftS * 1000;
  return (
    <>
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
        <PinInputs pins={s.pins} team={s.team} onReveal={() => lab.getState().reveal()} />
      )}
    </>
  );
}

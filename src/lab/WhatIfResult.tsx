import { t } from '../i18n';
import { formatLat, formatLon, formatNumber, formatUnit, formatUtcTime } from '../i18n/format';
import type { DescentResult } from '../physics/descent';
import { resultVisible, type LabState } from './labStore';
import { compareLandings } from './whatIf';
import { Scoreboard } from './Scoreboard';

/**
 * The flight flown again beside the replay's own: where and when it lands, how hard it pulls,
 * how far that is along and across the replay's ground course, and which team's pin came closest.
 * A what-if in the other mode is measured against the replay's burn flown in that mode (a third
 * column), so a late ballistic burn is compared with an on-time ballistic one, not a guided one.
 */
export function WhatIfResult({ s, real }: { s: LabState; real: DescentResult }) {
  const shown = resultVisible(s) && s.result;
  const ref = s.baseline ?? real;
  const cmp = s.result ? compareLandings(ref, s.result) : null;
  const b = s.baseline;
  return (
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
                {b && (
                  <th scope="col" data-testid="what-if-baseline">
                    {t(
                      b.mode === 'ballistic' ? 'whatIf.sameBurnBallistic' : 'whatIf.sameBurnGuided',
                    )}
                  </th>
                )}
                <th scope="col">{t('whatIf.whatIf')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('whatIf.touchdown')}</th>
                <td>
                  {formatLat(real.touchdown.lat)} {formatLon(real.touchdown.lon)}
                </td>
                {b && (
                  <td>
                    {formatLat(b.touchdown.lat)} {formatLon(b.touchdown.lon)}
                  </td>
                )}
                <td
                  data-testid="what-if-touchdown"
                  data-lat={s.result!.touchdown.lat}
                  data-lon={s.result!.touchdown.lon}
                >
                  {formatLat(s.result!.touchdown.lat)} {formatLon(s.result!.touchdown.lon)}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('whatIf.touchdownTime')}</th>
                <td>{formatUtcTime(real.touchdown.ms)}</td>
                {b && <td>{formatUtcTime(b.touchdown.ms)}</td>}
                <td>{formatUtcTime(s.result!.touchdown.ms)}</td>
              </tr>
              <tr>
                <th scope="row">{t('whatIf.peakG')}</th>
                <td>{formatUnit('g', real.peakG, 1)}</td>
                {b && <td>{formatUnit('g', b.peakG, 1)}</td>}
                <td data-testid="what-if-peak-g">{formatUnit('g', s.result!.peakG, 1)}</td>
              </tr>
            </tbody>
          </table>
          {s.result!.footprint === 'outside' && (
            <p className="what-if__footprint" data-testid="what-if-footprint">
              {t('whatIf.outsideFootprint')}
            </p>
          )}
          {cmp && (
            <p data-testid="what-if-distance" data-downrange-km={cmp.downrangeKm.toFixed(1)}>
              {t(b ? 'whatIf.distanceSameMode' : 'whatIf.distance', {
                distance: formatUnit('km', cmp.distanceKm),
                along: formatUnit('km', Math.abs(cmp.downrangeKm)),
                alongDir: t(cmp.downrangeKm >= 0 ? 'whatIf.downrange' : 'whatIf.uprange'),
                across: formatUnit('km', Math.abs(cmp.crossrangeKm)),
                acrossDir: t(cmp.crossrangeKm >= 0 ? 'whatIf.left' : 'whatIf.right'),
                mode: b
                  ? t(b.mode === 'ballistic' ? 'whatIf.modeBallistic' : 'whatIf.modeGuided')
                  : '',
              })}
            </p>
          )}
          {s.predicting && <Scoreboard pins={s.pins} touchdown={s.result!.touchdown} />}
          {s.computeMs !== null && (
            <p className="small">{t('whatIf.computeMs', { ms: formatNumber(s.computeMs) })}</p>
          )}
        </>
      )}
    </div>
  );
}

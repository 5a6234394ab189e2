import { t } from '../../i18n';
import type { AscentState } from '../../replay/sceneState';
import { eventLabel, formatCountdown } from '../timeline/eventLabels';
import { formatLat, formatLon, formatUnit } from '../../i18n/format';
import { earthRelativeSpeedKms } from '../../physics/frames';

/**
 * The launched Soyuz's panel rows. Speed is relative to the Earth, as for the station and the
 * capsule (0 on the pad, ~7.4 km/s at insertion where the inertial figure is 7.8). Every figure
 * comes from the approximate ascent.
 */
export function ascentFields(a: AscentState, utcMs: number, fields: Record<string, string>) {
  const p = a.point;
  const padKm = a.ascent.samples.altKm[0]!;
  fields.phase = eventLabel(a.phase);
  const above = Math.max(0, p.altKm - padKm);
  fields.alt = above >= 10 ? formatUnit('km', p.altKm, 1) : formatUnit('m', above * 1000);
  const speed = earthRelativeSpeedKms(p.r, p.v);
  fields.speed = speed >= 1 ? formatUnit('kms', speed, 2) : formatUnit('ms', speed * 1000);
  const rate = (p.r[0] * p.v[0] + p.r[1] * p.v[1] + p.r[2] * p.v[2]) / Math.hypot(...p.r);
  // Below half a metre per second, no sign: "−0 m/s" reads as a glitch on a projector.
  const radial = Math.abs(rate) < 0.0005 ? 0 : rate;
  fields.vspeed =
    Math.abs(radial) >= 1 ? formatUnit('kms', radial, 2) : formatUnit('ms', radial * 1000);
  fields.pos = `${formatLat(p.lat)}  ${formatLon(p.lon)}`;
  const toInsertion = a.ascent.insertionMs - utcMs;
  fields.tti = toInsertion > 0 ? formatCountdown(toInsertion) : t('telemetry.inOrbit');
  const toDocking = a.ascent.dockingMs - utcMs;
  fields.ttdock = toDocking > 0 ? formatCountdown(toDocking) : t('telemetry.docked');
}

import type { AscentState } from '../timeline/sceneState';
import { eventLabel, formatCountdown } from './eventLabels';
import { formatLat, formatLon } from './format';

/**
 * The launched Soyuz's panel rows. Speed is inertial, the figure quoted for orbits (7.8 km/s at
 * insertion); on the pad it is Earth's rotation. Every figure comes from the approximate ascent.
 */
export function ascentFields(a: AscentState, utcMs: number, fields: Record<string, string>) {
  const p = a.point;
  const padKm = a.ascent.samples.altKm[0]!;
  fields.phase = eventLabel(a.phase);
  const above = Math.max(0, p.altKm - padKm);
  fields.alt = above >= 10 ? `${p.altKm.toFixed(1)} km` : `${(above * 1000).toFixed(0)} m`;
  fields.speed = `${p.speed.toFixed(2)} km/s`;
  const rate = (p.r[0] * p.v[0] + p.r[1] * p.v[1] + p.r[2] * p.v[2]) / Math.hypot(...p.r);
  // Below half a metre per second, no sign: "−0 m/s" reads as a glitch on a projector.
  const radial = Math.abs(rate) < 0.0005 ? 0 : rate;
  fields.vspeed =
    Math.abs(radial) >= 1 ? `${radial.toFixed(2)} km/s` : `${(radial * 1000).toFixed(0)} m/s`;
  fields.pos = `${formatLat(p.lat)}  ${formatLon(p.lon)}`;
  const toInsertion = a.ascent.insertionMs - utcMs;
  fields.tti = toInsertion > 0 ? formatCountdown(toInsertion) : 'in orbit';
  const toDocking = a.ascent.dockingMs - utcMs;
  fields.ttdock = toDocking > 0 ? formatCountdown(toDocking) : 'docked';
}

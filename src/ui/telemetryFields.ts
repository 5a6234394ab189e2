import { findMission } from '../data/catalog';
import { haversineKm } from '../physics/frames';
import { sunElevationDeg } from '../physics/sun';
import { kazakhstanOffsetHours, moscowOffsetHours } from '../physics/time';
import { sceneOfClock } from '../timeline/clockScene';
import type { ClockState } from '../timeline/clockStore';
import { groundAltKm, replayFor } from '../timeline/replay';
import { eventLabel, formatCountdown } from './eventLabels';
import { formatLat, formatLocalClock, formatLon, formatUtcClock } from './format';
import { ascentFields } from './ascentTelemetry';

const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;

/** What the telemetry panel shows, as text per field, computed from the clock alone. */
export interface TelemetryText {
  subject: 'capsule' | 'ascent' | 'iss' | 'none';
  fields: Record<string, string>;
  /** Row labels that differ from the panel's defaults for this subject (e.g. "Since launch"). */
  labels: Record<string, string>;
}

const dash = '—';

export function telemetryText(
  c: Pick<ClockState, 'utcMs' | 'missionId' | 'events'>,
): TelemetryText {
  const s = sceneOfClock(c);
  const mission = findMission(c.missionId);
  const replay = mission ? replayFor(mission) : null;
  const aim = replay?.aim ?? null;
  const fields: Record<string, string> = {};
  const labels: Record<string, string> = {};
  let subject: TelemetryText['subject'] = 'none';

  if (s.ascent) {
    subject = 'ascent';
    ascentFields(s.ascent, c.utcMs, fields);
  } else if (s.capsule) {
    subject = 'capsule';
    const p = s.capsule.point;
    const radial = (p.r[0] * p.v[0] + p.r[1] * p.v[1] + p.r[2] * p.v[2]) / Math.hypot(...p.r);
    fields.phase = eventLabel(s.capsule.phase);
    const agl = Math.max(0, p.altKm - groundAltKm(s.capsule.descent));
    fields.alt = agl >= 10 ? `${agl.toFixed(1)} km` : `${(agl * 1000).toFixed(0)} m`;
    fields.speed =
      p.airspeed >= 1 ? `${p.airspeed.toFixed(2)} km/s` : `${(p.airspeed * 1000).toFixed(1)} m/s`;
    fields.vspeed =
      Math.abs(radial) >= 1 ? `${radial.toFixed(2)} km/s` : `${(radial * 1000).toFixed(1)} m/s`;
    fields.g = `${p.g.toFixed(2)} g`;
    fields.q = p.q >= 1000 ? `${(p.q / 1000).toFixed(1)} kPa` : `${p.q.toFixed(0)} Pa`;
    fields.pos = `${formatLat(p.lat)}  ${formatLon(p.lon)}`;
    fields.site = aim
      ? `${haversineKm(p.lat * DEG, p.lon * DEG, aim.lat * DEG, aim.lon * DEG).toFixed(1)} km`
      : dash;
    const toGo = s.capsule.descent.touchdown.ms - c.utcMs;
    fields.ttd = toGo > 0 ? formatCountdown(toGo) : 'landed';
  } else if (s.iss) {
    subject = 'iss';
    fields.phase = 'In orbit';
    fields.alt = `${s.iss.geo.altKm.toFixed(1)} km`;
    fields.speed = `${s.iss.speedKms.toFixed(2)} km/s`;
    fields.pos = `${formatLat(s.iss.geo.lat * RAD)}  ${formatLon(s.iss.geo.lon * RAD)}`;
    const days = (c.utcMs - s.iss.tle.epochMs) / 86_400_000;
    fields.tle = `${formatUtcClock(s.iss.tle.epochMs).slice(0, 16)} UTC (${days >= 0 ? '+' : ''}${days.toFixed(1)} d)`;
  } else {
    fields.phase = dash;
    fields.note = s.issUnavailable ?? dash;
  }

  fields.utc = formatUtcClock(c.utcMs).slice(11);
  const msk = moscowOffsetHours(c.utcMs);
  fields.msk = `${formatLocalClock(c.utcMs, msk)} (UTC+${msk})`;
  const kz = kazakhstanOffsetHours(c.utcMs);
  fields.kz = `${formatLocalClock(c.utcMs, kz)} (UTC+${kz})`;
  // Mission time counts from lift-off on a launch, from undocking on a return.
  const launch = s.ascent ? c.events.find((e) => e.type === 'launch') : undefined;
  const undock = c.events.find((e) => e.type === 'undocking');
  const zero = launch ?? undock;
  if (launch) labels.met = 'Since launch';
  if (zero) {
    const since = c.utcMs - zero.utcMs;
    fields.met = `${since < 0 ? '−' : ''}${formatCountdown(Math.abs(since))}`;
  } else fields.met = dash;
  const pad = mission?.launch;
  const sunAt =
    aim ??
    (s.ascent && pad?.pad_lat !== undefined && pad.pad_lon !== undefined
      ? { lat: pad.pad_lat, lon: pad.pad_lon }
      : null);
  if (!aim && sunAt) labels.sun = 'Sun at launch pad';
  if (sunAt) {
    const elev = sunElevationDeg(c.utcMs, sunAt.lat, sunAt.lon);
    fields.sun = `${elev.toFixed(0)}° ${elev > 0 ? '(day)' : elev > -6 ? '(twilight)' : '(night)'}`;
  } else fields.sun = dash;
  return { subject, fields, labels };
}

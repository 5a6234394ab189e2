import { currentLang, t } from '../../i18n';
import { reasonText } from '../reasonText';
import { earthRelativeSpeedKms, haversineKm } from '../../physics/frames';
import { sunElevationDeg } from '../../physics/sun';
import { kazakhstanOffsetHours, moscowOffsetHours } from '../../physics/time';
import { currentReplay, sceneOfClock } from '../../replay/currentReplay';
import type { ClockState } from '../../clock/clockStore';
import { groundAltKm } from '../../replay/replay';
import { eventLabel, formatCountdown } from '../timeline/eventLabels';
import {
  formatLat,
  formatLon,
  formatNumber,
  formatUnit,
  formatUtcClock,
  formatUtcTime,
  formatZoneClock,
} from '../../i18n/format';
import { ascentFields } from './ascentTelemetry';
import { DEG } from '../../physics/constants';
import { verticalSpeedKms } from '../../physics/descent/verticalSpeed';

const RAD = 180 / Math.PI;

/** What the telemetry panel shows, as text per field, computed from the clock alone. */
export interface TelemetryText {
  subject: 'capsule' | 'ascent' | 'iss' | 'none';
  fields: Record<string, string>;
  /** Row labels that differ from the panel's defaults for this subject (e.g. "Since launch"). */
  labels: Record<string, string>;
}

const dash = '—';

/** A speed in km/s from 1 km/s up, in m/s below. */
const speedText = (kms: number, msDigits: number) =>
  Math.abs(kms) >= 1 ? formatUnit('kms', kms, 2) : formatUnit('ms', kms * 1000, msDigits);

/** The text of every telemetry field, in the current language. */
export function telemetryText(
  c: Pick<ClockState, 'utcMs' | 'missionId' | 'events'>,
): TelemetryText {
  const s = sceneOfClock(c);
  const { mission, replay } = currentReplay(c.missionId);
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
    fields.phase = eventLabel(s.capsule.phase);
    const agl = Math.max(0, p.altKm - groundAltKm(s.capsule.descent));
    fields.alt = agl >= 10 ? formatUnit('km', agl, 1) : formatUnit('m', agl * 1000);
    fields.speed = speedText(p.airspeed, 1);
    // The rate of change of the altitude shown above it (and of the CSV's altitude column).
    fields.vspeed = speedText(verticalSpeedKms(p), 1);
    fields.g = formatUnit('g', p.g, 2);
    fields.q = p.q >= 1000 ? formatUnit('kPa', p.q / 1000, 1) : formatUnit('Pa', p.q);
    fields.pos = `${formatLat(p.lat)}  ${formatLon(p.lon)}`;
    fields.site = aim
      ? formatUnit('km', haversineKm(p.lat * DEG, p.lon * DEG, aim.lat * DEG, aim.lon * DEG), 1)
      : dash;
    if (aim && s.capsule.descent.footprint === 'outside')
      fields.site += ` · ${t('telemetry.outsideFootprint')}`;
    const toGo = s.capsule.descent.touchdown.ms - c.utcMs;
    fields.ttd = toGo > 0 ? formatCountdown(toGo) : t('telemetry.landed');
  } else if (s.iss) {
    subject = 'iss';
    fields.phase = t('telemetry.inOrbitPhase');
    fields.alt = formatUnit('km', s.iss.geo.altKm, 1);
    // Relative to the Earth, as the capsule's: the station's 7.66 km/s inertial figure would drop
    // by ~0.3 km/s at the handover to the capsule and read as part of the burn.
    fields.speed = formatUnit('kms', earthRelativeSpeedKms(s.iss.eci.r, s.iss.eci.v), 2);
    fields.pos = `${formatLat(s.iss.geo.lat * RAD)}  ${formatLon(s.iss.geo.lon * RAD)}`;
    const days = (c.utcMs - s.iss.tle.epochMs) / 86_400_000;
    fields.tle = t('telemetry.tleEpoch', {
      date: formatUtcClock(s.iss.tle.epochMs),
      days: `${days >= 0 ? '+' : ''}${formatNumber(days, 1)}`,
    });
  } else {
    fields.phase = dash;
    fields.note = s.issUnavailable ? reasonText(s.issUnavailable, currentLang()) : dash;
  }

  fields.utc = formatUtcTime(c.utcMs);
  fields.msk = formatZoneClock(c.utcMs, moscowOffsetHours(c.utcMs));
  fields.kz = formatZoneClock(c.utcMs, kazakhstanOffsetHours(c.utcMs));
  // Mission time counts from lift-off on a launch, from undocking on a return.
  const launch = s.ascent ? c.events.find((e) => e.type === 'launch') : undefined;
  const undock = c.events.find((e) => e.type === 'undocking');
  const zero = launch ?? undock;
  if (launch) labels.met = t('telemetry.sinceLaunch');
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
  if (!aim && sunAt) labels.sun = t('telemetry.sunAtPad');
  if (sunAt) {
    const elev = sunElevationDeg(c.utcMs, sunAt.lat, sunAt.lon);
    const when = elev > 0 ? 'telemetry.day' : elev > -6 ? 'telemetry.twilight' : 'telemetry.night';
    fields.sun = t(when, { elev: formatNumber(elev, 0) });
  } else fields.sun = dash;
  return { subject, fields, labels };
}

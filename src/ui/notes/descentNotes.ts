import { sampleAt, type DescentResult } from '../../physics/descent';
import { DEG } from '../../physics/constants';
import { haversineKm } from '../../physics/frames';
import {
  BLACKOUT,
  DEORBIT,
  DESCENT_MODULE,
  ENTRY_INTERFACE_KM,
  PARACHUTES,
  SEPARATION,
  STACK,
} from '../../physics/spacecraft';
import { formatLat, formatLon, formatUnit } from '../../i18n/format';
import { parts, type NoteBuilder } from './noteParts';

/**
 * Notes for the return, burn to touchdown. Figures come from the replay's modelled descent
 * where it has one (speeds are through the air, as the telemetry shows them), else from the
 * sourced constants of src/physics/spacecraft.ts; notes that only make sense with the model
 * return null without one.
 */

/** When an event happened in this descent, ms. */
const msOf = (d: DescentResult, type: string): number | undefined =>
  d.events.find((e) => e.type === type)?.ms;
const altOf = (d: DescentResult | null, type: string): number | undefined =>
  d?.events.find((e) => e.type === type)?.altKm;
/** Speed through the air at an instant, km/s. */
const airAt = (d: DescentResult, ms: number) => sampleAt(d.samples, ms).airspeed;
/** Speed through the air at an event, km/s, or the sourced figure (m/s) without a model. */
const airAtEvent = (d: DescentResult | null, type: string, sourcedMs: number): number => {
  const ms = d ? msOf(d, type) : undefined;
  return d && ms !== undefined ? airAt(d, ms) : sourcedMs / 1000;
};
/** Time from one event to another, ms (NaN where either is missing). */
const between = (d: DescentResult, from: string, to: string) =>
  (msOf(d, to) ?? NaN) - (msOf(d, from) ?? NaN);

/** Distance flown over the ground, km: the sampled track, point to point. */
export function groundTrackKm(d: DescentResult): number {
  const { lat, lon, length } = d.samples;
  let km = 0;
  for (let i = 1; i < length; i++)
    km += haversineKm(lat[i - 1]! * DEG, lon[i - 1]! * DEG, lat[i]! * DEG, lon[i]! * DEG);
  return km;
}

export const deorbitBurn: NoteBuilder = (replay, f) => {
  const d = replay?.descent ?? null;
  const dv = f.ms(DEORBIT.deltaVms);
  const duration = f.duration(DEORBIT.durationS * 1000);
  if (!d) return parts(['question'], ['answer'], ['factPlain', { dv, duration }]);
  const speed = airAt(d, d.burnMs);
  const share = f.percent(DEORBIT.deltaVms / 1000 / speed);
  return parts(['question'], ['answer'], ['fact', { dv, duration, share, speed: f.speed(speed) }]);
};

export const burnEnd: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  if (!d) return null;
  const coast = f.duration(between(d, 'deorbit_burn_end', 'entry_interface'));
  return parts(['question'], ['answer'], ['fact', { coast, ei: f.km(ENTRY_INTERFACE_KM) }]);
};

export const moduleSeparation: NoteBuilder = (replay, f) => {
  const alt = f.km(altOf(replay?.descent ?? null, 'module_separation') ?? SEPARATION.altKm);
  const share = f.percent(DESCENT_MODULE.massKg / STACK.massKg);
  return parts(['question'], ['answer'], ['fact', { alt, share }]);
};

export const entryInterface: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  const ei = d ? msOf(d, 'entry_interface') : undefined;
  const chute = d ? msOf(d, 'drogue_chute') : undefined;
  if (!d || ei === undefined || chute === undefined) return null;
  const speed = airAt(d, ei);
  return parts(
    ['question'],
    // Rounded to ten kilometres: the figure is for picturing, not for the record.
    ['answer', { speed: f.speed(speed), perMinute: f.km(Math.round((speed * 60) / 10) * 10) }],
    ['fact', { time: f.duration(chute - ei), drogue: f.speed(airAt(d, chute)) }],
  );
};

export const blackout: NoteBuilder = (replay, f) => {
  const d = replay?.descent ?? null;
  const from = f.km(altOf(d, 'blackout_start') ?? BLACKOUT.startAltKm);
  const to = f.km(altOf(d, 'blackout_end') ?? BLACKOUT.endAltKm);
  if (!d) return parts(['question'], ['answer'], ['factPlain', { from, to }]);
  const duration = f.duration(between(d, 'blackout_start', 'blackout_end'));
  return parts(['question'], ['answer'], ['fact', { duration, from, to }]);
};

export const blackoutEnd: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  if (!d) return parts(['question'], ['answer'], ['factPlain', { to: f.km(BLACKOUT.endAltKm) }]);
  const ei = msOf(d, 'entry_interface');
  const end = msOf(d, 'blackout_end');
  if (ei === undefined || end === undefined) return null;
  const speeds = { from: f.speed(airAt(d, ei)), to: f.speed(airAt(d, end)) };
  return parts(['question'], ['answer'], ['fact', speeds]);
};

export const peakG: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  if (!d) return null;
  const answer = { g: f.number(d.peakG, 1), alt: f.km(d.peakGAltKm) };
  // A ballistic return flown beside its guided twin (TMA-11): the lift's part, in the model's figures.
  const other = d.mode === 'ballistic' ? replay.comparison : null;
  const fact = other
    ? (['factBallistic', { other: formatUnit('g', other.peakG, 1, f.lang) }] as const)
    : (['fact'] as const);
  return parts(['question'], ['answer', answer], fact);
};

export const drogue: NoteBuilder = (replay, f) => {
  const d = replay?.descent ?? null;
  const speed = airAtEvent(d, 'drogue_chute', PARACHUTES.drogueDeploySpeedMs);
  // The drogue's own steady speed is what it has slowed to when the main canopy takes over.
  const steady = airAtEvent(d, 'main_chute', PARACHUTES.drogueSteadySpeedMs);
  return parts(
    ['question'],
    [
      'answer',
      { speed: f.speed(speed), area: f.m2(PARACHUTES.drogueAreaM2), steady: f.speed(steady) },
    ],
    [
      'fact',
      {
        alt: f.km(altOf(d, 'drogue_chute') ?? PARACHUTES.drogueAltKm),
        mainAlt: f.km(altOf(d, 'main_chute') ?? PARACHUTES.mainAltKm),
      },
    ],
  );
};

export const mainChute: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  if (!d) return null;
  // Just before the soft-landing motors fire: the canopy's steady speed near the ground.
  const speed = airAtEvent(d, 'soft_landing_engines', PARACHUTES.mainSteadySpeedMs);
  return parts(
    ['question'],
    ['answer', { area: f.m2(PARACHUTES.mainAreaM2), speed: f.speed(speed) }],
    ['fact', { duration: f.duration(between(d, 'main_chute', 'touchdown')) }],
  );
};

export const heatShield: NoteBuilder = (replay, f) => {
  const d = replay?.descent ?? null;
  const alt = f.km(altOf(d, 'heat_shield_jettison') ?? PARACHUTES.heatShieldAltKm);
  if (!d) return parts(['question'], ['answer'], ['factPlain', { alt }]);
  const duration = f.duration(between(d, 'heat_shield_jettison', 'touchdown'));
  return parts(['question'], ['answer'], ['fact', { alt, duration }]);
};

export const softLanding: NoteBuilder = (replay, f) => {
  const d = replay?.descent ?? null;
  const speed = airAtEvent(d, 'soft_landing_engines', PARACHUTES.mainSteadySpeedMs);
  const touch = airAtEvent(d, 'touchdown', PARACHUTES.touchdownSpeedMs);
  return parts(
    ['question', { speed: f.speed(speed) }],
    [
      'answer',
      {
        motors: f.number(PARACHUTES.softLandingMotors),
        height: f.m(PARACHUTES.softLandingAltKm * 1000),
        touch: f.speed(touch),
      },
    ],
    ['fact'],
  );
};

export const touchdown: NoteBuilder = (replay, f) => {
  const d = replay?.descent;
  if (!d) return parts(['questionPlain'], ['answerPlain'], ['factPlain']);
  // Rounded to ten kilometres: a track sampled every few seconds is not metre-true.
  const distance = f.km(Math.round(groundTrackKm(d) / 10) * 10);
  return parts(
    ['question'],
    ['answer', { duration: f.duration(d.touchdown.ms - d.burnMs), distance }],
    ['fact', { lat: formatLat(d.touchdown.lat, f.lang), lon: formatLon(d.touchdown.lon, f.lang) }],
  );
};

import { issTlesFor, replayTle } from '../data/issTles';
import type { MissionRecord } from '../data/schema';
import { simulateDescent, type DescentOptions, type DescentResult } from '../physics/descent';
import { planDescent } from '../physics/planner';
import { parseUtc } from '../physics/time';
import { undockingDeparture } from '../data/departure';
import type { AscentResult } from '../physics/ascent';
import { modelLaunch } from './launchReplay';
import type { Reason } from './reasons';
import { reconstructionFor } from '../data/reconstructions';
import { circularOrbitTle } from '../physics/reconstruct';
import { touchdownRest } from '../data/touchdownRest';
import { departureTrack } from './departureTrack';
import type { ReturnExtras } from './soyuzState';

/** Where the replay aims the guided descent, and whether that point is measured or estimated. */
export interface LandingAim {
  lat: number;
  lon: number;
  status: string;
}

export function landingAim(mission: MissionRecord): LandingAim | null {
  const l = mission.landing;
  if (!l) return null;
  if (l.lat !== null && l.lon !== null) return { lat: l.lat, lon: l.lon, status: l.coord_status };
  if (l.estimate)
    return { lat: l.estimate.lat, lon: l.estimate.lon, status: l.estimate.coord_status };
  return null;
}

/** The burn time the sources give (deorbit_burn_start, or a single deorbit_burn entry). */
export function sourcedBurnMs(mission: MissionRecord): number | null {
  const e = mission.timeline.find(
    (x) => (x.event === 'deorbit_burn_start' || x.event === 'deorbit_burn') && x.time_utc,
  );
  return e?.time_utc ? parseUtc(e.time_utc) : null;
}

export interface Replay {
  descent: DescentResult | null;
  /** A launch mission's approximate ascent and rendezvous, lift-off to docking. */
  ascent: AscentResult | null;
  /**
   * Where the burn time came from: the mission's sourced timeline, or, where the sources give
   * only the landing, the planner (the burn that lands on the site near the reported time).
   */
  burnSource: 'sourced' | 'planned' | null;
  /**
   * A sourced burn the replay does not fly: from the element set, it lands outside the automatic
   * footprint (hundreds of km off), so the element set or the minute-rounded time is off; the
   * replay flies the planner's burn instead and the card says so. Null otherwise.
   */
  sourcedBurnSetAside: { burnMs: number; missKm: number } | null;
  /**
   * Where the orbit came from: a real ISS element set, or, where none survives (TMA-11, 2008),
   * a reconstruction fitted to the sourced landing (data/reconstructions.ts).
   */
  orbitSource: 'tle' | 'reconstructed' | null;
  /**
   * The same burn flown in the other mode, for comparison: for TMA-11's ballistic return, where
   * a guided descent (reference bank, no target) would have come down.
   */
  comparison: DescentResult | null;
  /** What the descent was simulated from, so the what-if lab can fly it again with changes. */
  inputs: DescentOptions | null;
  /** Why there is no modelled descent, in words for the person at the screen. */
  unavailable: Reason | null;
  aim: LandingAim | null;
  /** A return's way from the port (where the data gives the port) and how it came to rest. */
  extras: ReturnExtras | null;
}

const cache = new Map<string, Replay>();

/**
 * The modelled descent of a landing mission (or, for a launch, its approximate ascent; see
 * launchReplay.ts): simulated once from the real ISS element set at the
 * sourced burn time (or, where only the landing is sourced, the burn the planner finds), guided
 * to the sourced (or estimated) landing point, then looked up per frame.
 */
export function replayFor(mission: MissionRecord): Replay {
  const hit = cache.get(mission.id);
  if (hit) return hit;
  const aim = landingAim(mission);
  let replay: Replay;
  try {
    replay = modelReplay(mission, aim);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const code = mission.event_type === 'launch' ? 'couldNotModelAscent' : 'couldNotModelDescent';
    replay = noReplay({ code, detail: why }, aim);
  }
  cache.set(mission.id, replay);
  return replay;
}

/** Planned burns look for a landing this close to the reported one: the same orbit's pass. */
const PLAN_WINDOW_MS = 45 * 60_000;

/** A mission with nothing modelled, and why, in words for the person at the screen. */
function noReplay(unavailable: Reason | null, aim: LandingAim | null): Replay {
  return {
    descent: null,
    ascent: null,
    burnSource: null,
    sourcedBurnSetAside: null,
    orbitSource: null,
    comparison: null,
    inputs: null,
    unavailable,
    aim,
    extras: null,
  };
}

function modelReplay(mission: MissionRecord, aim: LandingAim | null): Replay {
  const none = (unavailable: Reason | null): Replay => noReplay(unavailable, aim);
  const rest = touchdownRest(mission);
  const landed = (
    inputs: DescentOptions,
    burnSource: 'sourced' | 'planned',
    descent = simulateDescent(inputs),
    sourcedBurnSetAside: Replay['sourcedBurnSetAside'] = null,
  ): Replay => ({
    descent,
    ascent: null,
    burnSource,
    sourcedBurnSetAside,
    orbitSource: 'tle',
    comparison: null,
    inputs,
    unavailable: null,
    aim,
    extras: {
      departure: inputs.departure
        ? departureTrack(inputs.tle, inputs.departure, inputs.burnMs)
        : null,
      rest,
    },
  });
  if (mission.event_type === 'launch') {
    const ascent = modelLaunch(mission);
    if ('code' in ascent) return none(ascent);
    return { ...none(null), ascent };
  }
  const reconstruction = reconstructionFor(mission.id);
  if (reconstruction) {
    const tle = circularOrbitTle(reconstruction.orbit);
    const burnMs = reconstruction.orbit.epochMs;
    const mode = reconstruction.mode;
    const inputs: DescentOptions = { tle, burnMs, mode };
    return {
      ...none(null),
      descent: simulateDescent(inputs),
      inputs,
      comparison: simulateDescent({
        tle,
        burnMs,
        mode: mode === 'ballistic' ? 'guided' : 'ballistic',
      }),
      burnSource: 'sourced',
      orbitSource: 'reconstructed',
      unavailable: null,
      extras: { departure: null, rest },
    };
  }
  if (mission.event_type !== 'landing')
    return none({ code: 'notLanding', mission: mission.mission });
  const sourcedBurn = sourcedBurnMs(mission);
  // Guidance needs a point to steer to, and the planner one to plan for: none is guessed.
  if (!aim && sourcedBurn === null)
    return none({ code: 'noLandingPoint', mission: mission.mission });
  const landingMs = mission.landing?.time_utc ? parseUtc(mission.landing.time_utc) : null;
  const nearMs = sourcedBurn ?? landingMs;
  if (nearMs === null) return none({ code: 'noTimes', mission: mission.mission });
  const tle = replayTle(nearMs, issTlesFor(mission));
  if (!tle) return none({ code: 'noTleReturn', mission: mission.mission });
  // No point, but a sourced burn: the capsule flies the reference lift unsteered (the card says
  // that where it lands is the model's).
  if (!aim) return landed({ tle, burnMs: sourcedBurn!, mode: 'guided' }, 'sourced');
  const target = { lat: aim.lat, lon: aim.lon };
  if (sourcedBurn !== null) {
    // Start from the Soyuz's own state after the separation burns where the data allows, as
    // the validation does; otherwise from the station's.
    const departure = undockingDeparture(mission) ?? undefined;
    const inputs: DescentOptions = { tle, burnMs: sourcedBurn, mode: 'guided', target, departure };
    const descent = simulateDescent(inputs);
    // Inside the footprint, or nothing better to fly: the sourced burn stands.
    if (descent.footprint !== 'outside' || landingMs === null)
      return landed(inputs, 'sourced', descent);
    const plan = planDescent({ tle, target, landNearMs: landingMs, windowMs: PLAN_WINDOW_MS });
    const aside = { burnMs: sourcedBurn, missKm: descent.missKm ?? 0 };
    return landed(
      { tle, burnMs: plan.burnMs, mode: 'guided', target },
      'planned',
      undefined,
      aside,
    );
  }
  // Only the landing is sourced: plan the burn that lands on the site at about that time.
  const plan = planDescent({ tle, target, landNearMs: landingMs!, windowMs: PLAN_WINDOW_MS });
  // Flown once more from the plan's burn: the same descent, with inputs the lab can change.
  return landed({ tle, burnMs: plan.burnMs, mode: 'guided', target }, 'planned');
}

/**
 * The ground height the descent landed on (above the ellipsoid), km. The scene's Earth is the bare
 * ellipsoid, so the scene draws descent heights with this taken out, and telemetry gives height
 * above this ground.
 */
export function groundAltKm(descent: DescentResult): number {
  return descent.samples.altKm[descent.samples.length - 1]!;
}

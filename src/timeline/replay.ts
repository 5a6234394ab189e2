import { issTles, nearestTle } from '../data/issTles';
import type { MissionRecord } from '../data/schema';
import { simulateDescent, type DescentResult } from '../physics/descent';
import { parseUtc } from '../physics/time';
import { undockingDeparture } from '../data/departure';

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
  /** Why there is no modelled descent, in words for the person at the screen. */
  unavailable: string | null;
  aim: LandingAim | null;
}

/** Element sets further than this from the burn are not trusted to start a descent. */
const MAX_TLE_GAP_MS = 10 * 86_400_000;
const cache = new Map<string, Replay>();

/**
 * The modelled descent of a landing mission: simulated once from the real ISS element set at the
 * sourced burn time, guided to the sourced (or estimated) landing point, then looked up per frame.
 */
export function replayFor(mission: MissionRecord): Replay {
  const hit = cache.get(mission.id);
  if (hit) return hit;
  const aim = landingAim(mission);
  const burnMs = sourcedBurnMs(mission);
  const tle = burnMs !== null ? nearestTle(burnMs, issTles) : undefined;
  let replay: Replay;
  if (!aim || mission.event_type !== 'landing') {
    replay = { descent: null, unavailable: `${mission.mission} is not a landing replay`, aim };
  } else if (burnMs === null) {
    replay = {
      descent: null,
      unavailable: `The sources give no deorbit burn time for ${mission.mission}`,
      aim,
    };
  } else if (!tle || Math.abs(tle.epochMs - burnMs) > MAX_TLE_GAP_MS) {
    replay = {
      descent: null,
      unavailable: `No ISS element set near ${mission.mission}'s burn`,
      aim,
    };
  } else {
    try {
      // Start from the Soyuz's own state after the separation burns where the data allows, as
      // the validation does; otherwise from the station's.
      const departure = undockingDeparture(mission) ?? undefined;
      const descent = simulateDescent({
        tle,
        burnMs,
        mode: 'guided',
        target: { lat: aim.lat, lon: aim.lon },
        departure,
      });
      replay = { descent, unavailable: null, aim };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      replay = { descent: null, unavailable: `The descent could not be modelled: ${why}`, aim };
    }
  }
  cache.set(mission.id, replay);
  return replay;
}

/**
 * The ground height the descent landed on (above the ellipsoid), km. The scene's Earth is the bare
 * ellipsoid, so the scene draws descent heights with this taken out, and telemetry gives height
 * above this ground.
 */
export function groundAltKm(descent: DescentResult): number {
  return descent.samples.altKm[descent.samples.length - 1]!;
}

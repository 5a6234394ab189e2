import type { Reason } from './reasons';
import { issTlesFor, replayTle } from '../data/issTles';
import type { MissionRecord } from '../data/schema';
import { simulateAscent, SOYUZ_NOMINAL_ASCENT, type AscentResult } from '../physics/ascent';
import { parseUtc } from '../physics/time';

/** The data's time of an event in the mission's timeline, with its precision note. */
function timelineEvent(mission: MissionRecord, name: string) {
  const e = mission.timeline.find((x) => x.event === name && x.time_utc);
  return e?.time_utc ? { ms: parseUtc(e.time_utc), precision: e.precision ?? null } : null;
}

/**
 * Where insertion sits on the clock. The sources give spacecraft separation to the minute
 * ("5:03 p.m. Moscow time", Interfax); the nominal profile's T+529.229 s (MS-25 as flown) falls
 * inside that minute for MS-22, so the nominal seconds are kept, as the data's note says. Where
 * a reported time is precise, or the nominal falls outside the reported minute, the reported
 * time wins.
 */
export function insertionMsFor(mission: MissionRecord, liftoffMs: number): number | undefined {
  const reported = timelineEvent(mission, 'orbit_insertion_spacecraft_separation');
  if (!reported) return undefined;
  const nominalMs = liftoffMs + SOYUZ_NOMINAL_ASCENT.spacecraftSeparationS * 1000;
  const toMinute = reported.precision === 'minute';
  if (toMinute && nominalMs >= reported.ms && nominalMs < reported.ms + 60_000) return undefined;
  return reported.ms;
}

/**
 * The approximate ascent of a launch mission: simulated once from the real ISS element set
 * nearest lift-off, the sourced lift-off and docking times and the sourced pad. Returns the
 * reason in words instead where the data cannot support it.
 */
export function modelLaunch(mission: MissionRecord): AscentResult | Reason {
  const launch = mission.launch;
  if (!launch || launch.pad_lat === undefined || launch.pad_lon === undefined)
    return { code: 'noPad', mission: mission.mission };
  const liftoffMs = parseUtc(launch.time_utc);
  const docking = timelineEvent(mission, 'docking');
  if (!docking) return { code: 'noDocking', mission: mission.mission };
  const tle = replayTle(liftoffMs, issTlesFor(mission));
  if (!tle) return { code: 'noTleLaunch', mission: mission.mission };
  return simulateAscent({
    tle,
    liftoffMs,
    insertionMs: insertionMsFor(mission, liftoffMs),
    dockingMs: docking.ms,
    pad: {
      lat: launch.pad_lat,
      lon: launch.pad_lon,
      altKm: launch.pad_elev_m !== undefined ? launch.pad_elev_m / 1000 : undefined,
    },
  });
}

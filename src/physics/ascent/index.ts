/**
 * An approximate Soyuz launch: lift-off, ascent to orbit insertion, and the fast (two-orbit)
 * rendezvous to docking, built from sourced milestones rather than from a rocket model.
 *
 *   simulateAscent({ tle, liftoffMs, insertionMs?, dockingMs, pad: { lat, lon, altKm? } })
 *     => { samples, events, insertion, approximate: true }
 *
 * Everything it returns is flagged `approximate: true`: it is a smooth, kinematically consistent
 * path through the known milestones, not a simulation of thrust, mass and steering.
 *
 * Sourced (missions.json `soyuz-ms-22-launch`, shared/data/SOURCES.md):
 *   - lift-off 2022-09-21T13:54:49.531Z from Baikonur Site 31/6, 45.99611 N 63.56389 E, ~104 m;
 *   - spacecraft separation (orbit insertion) 14:03 UTC to the minute (Interfax); the seconds are
 *     the nominal T+529.229 s of the flown MS-25 timeline (an estimate for MS-22);
 *   - docking at Rassvet (nadir) 17:06:33 UTC after a two-orbit rendezvous.
 * Nominal Soyuz-2.1a / Site 31 profile (Soyuz MS-25, 2024-03-23, as flown, russianspaceweb.com
 * quoting Roscosmos; "the other crewed flights from the same site agree within 0.5 s"; used for
 * MS-22 as the nominal profile, hence approximate): strap-on (first-stage) separation T+117.8 s at
 * ~45 km, fairing T+153.33 s at ~79 km, core (second-stage) separation T+287.70 s at ~157 km and
 * ~3.8 km/s, third-stage cut-off T+525.93 s, spacecraft separation T+529.229 s into a
 * 200.0 x 242.0 km orbit. The altitudes are that page's nominal figures, not MS-22 measurements.
 *
 * Assumptions (not sourced):
 *   - the ascent is flown in the ISS's orbital plane at insertion (its osculating plane from
 *     SGP4): the launch time is chosen in reality so that Baikonur passes under that plane, and the
 *     small out-of-plane offset of the pad at lift-off (and the Earth's eastward carry of the pad)
 *     is steered out smoothly (a cubic in time) by insertion;
 *   - altitude follows a smooth curve fitted to the nominal altitudes above (within 6 km of
 *     each); no max-q event: with no thrust or mass model the dynamic pressure along this path
 *     (the `q` column) is only indicative, and its peak time would not mean anything; horizontal inertial
 *     speed grows from the pad's (Earth rotation) to the insertion orbit's perigee speed as
 *     v0 + (v1 - v0) tau^1.5 (tau = time / insertion time): a rocket accelerates harder as it
 *     gets lighter; the exponent is a shape choice that gives ~3.3 km/s inertial (~3.0 km/s
 *     relative to the ground) at core separation, next to the nominal ~3.8 km/s (frame unstated);
 *   - insertion at the perigee of the 200 x 242 km orbit (heights over the local ellipsoid);
 *   - rendezvous: the insertion orbit is propagated (point mass + J2, no drag) and the ISS by SGP4;
 *     the Soyuz's radius, argument of latitude and orbital plane are blended from the first to the
 *     second with a quintic smoothstep in time, so it leaves the insertion orbit smoothly and
 *     arrives on the ISS, with the station's velocity, exactly at docking. The real phasing
 *     burns, the station-keeping and the fly-around are not modelled.
 *
 * How: one AscentState (state.ts) advanced stage by stage (stages/powered.ts: first, second and
 * third stage to insertion; stages/rendezvous.ts: insertion to docking), then tabulated
 * (table.ts); this file is the driver and the public API.
 */
import { createAscentState, type AscentState } from './state';
import { poweredAscent } from './stages/powered';
import { rendezvous } from './stages/rendezvous';
import { ascentResult } from './table';
import type { AscentOptions, AscentResult } from './types';

export {
  ASCENT_EVENT_TYPES,
  ASCENT_PHASES,
  AscentError,
  SOYUZ_NOMINAL_ASCENT,
  type AscentEvent,
  type AscentEventType,
  type AscentOptions,
  type AscentPhase,
  type AscentResult,
} from './types';

/** The ascent's steps in flight order; each advances the state from where the one before left it. */
export const ASCENT_STEPS: readonly ((st: AscentState) => void)[] = [poweredAscent, rendezvous];

export function simulateAscent(opts: AscentOptions): AscentResult {
  const st = createAscentState(opts);
  for (const step of ASCENT_STEPS) step(st);
  return ascentResult(st);
}

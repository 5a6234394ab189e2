import { propagateTeme, type EciState } from './sgp4';
import { eciToEcef, ecefToGeodetic, type Geodetic } from './frames';
import { gmstRad } from './time';
import { norm } from './vec3';
import type { Tle } from './tle';

export interface SatelliteFix {
  eci: EciState;
  geo: Geodetic;
  speedKms: number;
}

/** Where a satellite is (inertial state, the ground below it, its speed) at an instant. */
export function satelliteFix(tle: Tle, ms: number): SatelliteFix {
  const eci = propagateTeme(tle, ms);
  const geo = ecefToGeodetic(eciToEcef(eci.r, gmstRad(ms)));
  return { eci, geo, speedKms: norm(eci.v) };
}

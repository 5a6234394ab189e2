import { propagate } from 'satellite.js';
import { sgp4ErrorText } from './sgp4Errors';
import type { Tle } from './tle';
import type { Vec3 } from './vec3';

export class PropagationError extends Error {
  override name = 'PropagationError';
}

export { SGP4_ERRORS, sgp4ErrorText } from './sgp4Errors';

/** SGP4 is only trusted within this many days of the element set's epoch. */
export const TLE_SENSIBLE_DAYS = 30;

export interface EciState {
  /** TEME position, km. */
  r: Vec3;
  /** TEME velocity, km/s. */
  v: Vec3;
}

/** Position and velocity in SGP4's TEME frame at a UTC instant (epoch ms). */
export function propagateTeme(tle: Tle, ms: number, out?: EciState): EciState {
  const days = Math.abs(ms - tle.epochMs) / 86_400_000;
  if (days > TLE_SENSIBLE_DAYS) {
    throw new PropagationError(
      `${new Date(ms).toISOString()} is ${days.toFixed(0)} days from the TLE epoch; SGP4 is not trusted beyond ${TLE_SENSIBLE_DAYS}`,
    );
  }
  const pv = propagate(tle.satrec, new Date(ms));
  if (!pv || tle.satrec.error !== 0) {
    throw new PropagationError(
      `SGP4 cannot propagate satellite ${tle.satnum} to ${new Date(ms).toISOString()}: ${sgp4ErrorText(tle.satrec.error)}`,
    );
  }
  const s = out ?? { r: [0, 0, 0], v: [0, 0, 0] };
  s.r[0] = pv.position.x;
  s.r[1] = pv.position.y;
  s.r[2] = pv.position.z;
  s.v[0] = pv.velocity.x;
  s.v[1] = pv.velocity.y;
  s.v[2] = pv.velocity.z;
  return s;
}

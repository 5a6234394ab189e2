import { propagate } from 'satellite.js';
import type { Tle } from './tle';
import type { Vec3 } from './vec3';

export class PropagationError extends Error {
  override name = 'PropagationError';
}

/** What satellite.js's SGP4 error codes mean (Vallado's sgp4unit), for messages a person reads. */
export const SGP4_ERRORS: Readonly<Record<number, string>> = {
  1: 'its mean elements are out of range (eccentricity or semi-major axis)',
  2: 'its mean motion is negative',
  3: 'its perturbed eccentricity is out of range',
  4: 'its semi-latus rectum is negative',
  5: 'its orbit is below the Earth’s surface',
  6: 'the satellite has decayed',
};

export const sgp4ErrorText = (code: number): string => SGP4_ERRORS[code] ?? `SGP4 error ${code}`;

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

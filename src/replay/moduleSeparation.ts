import type { DescentResult } from '../physics/descent';
import type { Vec3 } from '../physics/vec3';

/**
 * The orbital and instrument modules after module separation, relative to the descent module, in
 * the flight frame (forward, up, right), m. Pyrotechnic bolts and springs part them along the
 * ship's axis; the sources give no speed, so the plainest figure is taken: 1 m/s each way
 * (assumption), with no difference in drag drawn (they stay on the capsule's path, parting
 * steadily, until they break up in the heating).
 */
export const MODULE_PART_MPS = 1;
/** Centres at separation along the axis, m (soyuzModel: orbital +2.5, instrument −2.3). */
const ORBITAL_AT_M = 2.5;
const SERVICE_AT_M = -2.3;

export interface ModulesApart {
  /** Seconds since separation (negative before). */
  sinceS: number;
  orbitalM: Vec3;
  serviceM: Vec3;
  /** From the descent module to the nearer of the other two, m; 0 before separation. */
  apartM: number;
}

/** `axis`: the ship's nose direction at separation (flight frame), along which the modules part. */
export function modulesAt(
  d: DescentResult,
  ms: number,
  axis: Vec3,
  out: ModulesApart,
): ModulesApart {
  const sep = d.events.find((e) => e.type === 'module_separation')?.ms ?? Infinity;
  out.sinceS = (ms - sep) / 1000;
  const moved = out.sinceS > 0 ? MODULE_PART_MPS * out.sinceS : 0;
  const o = ORBITAL_AT_M + moved;
  const v = SERVICE_AT_M - moved;
  for (let i = 0; i < 3; i++) {
    out.orbitalM[i] = axis[i]! * o;
    out.serviceM[i] = axis[i]! * v;
  }
  // Docked together the modules touch: the gap is what has opened since separation.
  out.apartM = moved;
  return out;
}

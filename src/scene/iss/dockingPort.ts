import type { IssState } from '../../replay/sceneState';
import type { Vec3 } from '../../physics/vec3';
import { RASSVET_NADIR_SOYUZ_M } from './issModel';

/**
 * From the station's centre to where a Soyuz docked at Rassvet's nadir port sits, km, inertial,
 * at true scale (multiply by the station model's enlargement when it is drawn enlarged). The
 * station flies local-vertical, local-horizontal: X along the horizontal velocity, Y up.
 */
export function dockedOffsetKm(iss: IssState, out: Vec3): Vec3 {
  const r = iss.eci.r;
  const v = iss.eci.v;
  const rn = Math.hypot(r[0], r[1], r[2]);
  const ux = r[0] / rn;
  const uy = r[1] / rn;
  const uz = r[2] / rn;
  const vr = v[0] * ux + v[1] * uy + v[2] * uz;
  let fx = v[0] - vr * ux;
  let fy = v[1] - vr * uy;
  let fz = v[2] - vr * uz;
  const fn = Math.hypot(fx, fy, fz) || 1;
  fx /= fn;
  fy /= fn;
  fz /= fn;
  const { x, y } = RASSVET_NADIR_SOYUZ_M;
  out[0] = (x * fx + y * ux) / 1000;
  out[1] = (x * fy + y * uy) / 1000;
  out[2] = (x * fz + y * uz) / 1000;
  return out;
}

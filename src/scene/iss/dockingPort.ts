import type { IssState } from '../../replay/sceneState';
import type { DockingPort } from '../../physics/departure';
import type { Vec3 } from '../../physics/vec3';
import { DOCKED_SOYUZ_M } from './issModel';

const forward: Vec3 = [0, 0, 0];
const up: Vec3 = [0, 0, 0];
const normal: Vec3 = [0, 0, 0];

/**
 * The station's axes, inertial unit vectors: forward (the horizontal velocity), up (the local
 * vertical) and the orbit normal (r × v). The station flies local-vertical, local-horizontal, so
 * its model's X is forward, Y up and Z forward × up = −normal.
 */
function stationAxes(iss: IssState): void {
  const r = iss.eci.r;
  const v = iss.eci.v;
  const rn = Math.hypot(r[0], r[1], r[2]);
  for (let i = 0; i < 3; i++) up[i] = r[i]! / rn;
  const vr = v[0] * up[0] + v[1] * up[1] + v[2] * up[2];
  for (let i = 0; i < 3; i++) forward[i] = v[i]! - vr * up[i]!;
  const fn = Math.hypot(forward[0], forward[1], forward[2]) || 1;
  for (let i = 0; i < 3; i++) forward[i] = forward[i]! / fn;
  normal[0] = up[1] * forward[2] - up[2] * forward[1];
  normal[1] = up[2] * forward[0] - up[0] * forward[2];
  normal[2] = up[0] * forward[1] - up[1] * forward[0];
}

/**
 * From the station's centre to where a Soyuz docked at `port` sits (its model's origin), km,
 * inertial, at true scale (multiply by the station model's enlargement when it is drawn enlarged).
 */
export function dockedOffsetKm(iss: IssState, out: Vec3, port: DockingPort = 'nadir'): Vec3 {
  return departingOffsetKm(iss, port, null, out);
}

/**
 * From the station's centre to the departing Soyuz, km, inertial, at true scale: the docked
 * position plus `fromPortM`, its offset from there in metres as the replay gives it (radial,
 * along-track, cross-track = orbit normal). Null `fromPortM`: still docked.
 */
export function departingOffsetKm(
  iss: IssState,
  port: DockingPort,
  fromPortM: Readonly<Vec3> | null,
  out: Vec3,
): Vec3 {
  stationAxes(iss);
  const { x, y } = DOCKED_SOYUZ_M[port];
  const radial = y + (fromPortM?.[0] ?? 0);
  const along = x + (fromPortM?.[1] ?? 0);
  const cross = fromPortM?.[2] ?? 0;
  for (let i = 0; i < 3; i++)
    out[i] = (along * forward[i]! + radial * up[i]! + cross * normal[i]!) / 1000;
  return out;
}

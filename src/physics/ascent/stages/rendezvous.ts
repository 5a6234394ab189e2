/**
 * The rendezvous, insertion to docking: the free insertion orbit (point mass + J2, the shared
 * RK4) blended onto the ISS (SGP4) in radius, argument of latitude and plane with a quintic
 * smoothstep in time, so it arrives on the station, with its velocity, exactly at docking.
 */
import { DEG } from '../../constants';
import { gravityJ2 } from '../../earth/gravity';
import { rk4 } from '../../integrator';
import { propagateTeme } from '../../sgp4';
import { unit, type Vec3 } from '../../vec3';
import { fromPolar, polarOf, smooth5, wrapPi } from '../geometry';
import type { AscentState } from '../state';
import { RENDEZVOUS_STEP_S } from '../types';

/** Point mass + J2, the equations of the free insertion orbit. */
function freeOrbit(_t: number, x: Float64Array, _ctx: null, out: Float64Array): void {
  out[0] = x[3]!;
  out[1] = x[4]!;
  out[2] = x[5]!;
  gravityJ2(x[0]!, x[1]!, x[2]!, out, 3);
}

/** The blended position between the free orbit's state and the ISS's, at weight w. */
function blend(
  fr: Readonly<Vec3>,
  fv: Readonly<Vec3>,
  ir: Readonly<Vec3>,
  iv: Readonly<Vec3>,
  w: number,
  dPrev: number,
): { p: Vec3; d: number } {
  const pf = polarOf(fr, fv);
  const pi = polarOf(ir, iv);
  const d = dPrev + wrapPi(pi.u - pf.u - dPrev);
  const n = unit([
    (1 - w) * pf.n[0] + w * pi.n[0],
    (1 - w) * pf.n[1] + w * pi.n[1],
    (1 - w) * pf.n[2] + w * pi.n[2],
  ]);
  return { p: fromPolar((1 - w) * pf.rad + w * pi.rad, pf.u + w * d, n), d };
}

/** Insertion to docking into st.rendezvous (times in seconds after lift-off). */
export function rendezvous(st: AscentState): void {
  const { T, insertionMs, issIns } = st;
  const insR = st.powered.pos[st.powered.pos.length - 1]!;
  const insV = st.powered.vel[st.powered.vel.length - 1]!;
  const free = Float64Array.of(...insR, ...insV);
  const spanS = (st.dockingMs - insertionMs) / 1000;
  const rvTimes: number[] = [];
  const rvPos: Vec3[] = [];
  const rvVel: Vec3[] = [];
  const issAt = (ms: number) => propagateTeme(st.tle, ms);
  const pIss0 = polarOf(issIns.r, issIns.v);
  const pFree0 = polarOf(insR, insV);
  let D = wrapPi(pIss0.u - pFree0.u);
  st.phaseAngleDeg = D / DEG;
  const acc = new Float64Array(6);
  let tFree = 0;
  const rvSteps = Math.ceil(spanS / RENDEZVOUS_STEP_S);
  const DT = 0.1; // s, for the velocity by central difference
  for (let i = 0; i <= rvSteps; i++) {
    const t = Math.min(spanS, i * RENDEZVOUS_STEP_S);
    while (tFree < t - 1e-9) {
      const h = Math.min(RENDEZVOUS_STEP_S, t - tFree);
      rk4(freeOrbit, null, 0, free, h, free);
      tFree += h;
    }
    const ms = insertionMs + t * 1000;
    const fr: Vec3 = [free[0]!, free[1]!, free[2]!];
    const fv: Vec3 = [free[3]!, free[4]!, free[5]!];
    if (i === 0) {
      rvTimes.push(T);
      rvPos.push([...insR]);
      rvVel.push([...insV]);
      continue;
    }
    if (i === rvSteps) {
      const iss = issAt(ms);
      rvTimes.push(T + t);
      rvPos.push([...iss.r]);
      rvVel.push([...iss.v]);
      continue;
    }
    gravityJ2(fr[0], fr[1], fr[2], acc, 0);
    const shifted = (sgn: number): Vec3 => {
      const hh = sgn * DT;
      const iss = issAt(ms + hh * 1000);
      const frs: Vec3 = [
        fr[0] + fv[0] * hh + 0.5 * acc[0]! * hh * hh,
        fr[1] + fv[1] * hh + 0.5 * acc[1]! * hh * hh,
        fr[2] + fv[2] * hh + 0.5 * acc[2]! * hh * hh,
      ];
      const fvs: Vec3 = [fv[0] + acc[0]! * hh, fv[1] + acc[1]! * hh, fv[2] + acc[2]! * hh];
      return blend(frs, fvs, iss.r, iss.v, smooth5((t + hh) / spanS), D).p;
    };
    const iss = issAt(ms);
    const mid = blend(fr, fv, iss.r, iss.v, smooth5(t / spanS), D);
    D = mid.d;
    const pPlus = shifted(1);
    const pMinus = shifted(-1);
    rvTimes.push(T + t);
    rvPos.push(mid.p);
    rvVel.push([
      (pPlus[0] - pMinus[0]) / (2 * DT),
      (pPlus[1] - pMinus[1]) / (2 * DT),
      (pPlus[2] - pMinus[2]) / (2 * DT),
    ]);
  }
  st.rendezvous = { ts: rvTimes, pos: rvPos, vel: rvVel };
}

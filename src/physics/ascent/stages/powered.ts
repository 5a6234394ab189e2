/**
 * The powered ascent, lift-off to orbit insertion: a kinematic path (no thrust or mass model)
 * through the nominal milestones, flown stage by stage. Each stage advances the same path (1 s
 * samples, the in-plane angle integrated by Simpson's rule) to its separation time.
 */
import { MU_EARTH_KM3_S2 } from '../../constants';
import type { Vec3 } from '../../vec3';
import { ellipsoidRadius } from '../geometry';
import { hShape, hSlope, zAt, zRate, type AscentState, type Path } from '../state';
import { ASCENT_STEP_S, SOYUZ_NOMINAL_ASCENT, SPEED_EXPONENT } from '../types';

/** A powered path being flown towards insertion at radius `rp` (perigee of the insertion orbit). */
interface Flight {
  readonly st: AscentState;
  readonly rp: number;
  readonly vh1: number;
  readonly path: Path;
  /** Next sample index, of `steps`. */
  i: number;
  readonly steps: number;
  /** In-plane angle travelled from the pad, rad. */
  theta: number;
}

function radius(f: Flight, t: number): number {
  return f.st.R0 + (f.rp - f.st.R0) * hShape(f.st, t);
}

function rho(f: Flight, t: number): number {
  const R = radius(f, t);
  const z = zAt(f.st, t);
  return Math.sqrt(R * R - z * z);
}

function thetaRate(f: Flight, t: number): number {
  const st = f.st;
  const vh = st.vh0 + (f.vh1 - st.vh0) * Math.pow(t / st.T, SPEED_EXPONENT);
  return vh / rho(f, t);
}

/** Advance the flight's samples up to `endS` seconds after lift-off (inclusive). */
function flyUntil(f: Flight, endS: number): void {
  const { st, path } = f;
  const { u0, t0, nPlane, T } = st;
  const { ts, pos, vel } = path;
  for (; f.i <= f.steps; f.i++) {
    const i = f.i;
    const t = Math.min(T, i * ASCENT_STEP_S);
    if (t > endS) return;
    if (i > 0) {
      const tp = ts[ts.length - 1]!;
      const h = t - tp;
      f.theta += (h / 6) * (thetaRate(f, tp) + 4 * thetaRate(f, tp + h / 2) + thetaRate(f, t));
    }
    const R = radius(f, t);
    const z = zAt(st, t);
    const rh = i === 0 ? st.rho0 : rho(f, t);
    const ct = Math.cos(f.theta);
    const sn = Math.sin(f.theta);
    const dir: Vec3 = [ct * u0[0] + sn * t0[0], ct * u0[1] + sn * t0[1], ct * u0[2] + sn * t0[2]];
    const side: Vec3 = [
      -sn * u0[0] + ct * t0[0],
      -sn * u0[1] + ct * t0[1],
      -sn * u0[2] + ct * t0[2],
    ];
    const Rdot = (f.rp - st.R0) * hSlope(st, t);
    const zd = zRate(st, t);
    const rhoDot = (R * Rdot - z * zd) / rh;
    const hv = rh * thetaRate(f, t);
    ts.push(t);
    pos.push([
      rh * dir[0] + z * nPlane[0],
      rh * dir[1] + z * nPlane[1],
      rh * dir[2] + z * nPlane[2],
    ]);
    vel.push([
      rhoDot * dir[0] + hv * side[0] + zd * nPlane[0],
      rhoDot * dir[1] + hv * side[1] + zd * nPlane[1],
      rhoDot * dir[2] + hv * side[2] + zd * nPlane[2],
    ]);
  }
}

/** First stage (the four strap-ons with the core): lift-off to strap-on separation. */
export const firstStage = (f: Flight): void =>
  flyUntil(f, SOYUZ_NOMINAL_ASCENT.firstStageSeparationS);
/** Second stage (the core alone): to core separation. */
export const secondStage = (f: Flight): void =>
  flyUntil(f, SOYUZ_NOMINAL_ASCENT.secondStageSeparationS);
/** Third stage: to cut-off and spacecraft separation, the orbit insertion. */
export const thirdStage = (f: Flight): void => flyUntil(f, f.st.T);

/** The powered path to insertion at perigee radius `rp`, stage by stage. */
export function flyPowered(st: AscentState, rp: number): Path {
  const ra = rp + (st.apogeeKm - st.perigeeKm);
  const a = (rp + ra) / 2;
  const f: Flight = {
    st,
    rp,
    vh1: Math.sqrt(MU_EARTH_KM3_S2 * (2 / rp - 1 / a)),
    path: { ts: [], pos: [], vel: [] },
    i: 0,
    steps: Math.ceil(st.T / ASCENT_STEP_S),
    theta: 0,
  };
  for (const stage of [firstStage, secondStage, thirdStage]) stage(f);
  // Exactly the pad at lift-off.
  f.path.pos[0] = [...st.p0];
  f.path.vel[0] = [...st.padVel];
  return f.path;
}

/**
 * The powered ascent into st.powered. The insertion radius depends on where insertion falls
 * (the ellipsoid under it): flown three times, the radius corrected in between.
 */
export function poweredAscent(st: AscentState): void {
  let rIns = st.R0 + st.perigeeKm;
  let path = flyPowered(st, rIns);
  for (let k = 0; k < 2; k++) {
    const last = path.pos[path.pos.length - 1]!;
    rIns = ellipsoidRadius(last, st.insertionMs) + st.perigeeKm;
    path = flyPowered(st, rIns);
  }
  st.powered = path;
}

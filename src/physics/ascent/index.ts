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
 */
import { MU_EARTH_KM3_S2, OMEGA_EARTH_RAD_S } from './constants';
import { densityKgM3, speedOfSoundMs } from './atmosphere';
import { ecefToGeodetic, geodeticToEcef, type Geodetic } from './frames';
import { gravityJ2 } from './gravity';
import { propagateTeme } from './sgp4';
import { G0_MS2 } from './spacecraft';
import { gmstRad } from './time';
import type { Tle } from './tle';
import type { Vec3 } from './vec3';
import { TrajectoryBuilder, type TrajectoryTable } from './descent/trajectory';

/** Ascent phases; an ascent table's `phase` column holds indices into this list (not PHASES). */
export const ASCENT_PHASES = [
  'first_stage',
  'second_stage',
  'third_stage',
  'rendezvous',
  'docked',
] as const;
export type AscentPhase = (typeof ASCENT_PHASES)[number];

export const ASCENT_EVENT_TYPES = [
  'launch',
  'first_stage_separation',
  'fairing_jettison',
  'second_stage_separation',
  'third_stage_cutoff',
  'orbit_insertion',
  'docking',
] as const;
export type AscentEventType = (typeof ASCENT_EVENT_TYPES)[number];

/**
 * Nominal Soyuz-2.1a ascent from Site 31 (Soyuz MS-25 as flown, russianspaceweb.com quoting
 * Roscosmos): seconds after lift-off, nominal altitudes in km, initial orbit in km.
 */
export const SOYUZ_NOMINAL_ASCENT = {
  firstStageSeparationS: 117.8,
  firstStageSeparationAltKm: 45,
  fairingS: 153.33,
  fairingAltKm: 79,
  secondStageSeparationS: 287.7,
  secondStageSeparationAltKm: 157,
  thirdStageCutoffS: 525.93,
  spacecraftSeparationS: 529.229,
  perigeeKm: 200,
  apogeeKm: 242,
} as const;

/** Shape exponent of the horizontal speed build-up (assumption, see the header). */
const SPEED_EXPONENT = 1.5;
/** Altitude shape parameter, fitted to the nominal altitudes (see simulateAscent). */
const ALT_SHAPE_B = 3.3;
/** Sample spacing: powered ascent, rendezvous (s). */
const ASCENT_STEP_S = 1;
const RENDEZVOUS_STEP_S = 10;

export interface AscentOptions {
  /** ISS elements near the launch (the target orbit and the docking position). */
  tle: Tle;
  /** Lift-off, UTC epoch ms. */
  liftoffMs: number;
  /** Spacecraft separation (orbit insertion), UTC ms. Default: lift-off + 529.229 s (nominal). */
  insertionMs?: number;
  /** Docking, UTC ms. */
  dockingMs: number;
  /** Pad, geodetic degrees; height over the ellipsoid in km (default 0.104, Site 31). */
  pad: { lat: number; lon: number; altKm?: number };
  /** Insertion orbit heights, km (default 200 x 242, the nominal Soyuz figures). */
  perigeeKm?: number;
  apogeeKm?: number;
}

export interface AscentEvent {
  type: AscentEventType;
  /** UTC epoch ms. */
  ms: number;
  altKm: number;
  lat: number;
  lon: number;
  /** TEME position, km. */
  r: Vec3;
  approximate: true;
  /** Where the time comes from. */
  basis: 'sourced' | 'nominal profile';
}

export interface AscentResult {
  approximate: true;
  liftoffMs: number;
  insertionMs: number;
  dockingMs: number;
  /** Same columns as a descent; `phase` indexes ASCENT_PHASES. Use with `sampleAt`. */
  samples: TrajectoryTable;
  events: AscentEvent[];
  /** The insertion orbit as modelled (osculating at insertion). */
  insertion: {
    approximate: true;
    perigeeKm: number;
    apogeeKm: number;
    speedKms: number;
    inclinationDeg: number;
    /** ISS osculating inclination at the same instant, for comparison. */
    issInclinationDeg: number;
    /** Argument of latitude of the ISS minus that of the Soyuz at insertion (deg, ISS ahead > 0). */
    phaseAngleDeg: number;
  };
}

export class AscentError extends Error {
  override name = 'AscentError';
}

const DEG = Math.PI / 180;
const W = OMEGA_EARTH_RAD_S;

const dot = (a: Readonly<Vec3>, b: Readonly<Vec3>): number =>
  a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Readonly<Vec3>): number => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Readonly<Vec3>): Vec3 => {
  const n = norm(a);
  return [a[0] / n, a[1] / n, a[2] / n];
};
const wrapPi = (x: number): number => x - 2 * Math.PI * Math.round(x / (2 * Math.PI));

/** Inertial (TEME) to geodetic at a UTC instant. */
function geodeticAt(ms: number, r: Readonly<Vec3>, out: Geodetic): Geodetic {
  const th = gmstRad(ms);
  const c = Math.cos(th);
  const s = Math.sin(th);
  return ecefToGeodetic([c * r[0] + s * r[1], -s * r[0] + c * r[1], r[2]], out);
}

/** Radius, argument of latitude and plane of a state, for the rendezvous blend. */
interface Polar {
  rad: number;
  u: number;
  n: Vec3;
}

function polarOf(r: Readonly<Vec3>, v: Readonly<Vec3>): Polar {
  const n = unit(cross(r, v));
  const node = unit(cross([0, 0, 1], n));
  const m = cross(n, node);
  return { rad: norm(r), u: Math.atan2(dot(r, m), dot(r, node)), n };
}

function fromPolar(rad: number, u: number, n: Readonly<Vec3>): Vec3 {
  const node = unit(cross([0, 0, 1], n));
  const m = cross(n, node);
  const c = Math.cos(u) * rad;
  const s = Math.sin(u) * rad;
  return [c * node[0] + s * m[0], c * node[1] + s * m[1], c * node[2] + s * m[2]];
}

/** Quintic smoothstep: 0 → 1 with zero slope and curvature at both ends. */
const smooth5 = (s: number): number =>
  s <= 0 ? 0 : s >= 1 ? 1 : s * s * s * (10 + s * (6 * s - 15));

/** Point mass + J2, RK4, in place. */
function rk4J2(s: Float64Array, dt: number): void {
  const k = [new Float64Array(6), new Float64Array(6), new Float64Array(6), new Float64Array(6)];
  const tmp = new Float64Array(6);
  const f = (x: Float64Array, out: Float64Array): void => {
    out[0] = x[3]!;
    out[1] = x[4]!;
    out[2] = x[5]!;
    gravityJ2(x[0]!, x[1]!, x[2]!, out, 3);
  };
  f(s, k[0]!);
  for (let i = 0; i < 6; i++) tmp[i] = s[i]! + 0.5 * dt * k[0]![i]!;
  f(tmp, k[1]!);
  for (let i = 0; i < 6; i++) tmp[i] = s[i]! + 0.5 * dt * k[1]![i]!;
  f(tmp, k[2]!);
  for (let i = 0; i < 6; i++) tmp[i] = s[i]! + dt * k[2]![i]!;
  f(tmp, k[3]!);
  for (let i = 0; i < 6; i++) {
    s[i] = s[i]! + (dt / 6) * (k[0]![i]! + 2 * k[1]![i]! + 2 * k[2]![i]! + k[3]![i]!);
  }
}

function inclinationDeg(r: Readonly<Vec3>, v: Readonly<Vec3>): number {
  const h = cross(r, v);
  return Math.acos(h[2] / norm(h)) / DEG;
}

/** Perigee and apogee heights over a sphere of the given radius, from an osculating state. */
function apsides(r: Readonly<Vec3>, v: Readonly<Vec3>): { rp: number; ra: number } {
  const rn = norm(r);
  const v2 = dot(v, v);
  const a = 1 / (2 / rn - v2 / MU_EARTH_KM3_S2);
  const h = norm(cross(r, v));
  const e = Math.sqrt(Math.max(0, 1 - (h * h) / (MU_EARTH_KM3_S2 * a)));
  return { rp: a * (1 - e), ra: a * (1 + e) };
}

/** Geocentric radius of the WGS-84 ellipsoid under a point (km). */
function ellipsoidRadius(r: Readonly<Vec3>, ms: number): number {
  const g = geodeticAt(ms, r, { lat: 0, lon: 0, altKm: 0 });
  const e = geodeticToEcef(g.lat, g.lon, 0);
  return norm(e);
}

export function simulateAscent(opts: AscentOptions): AscentResult {
  const nominal = SOYUZ_NOMINAL_ASCENT;
  const liftoffMs = opts.liftoffMs;
  const insertionMs = opts.insertionMs ?? liftoffMs + nominal.spacecraftSeparationS * 1000;
  const dockingMs = opts.dockingMs;
  const T = (insertionMs - liftoffMs) / 1000;
  if (!(T > nominal.secondStageSeparationS + 60 && T < 900)) {
    throw new AscentError(
      `orbit insertion must come ${(nominal.secondStageSeparationS + 60).toFixed(0)}-900 s after lift-off (the nominal Soyuz profile), got ${T.toFixed(1)} s`,
    );
  }
  if (!(dockingMs > insertionMs + 1800_000)) {
    throw new AscentError('docking must come at least 30 min after orbit insertion');
  }
  const { lat, lon } = opts.pad;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    throw new AscentError(`pad ${lat}, ${lon} is off the globe`);
  }
  const perigeeKm = opts.perigeeKm ?? nominal.perigeeKm;
  const apogeeKm = opts.apogeeKm ?? nominal.apogeeKm;
  if (!(perigeeKm >= 150 && apogeeKm >= perigeeKm && apogeeKm < 1000)) {
    throw new AscentError(`insertion orbit ${perigeeKm} x ${apogeeKm} km is not a usable orbit`);
  }

  // --- Geometry at lift-off: the pad, the target plane. ---
  const padAlt = opts.pad.altKm ?? 0.104;
  const padEcef = geodeticToEcef(opts.pad.lat * DEG, opts.pad.lon * DEG, padAlt);
  const th0 = gmstRad(liftoffMs);
  const c0 = Math.cos(th0);
  const s0 = Math.sin(th0);
  const p0: Vec3 = [
    c0 * padEcef[0] - s0 * padEcef[1],
    s0 * padEcef[0] + c0 * padEcef[1],
    padEcef[2],
  ];
  const padVel: Vec3 = [-W * p0[1], W * p0[0], 0];
  const issIns = propagateTeme(opts.tle, insertionMs);
  const nPlane = unit(cross(issIns.r, issIns.v));
  const d0 = dot(p0, nPlane); // pad's offset from the plane, km
  const inPlane0: Vec3 = [p0[0] - d0 * nPlane[0], p0[1] - d0 * nPlane[1], p0[2] - d0 * nPlane[2]];
  const u0 = unit(inPlane0);
  const t0 = cross(nPlane, u0); // prograde, in the plane
  const R0 = norm(p0);
  const rho0 = norm(inPlane0);
  const vh0 = dot(padVel, t0);
  const zRate0 = dot(padVel, nPlane);

  // Altitude shape, normalised to 1 at insertion: a regularised incomplete beta function, the
  // integral of a vertical speed ∝ τ (1 − τ)^(b − 1), zero at lift-off and at insertion. b = 3.3 is
  // the least-squares fit to the nominal 45 / 79 / 157 km at T+117.8 / 153.33 / 287.7 s (residuals
  // +3.9 / −5.5 / +1.0 km for a 200 km insertion at T+529.229 s).
  const hShape = (t: number): number => {
    const tau = Math.min(1, Math.max(0, t / T));
    return 1 - Math.pow(1 - tau, ALT_SHAPE_B) * (1 + ALT_SHAPE_B * tau);
  };
  const hSlope = (t: number): number => {
    const tau = Math.min(1, Math.max(0, t / T));
    return (ALT_SHAPE_B * (ALT_SHAPE_B + 1) * tau * Math.pow(1 - tau, ALT_SHAPE_B - 1)) / T;
  };
  const zAt = (t: number): number => {
    const s = t / T;
    return d0 * (1 - 3 * s * s + 2 * s * s * s) + zRate0 * T * (s - 2 * s * s + s * s * s);
  };
  const zRate = (t: number): number => {
    const s = t / T;
    return d0 * ((-6 * s + 6 * s * s) / T) + zRate0 * (1 - 4 * s + 3 * s * s);
  };

  // Insertion radius depends on where insertion falls (the ellipsoid under it): two passes.
  let rIns = R0 + perigeeKm;
  let ascent = buildAscent(rIns);
  for (let k = 0; k < 2; k++) {
    const last = ascent.pos[ascent.pos.length - 1]!;
    rIns = ellipsoidRadius(last, insertionMs) + perigeeKm;
    ascent = buildAscent(rIns);
  }

  function buildAscent(rp: number): { ts: number[]; pos: Vec3[]; vel: Vec3[] } {
    const ra = rp + (apogeeKm - perigeeKm);
    const a = (rp + ra) / 2;
    const vh1 = Math.sqrt(MU_EARTH_KM3_S2 * (2 / rp - 1 / a));
    const radius = (t: number): number => R0 + (rp - R0) * hShape(t);
    const rho = (t: number): number => {
      const R = radius(t);
      const z = zAt(t);
      return Math.sqrt(R * R - z * z);
    };
    const vh = (t: number): number => vh0 + (vh1 - vh0) * Math.pow(t / T, SPEED_EXPONENT);
    const thetaRate = (t: number): number => vh(t) / rho(t);
    const ts: number[] = [];
    const pos: Vec3[] = [];
    const vel: Vec3[] = [];
    let theta = 0;
    const steps = Math.ceil(T / ASCENT_STEP_S);
    for (let i = 0; i <= steps; i++) {
      const t = Math.min(T, i * ASCENT_STEP_S);
      if (i > 0) {
        const tp = ts[ts.length - 1]!;
        const h = t - tp;
        theta += (h / 6) * (thetaRate(tp) + 4 * thetaRate(tp + h / 2) + thetaRate(t));
      }
      const R = radius(t);
      const z = zAt(t);
      const rh = i === 0 ? rho0 : rho(t);
      const ct = Math.cos(theta);
      const st = Math.sin(theta);
      const dir: Vec3 = [ct * u0[0] + st * t0[0], ct * u0[1] + st * t0[1], ct * u0[2] + st * t0[2]];
      const side: Vec3 = [
        -st * u0[0] + ct * t0[0],
        -st * u0[1] + ct * t0[1],
        -st * u0[2] + ct * t0[2],
      ];
      const Rdot = (rp - R0) * hSlope(t);
      const zd = zRate(t);
      const rhoDot = (R * Rdot - z * zd) / rh;
      const hv = rh * thetaRate(t);
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
    // Exactly the pad at lift-off.
    pos[0] = [...p0];
    vel[0] = [...padVel];
    return { ts, pos, vel };
  }

  // --- Rendezvous: the free insertion orbit blended onto the ISS. ---
  const insR = ascent.pos[ascent.pos.length - 1]!;
  const insV = ascent.vel[ascent.vel.length - 1]!;
  const free = Float64Array.of(...insR, ...insV);
  const spanS = (dockingMs - insertionMs) / 1000;
  const rvTimes: number[] = [];
  const rvPos: Vec3[] = [];
  const rvVel: Vec3[] = [];
  const issAt = (ms: number) => propagateTeme(opts.tle, ms);
  const pIss0 = polarOf(issIns.r, issIns.v);
  const pFree0 = polarOf(insR, insV);
  let D = wrapPi(pIss0.u - pFree0.u);
  const phaseAngleDeg = D / DEG;
  const blend = (
    fr: Readonly<Vec3>,
    fv: Readonly<Vec3>,
    ir: Readonly<Vec3>,
    iv: Readonly<Vec3>,
    w: number,
    dPrev: number,
  ): { p: Vec3; d: number } => {
    const pf = polarOf(fr, fv);
    const pi = polarOf(ir, iv);
    const d = dPrev + wrapPi(pi.u - pf.u - dPrev);
    const n = unit([
      (1 - w) * pf.n[0] + w * pi.n[0],
      (1 - w) * pf.n[1] + w * pi.n[1],
      (1 - w) * pf.n[2] + w * pi.n[2],
    ]);
    return { p: fromPolar((1 - w) * pf.rad + w * pi.rad, pf.u + w * d, n), d };
  };
  const acc = new Float64Array(6);
  let tFree = 0;
  const rvSteps = Math.ceil(spanS / RENDEZVOUS_STEP_S);
  const DT = 0.1; // s, for the velocity by central difference
  for (let i = 0; i <= rvSteps; i++) {
    const t = Math.min(spanS, i * RENDEZVOUS_STEP_S);
    while (tFree < t - 1e-9) {
      const h = Math.min(RENDEZVOUS_STEP_S, t - tFree);
      rk4J2(free, h);
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

  // --- The table. ---
  const ts = [...ascent.ts, ...rvTimes.slice(1)];
  const pos = [...ascent.pos, ...rvPos.slice(1)];
  const vel = [...ascent.vel, ...rvVel.slice(1)];
  const n = ts.length;
  const builder = new TrajectoryBuilder(n);
  const geo: Geodetic = { lat: 0, lon: 0, altKm: 0 };
  const grav = new Float64Array(3);
  const phaseAt = (t: number, last: boolean): number => {
    if (last) return ASCENT_PHASES.indexOf('docked');
    if (t < nominal.firstStageSeparationS) return 0;
    if (t < nominal.secondStageSeparationS) return 1;
    if (t < T) return 2;
    return 3;
  };
  for (let i = 0; i < n; i++) {
    const t = ts[i]!;
    const ms = liftoffMs + t * 1000;
    const r = pos[i]!;
    const v = vel[i]!;
    geodeticAt(ms, r, geo);
    const air: Vec3 = [v[0] + W * r[1], v[1] - W * r[0], v[2]];
    const airspeed = norm(air);
    const rhoAir = geo.altKm < 900 ? densityKgM3(Math.max(0, geo.altKm)) : 0;
    const q = 0.5 * rhoAir * (airspeed * 1000) ** 2;
    // Sensed acceleration: the path's acceleration (central difference) minus gravity.
    const a = i === 0 ? 0 : i === n - 1 ? n - 2 : i - 1;
    const b = i === 0 ? 1 : i === n - 1 ? n - 1 : i + 1;
    const dt = ts[b]! - ts[a]!;
    gravityJ2(r[0], r[1], r[2], grav, 0);
    const sx = (vel[b]![0] - vel[a]![0]) / dt - grav[0]!;
    const sy = (vel[b]![1] - vel[a]![1]) / dt - grav[1]!;
    const sz = (vel[b]![2] - vel[a]![2]) / dt - grav[2]!;
    // On the pad the ground holds the rocket up: 1 g.
    const g = i === 0 ? 1 : (Math.hypot(sx, sy, sz) * 1000) / G0_MS2;
    builder.push({
      ms,
      x: r[0],
      y: r[1],
      z: r[2],
      vx: v[0],
      vy: v[1],
      vz: v[2],
      altKm: geo.altKm,
      lat: geo.lat / DEG,
      lon: geo.lon / DEG,
      speed: norm(v),
      airspeed,
      g,
      q,
      mach: (airspeed * 1000) / speedOfSoundMs(Math.max(0, geo.altKm)),
      phase: phaseAt(t, i === n - 1),
    });
  }
  const samples = builder.build();

  const eventAt = (type: AscentEventType, tS: number, basis: AscentEvent['basis']): AscentEvent => {
    const ms = liftoffMs + tS * 1000;
    // Nearest sample at or before, then the exact interpolated position.
    let i = 0;
    while (i < n - 1 && ts[i + 1]! <= tS) i++;
    const j = Math.min(n - 1, i + 1);
    const f = j === i ? 0 : (tS - ts[i]!) / (ts[j]! - ts[i]!);
    const r: Vec3 = [0, 1, 2].map((k) => pos[i]![k]! + (pos[j]![k]! - pos[i]![k]!) * f) as Vec3;
    geodeticAt(ms, r, geo);
    return {
      type,
      ms,
      altKm: geo.altKm,
      lat: geo.lat / DEG,
      lon: geo.lon / DEG,
      r,
      approximate: true,
      basis,
    };
  };
  const events: AscentEvent[] = [
    eventAt('launch', 0, 'sourced'),
    eventAt('first_stage_separation', nominal.firstStageSeparationS, 'nominal profile'),
    eventAt('fairing_jettison', nominal.fairingS, 'nominal profile'),
    eventAt('second_stage_separation', nominal.secondStageSeparationS, 'nominal profile'),
    eventAt('third_stage_cutoff', Math.min(T, nominal.thirdStageCutoffS), 'nominal profile'),
    eventAt('orbit_insertion', T, opts.insertionMs === undefined ? 'nominal profile' : 'sourced'),
    eventAt('docking', T + spanS, 'sourced'),
  ];
  events.sort((x, y) => x.ms - y.ms);

  const aps = apsides(insR, insV);
  const insGeo = geodeticAt(insertionMs, insR, { lat: 0, lon: 0, altKm: 0 });
  const localR = norm(insR) - insGeo.altKm;
  return {
    approximate: true,
    liftoffMs,
    insertionMs,
    dockingMs,
    samples,
    events,
    insertion: {
      approximate: true,
      perigeeKm: aps.rp - localR,
      apogeeKm: aps.ra - localR,
      speedKms: norm(insV),
      inclinationDeg: inclinationDeg(insR, insV),
      issInclinationDeg: inclinationDeg(issIns.r, issIns.v),
      phaseAngleDeg,
    },
  };
}

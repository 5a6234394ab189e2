import { densityKgM3, speedOfSoundMs } from '../earth/atmosphere';
import { OMEGA_EARTH_RAD_S } from '../constants';
import { gravityJ2 } from '../earth/gravity';
import { rk4 } from '../integrator';
import { descentModuleCd, DESCENT_MODULE } from '../spacecraft';
import { geodeticAltKm } from '../frames';

/**
 * Equations of motion of a 3-DOF point mass in an Earth-centred inertial frame (TEME, treated as
 * inertial over the hour a descent lasts): J2 gravity, drag and lift on the velocity relative to
 * the air (which turns with the Earth), and the deorbit engine. State: x, y, z (km), vx, vy, vz
 * (km/s); time t in seconds after the start of the deorbit burn.
 */

/** What is flying and how: one mutable object, so the inner loop allocates nothing. */
export interface Vehicle {
  massKg: number;
  /** Body reference area, m^2. */
  areaM2: number;
  /** Use the descent module's Mach-dependent Cd; otherwise `cd`. */
  machCd: boolean;
  cd: number;
  /** Lift-to-drag ratio of the body (0 for the stack, for ballistic flight and under canopies). */
  liftToDrag: number;
  /** Lift direction: cos and sin of the bank angle (sin > 0 leans the lift to the left). */
  bankCos: number;
  bankSin: number;
  /** Canopy drag area (Cd·S, m^2) growing linearly from `chuteFrom` to `chuteTo` over the ramp. */
  chuteFrom: number;
  chuteTo: number;
  chuteStartS: number;
  chuteRampS: number;
  /** Engine acceleration, km/s^2 (0 when off). */
  thrustKms2: number;
  /**
   * The engine's thrust direction, a unit vector held fixed in the inertial frame; all zero:
   * along the anti-velocity of the moment, turning with it.
   */
  thrustDir: Float64Array;
}

export function newVehicle(): Vehicle {
  return {
    massKg: 1,
    areaM2: 0,
    machCd: false,
    cd: 0,
    liftToDrag: 0,
    bankCos: 1,
    bankSin: 0,
    chuteFrom: 0,
    chuteTo: 0,
    chuteStartS: 0,
    chuteRampS: 0,
    thrustKms2: 0,
    thrustDir: new Float64Array(3),
  };
}

/** Values computed on the way by a derivative call, for sampling: returned to the caller. */
export interface Diagnostics {
  altKm: number;
  rhoKgM3: number;
  airspeedKms: number;
  qPa: number;
  mach: number;
  /** Sensed (non-gravitational) acceleration, km/s^2. */
  sensedKms2: number;
}

export function newDiagnostics(): Diagnostics {
  return { altKm: 0, rhoKgM3: 0, airspeedKms: 0, qPa: 0, mach: 0, sensedKms2: 0 };
}

const W = OMEGA_EARTH_RAD_S;
/** Above this the air is too thin to matter (density < 1e-14 kg/m^3). */
const AIR_TOP_KM = 900;

export function chuteCdA(veh: Vehicle, t: number): number {
  if (veh.chuteTo === 0 && veh.chuteFrom === 0) return 0;
  if (veh.chuteRampS <= 0) return veh.chuteTo;
  const f = (t - veh.chuteStartS) / veh.chuteRampS;
  if (f <= 0) return veh.chuteFrom;
  if (f >= 1) return veh.chuteTo;
  return veh.chuteFrom + (veh.chuteTo - veh.chuteFrom) * f;
}

/**
 * ds/dt of the state `s` at time `t` into `out`; given `diag`, also the altitude, air data and
 * sensed load on the way (the integrator's own calls pass none).
 */
export function derivative(
  t: number,
  s: Float64Array,
  veh: Vehicle,
  out: Float64Array,
  diag?: Diagnostics,
): void {
  const x = s[0]!;
  const y = s[1]!;
  const z = s[2]!;
  const vx = s[3]!;
  const vy = s[4]!;
  const vz = s[5]!;
  out[0] = vx;
  out[1] = vy;
  out[2] = vz;
  gravityJ2(x, y, z, out, 3);

  const alt = geodeticAltKm(x, y, z);
  // Air velocity is ω × r; the capsule's velocity through the air is v − ω × r.
  const ux0 = vx + W * y;
  const uy0 = vy - W * x;
  const uz0 = vz;
  const airspeed = Math.sqrt(ux0 * ux0 + uy0 * uy0 + uz0 * uz0);
  let sensed = 0;
  let q = 0;
  let rho = 0;
  let mach = 0;
  if (alt < AIR_TOP_KM && airspeed > 0) {
    rho = densityKgM3(alt);
    const vm = airspeed * 1000;
    q = 0.5 * rho * vm * vm;
    // Mach only matters to Cd below ~60 km; above, the flow is hypersonic whatever the exact value.
    const a = alt < 60 ? speedOfSoundMs(alt) : 0;
    mach = a > 0 ? vm / a : 30;
    const bodyCd = veh.machCd ? descentModuleCd(mach) : veh.cd;
    const bodyDrag = (q * bodyCd * veh.areaM2) / veh.massKg / 1000; // km/s^2
    const drag = bodyDrag + (q * chuteCdA(veh, t)) / veh.massKg / 1000;
    const ux = ux0 / airspeed;
    const uy = uy0 / airspeed;
    const uz = uz0 / airspeed;
    out[3] = out[3]! - drag * ux;
    out[4] = out[4]! - drag * uy;
    out[5] = out[5]! - drag * uz;
    sensed = drag;
    if (veh.liftToDrag > 0) {
      let ld = veh.liftToDrag;
      const fade = DESCENT_MODULE.liftFadeMach;
      if (mach < fade) ld *= Math.max(0, (mach - 0.5) / (fade - 0.5));
      const lift = bodyDrag * ld;
      if (lift > 0) {
        // "Up" for the lift: the radial direction made perpendicular to the airflow.
        const rn = Math.sqrt(x * x + y * y + z * z);
        const rx = x / rn;
        const ry = y / rn;
        const rz = z / rn;
        const ru = rx * ux + ry * uy + rz * uz;
        let lx = rx - ru * ux;
        let ly = ry - ru * uy;
        let lz = rz - ru * uz;
        const ln = Math.sqrt(lx * lx + ly * ly + lz * lz);
        lx /= ln;
        ly /= ln;
        lz /= ln;
        // Left of the flight path: up × airflow direction.
        const sx = ly * uz - lz * uy;
        const sy = lz * ux - lx * uz;
        const sz = lx * uy - ly * ux;
        const c = veh.bankCos * lift;
        const sn = veh.bankSin * lift;
        out[3] = out[3]! + (c * lx + sn * sx);
        out[4] = out[4]! + (c * ly + sn * sy);
        out[5] = out[5]! + (c * lz + sn * sz);
        sensed = Math.sqrt(drag * drag + lift * lift);
      }
    }
  }
  if (veh.thrustKms2 > 0) {
    const d = veh.thrustDir;
    if (d[0] !== 0 || d[1] !== 0 || d[2] !== 0) {
      out[3] = out[3]! + veh.thrustKms2 * d[0]!;
      out[4] = out[4]! + veh.thrustKms2 * d[1]!;
      out[5] = out[5]! + veh.thrustKms2 * d[2]!;
    } else {
      const v = Math.sqrt(vx * vx + vy * vy + vz * vz);
      const k = veh.thrustKms2 / v;
      out[3] = out[3]! - k * vx;
      out[4] = out[4]! - k * vy;
      out[5] = out[5]! - k * vz;
    }
    sensed += veh.thrustKms2;
  }
  if (!diag) return;
  diag.altKm = alt;
  diag.rhoKgM3 = rho;
  diag.airspeedKms = airspeed;
  diag.qPa = q;
  diag.mach = mach === 30 && alt >= 60 ? (airspeed * 1000) / speedOfSoundMs(alt) : mach;
  diag.sensedKms2 = sensed;
}

/** One classical Runge–Kutta step (the shared integrator) of these equations; `out` may be `s`. */
export function rk4Step(
  t: number,
  s: Float64Array,
  dt: number,
  veh: Vehicle,
  out: Float64Array,
): void {
  rk4(derivative, veh, t, s, dt, out);
}

import { DEG, OMEGA_EARTH_RAD_S } from '../constants';
import { eciToEcef, geodeticAltKm, geodeticToEcef } from '../frames';
import { DESCENT_MODULE, PARACHUTES } from '../spacecraft';
import { rk4Step, type Vehicle } from './dynamics';

/**
 * Entry guidance for the descent module: a numerical predictor-corrector on the bank angle.
 *
 * - Range: every `updateS` seconds, predict the drogue point by integrating the same equations
 *   to 10.7 km with the bank held, and correct the vertical lift fraction cos(bank) by a
 *   Newton (finite-difference) step so the predicted point lies on the target's along-track
 *   position. The prediction flies the vertical lift only: the side force is expected to be
 *   cancelled by the reversals that follow.
 * - Cross-range: the lift leans to one side; it is rolled to the other side (a bank reversal)
 *   when the heading error to the target leaves a corridor that narrows as the capsule slows,
 *   the scheme Apollo used and Soyuz's roll-only control allows.
 * Landing under canopies adds little ground distance (the air carries the capsule with the
 * ground), so the drogue point stands for the landing point.
 */

export interface GuidanceTarget {
  /** Degrees. */
  lat: number;
  lon: number;
}

export interface GuidanceOptions {
  /** Seconds between range corrections. */
  updateS: number;
  /** Range corrections stop below this airspeed, km/s (lift can no longer move the point much). */
  stopRangeKms: number;
  /** Bank limits, degrees: always keep some side force for cross-range and some lift. */
  minBankDeg: number;
  maxBankDeg: number;
  /** Heading-error corridor, degrees: a + b * airspeed(km/s). */
  corridorDeg: number;
  corridorPerKmsDeg: number;
  /**
   * Bank profile: cos(bank) moves linearly with airspeed from the corrected value (at and above
   * `profileStartKms`) to cos(`finalBankDeg`) (at and below `profileEndKms`). Flying more lift
   * up early and less late gives the same range with a lower peak load (FNPEG-style profile).
   */
  finalBankDeg: number;
  profileStartKms: number;
  profileEndKms: number;
  /** Shortest time between reversals, s. */
  minReversalS: number;
  /** No reversals below this airspeed, km/s: the side force no longer moves the point much. */
  stopReversalKms: number;
  /**
   * The automatic system's authority over range: the vertical lift fraction cos(bank) the range
   * correction may ask for, about the reference 0.5 (60°). RSC Energia: the automatic descent
   * corrects about 30 s of burn error, about 240 km (SOURCES.md §5, "Sensitivity"); in this model
   * 30 s of burn moves the needed cos(bank) by ~0.2 (MS-11: 0.63 at -30 s, 0.45 on time, 0.22
   * at +30 s), so 0.25-0.75 (banks 41°-76°) is that authority.
   */
  authorityCos: readonly [number, number];
  /** Sensed load, g0, above which the capsule rolls lift-up, fully at `loadLimitG`. */
  loadSoftG: number;
  loadLimitG: number;
}

export const DEFAULT_GUIDANCE: GuidanceOptions = {
  updateS: 15,
  stopRangeKms: 0.8,
  minBankDeg: 15,
  maxBankDeg: 165,
  corridorDeg: 2,
  corridorPerKmsDeg: 0.3,
  // Fitted on MS-11 alone: CSA puts its peak load at plasma exit, 35.3 km, 02:31:36. At 50° the
  // peak came at 41 km and 32 s early (3.5 g); at 60° it comes ~14 s early at ~38 km (~3.9 g).
  finalBankDeg: 60,
  profileStartKms: 7,
  profileEndKms: 2.5,
  minReversalS: 20,
  stopReversalKms: 0.6,
  authorityCos: [0.25, 0.75],
  // SOURCES.md: nominal loads 4-5 g; the automatic system flies lift-up rather than exceed them.
  loadSoftG: 4.5,
  loadLimitG: 5,
};

const W = OMEGA_EARTH_RAD_S;
const R_MEAN = 6371;
/** The predictor's own error at the guidance start, km: a target this near an end still counts. */
const FOOTPRINT_SLACK_KM = 10;

export interface RangeError {
  /** Along-track miss, km: positive = beyond the target. */
  downKm: number;
  /** Cross-track miss, km: positive = left of the path to the target. */
  crossKm: number;
  /** Seconds after burn start when the drogue altitude is reached. */
  tS: number;
}

export class EntryGuidance {
  /** Cosine of the bank angle (the vertical fraction of the lift). */
  cosBank: number;
  /** +1: lift leans left; -1: right. */
  side = 1;
  reversals = 0;
  /**
   * Whether the target lies within the automatic footprint, judged at the first correction (the
   * guidance start, 80.4 km): between the drogue points of the authority's two ends. Outside,
   * the guidance still flies to the nearest point it can reach: the end nearer the target.
   */
  footprint: 'inside' | 'outside' | null = null;
  private readonly te: Float64Array;
  private readonly opt: GuidanceOptions;
  private nextUpdate = -Infinity;
  private updates = 0;
  private slope = NaN;
  private lastReversal = -Infinity;
  private readonly pv: Vehicle;
  private readonly cMax: number;
  private readonly cMin: number;
  private readonly ps = new Float64Array(6);
  private readonly prev = new Float64Array(6);
  /** Earth-fixed scratch: position, air velocity, a second position. */
  private readonly fx = new Float64Array(3);
  private readonly fv = new Float64Array(3);
  private readonly fx0 = new Float64Array(3);

  constructor(
    target: GuidanceTarget,
    groundAltKm: number,
    private readonly gmst0: number,
    initialBankDeg: number,
    options: Partial<GuidanceOptions> = {},
  ) {
    const e = geodeticToEcef(target.lat * DEG, target.lon * DEG, groundAltKm);
    this.te = Float64Array.from(e);
    this.opt = { ...DEFAULT_GUIDANCE, ...options };
    this.cosBank = Math.cos(initialBankDeg * DEG);
    this.cMax = Math.cos(this.opt.minBankDeg * DEG);
    this.cMin = Math.cos(this.opt.maxBankDeg * DEG);
    this.pv = {
      massKg: DESCENT_MODULE.massKg,
      areaM2: 0,
      machCd: true,
      cd: 0,
      liftToDrag: DESCENT_MODULE.liftToDrag,
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

  /**
   * Set the vehicle's bank for this step (call once per main-loop step while guided), given the
   * sensed load now, g0.
   */
  step(t: number, s: Float64Array, veh: Vehicle, airspeedKms: number, loadG = 0): void {
    const o = this.opt;
    if (t >= this.nextUpdate && airspeedKms > o.stopRangeKms) {
      this.nextUpdate = t + o.updateS;
      if (this.footprint === null) this.judgeFootprint(t, s, veh);
      this.correctRange(t, s, veh);
    }
    this.checkReversal(t, s, airspeedKms);
    let c = this.profile(this.cosBank, airspeedKms);
    // The load limit overrides range: roll the lift up as the load nears the limit.
    const over = (loadG - o.loadSoftG) / (o.loadLimitG - o.loadSoftG);
    if (over > 0) c += (this.cMax - c) * Math.min(1, over);
    veh.bankCos = c;
    veh.bankSin = this.side * Math.sqrt(Math.max(0, 1 - c * c));
  }

  /** The vertical lift fraction the profile asks for at an airspeed, given the corrected parameter. */
  profile(c: number, airspeedKms: number): number {
    const o = this.opt;
    const w = Math.min(
      1,
      Math.max(0, (airspeedKms - o.profileEndKms) / (o.profileStartKms - o.profileEndKms)),
    );
    const cf = Math.cos(o.finalBankDeg * DEG);
    const v = cf + (c - cf) * w;
    return Math.min(this.cMax, Math.max(this.cMin, v));
  }

  private correctRange(t: number, s: Float64Array, veh: Vehicle): void {
    const c0 = this.cosBank;
    const e0 = this.predict(t, s, veh, c0).downKm;
    this.updates++;
    if (Math.abs(e0) < 0.3) return;
    // The sensitivity of range to bank changes slowly: measure it (a second prediction) only
    // every third update, which halves the cost of guidance at no visible loss of accuracy.
    if (!(this.slope > 0) || this.updates % 3 === 1) {
      const c1 = c0 > 0 ? c0 - 0.15 : c0 + 0.15;
      const e1 = this.predict(t, s, veh, c1).downKm;
      this.slope = (e1 - e0) / (c1 - c0);
    }
    let c: number;
    const [lo, hi] = this.opt.authorityCos;
    if (this.slope > 1e-3) c = c0 - e0 / this.slope;
    else c = e0 > 0 ? lo : hi; // no leverage: go to the end that helps
    this.cosBank = Math.min(hi, Math.max(lo, c));
  }

  /** Inside when the target lies between the drogue points of the authority's two ends. */
  private judgeFootprint(t: number, s: Float64Array, veh: Vehicle): void {
    const [lo, hi] = this.opt.authorityCos;
    const nearest = this.predict(t, s, veh, lo).downKm; // least lift: the shortest reach
    const furthest = this.predict(t, s, veh, hi).downKm;
    this.footprint =
      nearest <= FOOTPRINT_SLACK_KM && furthest >= -FOOTPRINT_SLACK_KM ? 'inside' : 'outside';
  }

  /** Heading error to the target (rad, positive = target to the right of the airflow heading). */
  private headingError(t: number, s: Float64Array): number {
    const th = this.gmst0 + W * t;
    const f = eciToEcef(s, th, this.fx);
    const x = f[0]!;
    const y = f[1]!;
    const z = f[2]!;
    // Air-relative velocity in the Earth-fixed frame.
    const air = this.fv;
    air[0] = s[3]! + W * s[1]!;
    air[1] = s[4]! - W * s[0]!;
    air[2] = s[5]!;
    eciToEcef(air, th, air);
    const vx = air[0]!;
    const vy = air[1]!;
    const vz = air[2]!;
    const r = Math.sqrt(x * x + y * y + z * z);
    const p = Math.sqrt(x * x + y * y);
    const ex = -y / p;
    const ey = x / p;
    // north = up × east
    const ux = x / r;
    const uy = y / r;
    const uz = z / r;
    const nx = -uz * ey;
    const ny = uz * ex;
    const nz = ux * ey - uy * ex;
    const heading = Math.atan2(vx * ex + vy * ey, vx * nx + vy * ny + vz * nz);
    const dx = this.te[0]! - x;
    const dy = this.te[1]! - y;
    const dz = this.te[2]! - z;
    const bearing = Math.atan2(dx * ex + dy * ey, dx * nx + dy * ny + dz * nz);
    let d = bearing - heading;
    if (d > Math.PI) d -= 2 * Math.PI;
    else if (d < -Math.PI) d += 2 * Math.PI;
    return d;
  }

  private checkReversal(t: number, s: Float64Array, airspeedKms: number): void {
    if (t - this.lastReversal < this.opt.minReversalS || airspeedKms < this.opt.stopReversalKms) {
      return;
    }
    const err = this.headingError(t, s);
    const corridor = (this.opt.corridorDeg + this.opt.corridorPerKmsDeg * airspeedKms) * DEG;
    // Lift to the left turns the heading left, which moves a target further to the right.
    if ((this.side > 0 && err > corridor) || (this.side < 0 && err < -corridor)) {
      this.side = -this.side;
      this.lastReversal = t;
      this.reversals++;
    }
  }

  /** Where the capsule reaches the drogue altitude if it holds cos(bank) = c from now on. */
  predict(t0: number, s0: Float64Array, veh: Vehicle, c: number): RangeError {
    const pv = this.pv;
    pv.massKg = veh.massKg;
    pv.areaM2 = veh.areaM2;
    pv.liftToDrag = veh.liftToDrag;
    pv.bankSin = 0;
    const ps = this.ps;
    const prev = this.prev;
    ps.set(s0);
    let t = t0;
    let alt = geodeticAltKm(ps[0]!, ps[1]!, ps[2]!);
    const stop = PARACHUTES.drogueAltKm;
    for (let i = 0; i < 4000 && alt > stop; i++) {
      // Coarser than the main integration: the prediction only has to rank banks against each
      // other, and it is re-run every update as the capsule closes in.
      const dt = alt > 40 ? 5 : 3;
      prev.set(ps);
      const ax = ps[3]! + W * ps[1]!;
      const ay = ps[4]! - W * ps[0]!;
      pv.bankCos = this.profile(c, Math.sqrt(ax * ax + ay * ay + ps[5]! * ps[5]!));
      rk4Step(t, ps, dt, pv, ps);
      t += dt;
      const a = geodeticAltKm(ps[0]!, ps[1]!, ps[2]!);
      if (a <= stop) {
        const f = (alt - stop) / (alt - a);
        for (let k = 0; k < 3; k++) ps[k] = prev[k]! + (ps[k]! - prev[k]!) * f;
        t = t - dt + dt * f;
        break;
      }
      alt = a;
    }
    return this.errors(t0, s0, t, ps);
  }

  /** Miss of an inertial point reached at time t, relative to the target, seen from state s0 at t0. */
  errors(t0: number, s0: Float64Array, t: number, p: Float64Array): RangeError {
    const pe = eciToEcef(p, this.gmst0 + W * t, this.fx);
    let px = pe[0]!;
    let py = pe[1]!;
    let pz = pe[2]!;
    const ce = eciToEcef(s0, this.gmst0 + W * t0, this.fx0);
    const cx = ce[0]!;
    const cy = ce[1]!;
    const cz = ce[2]!;
    let tx = this.te[0]!;
    let ty = this.te[1]!;
    let tz = this.te[2]!;
    let n = Math.sqrt(px * px + py * py + pz * pz);
    px /= n;
    py /= n;
    pz /= n;
    n = Math.sqrt(tx * tx + ty * ty + tz * tz);
    tx /= n;
    ty /= n;
    tz /= n;
    // Normal of the plane through the current point and the target (points left of the path).
    let nx = cy * tz - cz * ty;
    let ny = cz * tx - cx * tz;
    let nz = cx * ty - cy * tx;
    n = Math.sqrt(nx * nx + ny * ny + nz * nz);
    nx /= n;
    ny /= n;
    nz /= n;
    const crx = ty * pz - tz * py;
    const cry = tz * px - tx * pz;
    const crz = tx * py - ty * px;
    const along = Math.atan2(crx * nx + cry * ny + crz * nz, tx * px + ty * py + tz * pz);
    const across = Math.asin(Math.max(-1, Math.min(1, px * nx + py * ny + pz * nz)));
    return { downKm: along * R_MEAN, crossKm: across * R_MEAN, tS: t };
  }
}

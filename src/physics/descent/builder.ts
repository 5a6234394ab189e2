/**
 * The sample table of a descent or an ascent (columnar Float64Arrays), and the builder that
 * grows it sample by sample while they are simulated. Re-exported by trajectory.ts.
 */

export interface TrajectoryTable {
  /** Number of samples. */
  length: number;
  /** UTC, epoch milliseconds (float64). */
  t: Float64Array;
  /** TEME (inertial) position, km. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  /** TEME velocity, km/s. */
  vx: Float64Array;
  vy: Float64Array;
  vz: Float64Array;
  /** Height above the WGS-84 ellipsoid, km. */
  altKm: Float64Array;
  /** Geodetic latitude and east longitude, degrees. */
  lat: Float64Array;
  lon: Float64Array;
  /** Inertial speed, km/s. */
  speed: Float64Array;
  /** Speed relative to the air (and the ground), km/s. */
  airspeed: Float64Array;
  /** Sensed acceleration in units of g0 (what the crew feels). */
  g: Float64Array;
  /** Dynamic pressure, Pa. */
  q: Float64Array;
  /** Mach number (nominal above 86 km, see earth/atmosphere.ts). */
  mach: Float64Array;
  /** Index into PHASES. */
  phase: Uint8Array;
}

const COLUMNS = [
  't',
  'x',
  'y',
  'z',
  'vx',
  'vy',
  'vz',
  'altKm',
  'lat',
  'lon',
  'speed',
  'airspeed',
  'g',
  'q',
  'mach',
] as const;
type Column = (typeof COLUMNS)[number];

export interface SampleRow {
  ms: number;
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
  altKm: number;
  lat: number;
  lon: number;
  speed: number;
  airspeed: number;
  g: number;
  q: number;
  mach: number;
  phase: number;
}

/** Grows like a vector while simulating, then hands out exact-length arrays. */
export class TrajectoryBuilder {
  private cap: number;
  private n = 0;
  private cols: Record<Column, Float64Array>;
  private phases: Uint8Array;

  constructor(capacity = 2048) {
    this.cap = capacity;
    this.cols = Object.fromEntries(COLUMNS.map((c) => [c, new Float64Array(capacity)])) as Record<
      Column,
      Float64Array
    >;
    this.phases = new Uint8Array(capacity);
  }

  get length(): number {
    return this.n;
  }

  lastMs(): number {
    return this.n > 0 ? this.cols.t[this.n - 1]! : -Infinity;
  }

  push(row: SampleRow): void {
    // Two samples at one instant (a phase switch) would make interpolation divide by zero.
    if (this.n > 0 && row.ms <= this.cols.t[this.n - 1]!) {
      this.n--;
    }
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    const c = this.cols;
    c.t[i] = row.ms;
    c.x[i] = row.x;
    c.y[i] = row.y;
    c.z[i] = row.z;
    c.vx[i] = row.vx;
    c.vy[i] = row.vy;
    c.vz[i] = row.vz;
    c.altKm[i] = row.altKm;
    c.lat[i] = row.lat;
    c.lon[i] = row.lon;
    c.speed[i] = row.speed;
    c.airspeed[i] = row.airspeed;
    c.g[i] = row.g;
    c.q[i] = row.q;
    c.mach[i] = row.mach;
    this.phases[i] = row.phase;
  }

  private grow(): void {
    this.cap *= 2;
    for (const k of COLUMNS) {
      const a = new Float64Array(this.cap);
      a.set(this.cols[k]);
      this.cols[k] = a;
    }
    const p = new Uint8Array(this.cap);
    p.set(this.phases);
    this.phases = p;
  }

  build(): TrajectoryTable {
    const n = this.n;
    const c = this.cols;
    return {
      length: n,
      t: c.t.slice(0, n),
      x: c.x.slice(0, n),
      y: c.y.slice(0, n),
      z: c.z.slice(0, n),
      vx: c.vx.slice(0, n),
      vy: c.vy.slice(0, n),
      vz: c.vz.slice(0, n),
      altKm: c.altKm.slice(0, n),
      lat: c.lat.slice(0, n),
      lon: c.lon.slice(0, n),
      speed: c.speed.slice(0, n),
      airspeed: c.airspeed.slice(0, n),
      g: c.g.slice(0, n),
      q: c.q.slice(0, n),
      mach: c.mach.slice(0, n),
      phase: this.phases.slice(0, n),
    };
  }
}

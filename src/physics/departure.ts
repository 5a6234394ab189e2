/**
 * The stretch before the deorbit burn: undocking, the spring push and the two separation burns
 * that take the Soyuz away from the ISS, as motion relative to the station.
 *
 *   simulateDeparture({ tle, undockMs, endMs, port }) => { samples, events }
 *
 * Sourced (shared/data/SOURCES.md §5, NSF MS-17, CSA MS-11): hooks open and springs push the
 * Soyuz away at 0.12 m/s; burn 1 three minutes after undocking, 8 s, 0.53 m/s; burn 2, 15 s,
 * 1.53 m/s. Assumptions: every push is along the docking axis, away from the station (radially
 * down from a nadir port such as Rassvet, up from a zenith port such as Poisk); burn 2 starts
 * 6 min after undocking (its time is unsourced); burns are impulses at their mid-points.
 *
 * Motion: Clohessy–Wiltshire equations about the station's SGP4 orbit (circular-orbit
 * linearisation, good to metres over a few km and a few hours), converted back to TEME with the
 * station's radial / along-track / cross-track frame at each instant.
 */
import { MU_EARTH_KM3_S2 } from './constants';
import { ecefToGeodetic, eciToEcef } from './frames';
import { propagateTeme } from './sgp4';
import { gmstRad } from './time';
import type { Tle } from './tle';
import type { Vec3 } from './vec3';

export type DockingPort = 'nadir' | 'zenith';

export const SEPARATION_SEQUENCE = {
  springMs: 0.12,
  burn1: { afterUndockS: 180, durationS: 8, deltaVms: 0.53 },
  /** Start time unsourced: assumption 6 min after undocking. */
  burn2: { afterUndockS: 360, durationS: 15, deltaVms: 1.53 },
} as const;

export interface DepartureEvent {
  type: 'undocking' | 'separation_burn_1' | 'separation_burn_2';
  ms: number;
  lat: number;
  lon: number;
  altKm: number;
}

export interface DepartureSamples {
  length: number;
  /** UTC ms. */
  t: Float64Array;
  /** Soyuz TEME position, km. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  /** Offset from the ISS, m: radial (up), along-track (ahead), cross-track (orbit normal). */
  radialM: Float64Array;
  alongM: Float64Array;
  crossM: Float64Array;
}

export interface DepartureOptions {
  tle: Tle;
  undockMs: number;
  /** Last sample time, UTC ms (e.g. the deorbit burn). Default: 3 h after undocking. */
  endMs?: number;
  port?: DockingPort;
  /** Sample spacing, s (default 10). */
  stepS?: number;
}

/** Relative state in the Hill frame: x radial, y along-track, z cross-track (km, km/s). */
type Hill = [number, number, number, number, number, number];

/** Clohessy–Wiltshire closed-form propagation by dt seconds at mean motion n. */
export function cwPropagate(s: Readonly<Hill>, n: number, dt: number): Hill {
  const [x, y, z, vx, vy, vz] = s;
  const c = Math.cos(n * dt);
  const sn = Math.sin(n * dt);
  return [
    (4 - 3 * c) * x + (sn / n) * vx + (2 / n) * (1 - c) * vy,
    6 * (sn - n * dt) * x + y - (2 / n) * (1 - c) * vx + ((4 * sn - 3 * n * dt) / n) * vy,
    c * z + (sn / n) * vz,
    3 * n * sn * x + c * vx + 2 * sn * vy,
    -6 * n * (1 - c) * x - 2 * sn * vx + (4 * c - 3) * vy,
    -n * sn * z + c * vz,
  ];
}

/** The relative motion (Hill frame) and its TEME position at any time after undocking. */
function departureModel(opts: Pick<DepartureOptions, 'tle' | 'undockMs' | 'port'>): {
  hillAt: (ts: number) => Hill;
  toTeme: (ms: number, h: Hill) => Vec3;
} {
  const seq = SEPARATION_SEQUENCE;
  const sign = (opts.port ?? 'nadir') === 'nadir' ? -1 : 1;
  const iss0 = propagateTeme(opts.tle, opts.undockMs);
  const r0 = Math.hypot(...iss0.r);
  const v0 = Math.hypot(...iss0.v);
  const a = 1 / (2 / r0 - (v0 * v0) / MU_EARTH_KM3_S2);
  const n = Math.sqrt(MU_EARTH_KM3_S2 / (a * a * a));

  // Impulses (s after undocking, radial km/s), applied in order.
  const impulses: [number, number][] = [
    [0, (sign * seq.springMs) / 1000],
    [seq.burn1.afterUndockS + seq.burn1.durationS / 2, (sign * seq.burn1.deltaVms) / 1000],
    [seq.burn2.afterUndockS + seq.burn2.durationS / 2, (sign * seq.burn2.deltaVms) / 1000],
  ];
  // Relative state right after each impulse, and when it applies from.
  const legs: { fromS: number; s: Hill }[] = [];
  let state: Hill = [0, 0, 0, 0, 0, 0];
  let lastS = 0;
  for (const [atS, dv] of impulses) {
    state = cwPropagate(state, n, atS - lastS);
    state = [state[0], state[1], state[2], state[3] + dv, state[4], state[5]];
    legs.push({ fromS: atS, s: state });
    lastS = atS;
  }
  const hillAt = (ts: number): Hill => {
    let leg = legs[0]!;
    for (const l of legs) if (l.fromS <= ts) leg = l;
    return cwPropagate(leg.s, n, ts - leg.fromS);
  };
  const toTeme = (ms: number, h: Hill): Vec3 => {
    const iss = propagateTeme(opts.tle, ms);
    const [rx, ry, rz] = iss.r;
    const rn = Math.hypot(rx, ry, rz);
    const u: Vec3 = [rx / rn, ry / rn, rz / rn];
    const hx = ry * iss.v[2] - rz * iss.v[1];
    const hy = rz * iss.v[0] - rx * iss.v[2];
    const hz = rx * iss.v[1] - ry * iss.v[0];
    const hn = Math.hypot(hx, hy, hz);
    const w: Vec3 = [hx / hn, hy / hn, hz / hn];
    const s: Vec3 = [
      w[1] * u[2] - w[2] * u[1],
      w[2] * u[0] - w[0] * u[2],
      w[0] * u[1] - w[1] * u[0],
    ];
    return [
      rx + h[0] * u[0] + h[1] * s[0] + h[2] * w[0],
      ry + h[0] * u[1] + h[1] * s[1] + h[2] * w[1],
      rz + h[0] * u[2] + h[1] * s[2] + h[2] * w[2],
    ];
  };
  return { hillAt, toTeme };
}

/**
 * The Soyuz's own TEME state (km, km/s) at `ms` after undocking and the separation burns, e.g.
 * to start a descent from it instead of from the ISS's state. Velocity by a ±0.5 s central
 * difference of the position (error well under 1 mm/s).
 */
export function departureStateAt(
  opts: Pick<DepartureOptions, 'tle' | 'undockMs' | 'port'>,
  ms: number,
): { r: Vec3; v: Vec3 } {
  if (!(ms >= opts.undockMs)) {
    throw new RangeError('the departure state is only defined after undocking');
  }
  const { hillAt, toTeme } = departureModel(opts);
  const at = (m: number): Vec3 => toTeme(m, hillAt((m - opts.undockMs) / 1000));
  const p = at(ms + 500);
  const q = at(ms - 500);
  return { r: at(ms), v: [p[0] - q[0], p[1] - q[1], p[2] - q[2]] };
}

export function simulateDeparture(opts: DepartureOptions): {
  samples: DepartureSamples;
  events: DepartureEvent[];
} {
  const seq = SEPARATION_SEQUENCE;
  const endMs = opts.endMs ?? opts.undockMs + 3 * 3_600_000;
  const stepS = opts.stepS ?? 10;
  const totalS = Math.max(0, (endMs - opts.undockMs) / 1000);
  const count = Math.floor(totalS / stepS) + 1;
  const samples: DepartureSamples = {
    length: count,
    t: new Float64Array(count),
    x: new Float64Array(count),
    y: new Float64Array(count),
    z: new Float64Array(count),
    radialM: new Float64Array(count),
    alongM: new Float64Array(count),
    crossM: new Float64Array(count),
  };
  const { hillAt, toTeme } = departureModel(opts);
  for (let i = 0; i < count; i++) {
    const ts = i * stepS;
    const ms = opts.undockMs + ts * 1000;
    const h = hillAt(ts);
    const p = toTeme(ms, h);
    samples.t[i] = ms;
    samples.x[i] = p[0];
    samples.y[i] = p[1];
    samples.z[i] = p[2];
    samples.radialM[i] = h[0] * 1000;
    samples.alongM[i] = h[1] * 1000;
    samples.crossM[i] = h[2] * 1000;
  }
  const types: DepartureEvent['type'][] = ['undocking', 'separation_burn_1', 'separation_burn_2'];
  const starts = [0, seq.burn1.afterUndockS, seq.burn2.afterUndockS];
  const events = types.map((type, k) => {
    const ms = opts.undockMs + starts[k]! * 1000;
    const p = toTeme(ms, hillAt(starts[k]!));
    const g = ecefToGeodetic(eciToEcef(p, gmstRad(ms)));
    return { type, ms, lat: (g.lat * 180) / Math.PI, lon: (g.lon * 180) / Math.PI, altKm: g.altKm };
  });
  return { samples, events };
}

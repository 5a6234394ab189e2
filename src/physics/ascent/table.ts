/** The ascent's outputs from its finished state: the sample table, the events, the result. */
import { DEG } from '../constants';
import { densityKgM3, speedOfSoundMs } from '../earth/atmosphere';
import type { Geodetic } from '../frames';
import { gravityJ2 } from '../earth/gravity';
import { G0_MS2 } from '../spacecraft';
import { norm, type Vec3 } from '../vec3';
import { TrajectoryBuilder } from '../descent/builder';
import { apsides, geodeticAt, inclinationDeg } from './geometry';
import { W, type AscentState } from './state';
import {
  ASCENT_PHASES,
  SOYUZ_NOMINAL_ASCENT,
  type AscentEvent,
  type AscentEventType,
  type AscentResult,
} from './types';

/** The powered path and the rendezvous as one path (insertion once). */
function wholePath(st: AscentState): { ts: number[]; pos: Vec3[]; vel: Vec3[] } {
  const a = st.powered;
  const b = st.rendezvous;
  return {
    ts: [...a.ts, ...b.ts.slice(1)],
    pos: [...a.pos, ...b.pos.slice(1)],
    vel: [...a.vel, ...b.vel.slice(1)],
  };
}

export function ascentResult(st: AscentState): AscentResult {
  const nominal = SOYUZ_NOMINAL_ASCENT;
  const { liftoffMs, insertionMs, dockingMs, T } = st;
  const spanS = (dockingMs - insertionMs) / 1000;
  const { ts, pos, vel } = wholePath(st);
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
    eventAt('orbit_insertion', T, st.insertionSourced ? 'sourced' : 'nominal profile'),
    eventAt('docking', T + spanS, 'sourced'),
  ];
  events.sort((x, y) => x.ms - y.ms);

  const insR = st.powered.pos[st.powered.pos.length - 1]!;
  const insV = st.powered.vel[st.powered.vel.length - 1]!;
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
      issInclinationDeg: inclinationDeg(st.issIns.r, st.issIns.v),
      phaseAngleDeg: st.phaseAngleDeg,
    },
  };
}

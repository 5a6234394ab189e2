import { simulateDeparture, type DepartureEvent, type DockingPort } from '../physics/departure';
import { bracket } from '../physics/descent/trajectory';
import type { Tle } from '../physics/tle';

/**
 * The Soyuz's way from the port to the deorbit burn, as its offset from where it was docked, in
 * the station's radial / along-track / cross-track frame (m), sampled once per mission so a frame
 * only interpolates. Offsets rather than positions: the scene draws the ship beside the station's
 * drawn model, and metres relative to it keep their precision where kilometres from Earth's centre
 * would not.
 */
export interface DepartureTrack {
  port: DockingPort;
  undockMs: number;
  /** Last sample: the deorbit burn, from which the descent takes over. */
  endMs: number;
  events: readonly DepartureEvent[];
  t: Float64Array;
  radialM: Float64Array;
  alongM: Float64Array;
  crossM: Float64Array;
}

/** Seconds between samples: the relative motion is smooth (CW), so linear steps of 2 s are exact to mm. */
const STEP_S = 2;

export function departureTrack(
  tle: Tle,
  departure: { undockMs: number; port: DockingPort },
  burnMs: number,
): DepartureTrack | null {
  if (!(burnMs > departure.undockMs)) return null;
  const { samples, events } = simulateDeparture({
    tle,
    undockMs: departure.undockMs,
    endMs: burnMs,
    port: departure.port,
    stepS: STEP_S,
  });
  return {
    port: departure.port,
    undockMs: departure.undockMs,
    endMs: burnMs,
    events,
    t: samples.t,
    radialM: samples.radialM,
    alongM: samples.alongM,
    crossM: samples.crossM,
  };
}

/** The offset from the docked position at `ms` (radial, along-track, cross-track, m) into `out`. */
export function departureOffsetAt(
  d: DepartureTrack,
  ms: number,
  out: [number, number, number],
): [number, number, number] {
  const n = d.t.length;
  if (n === 0 || ms <= d.undockMs) {
    out[0] = out[1] = out[2] = 0;
    return out;
  }
  const i = n > 1 ? bracket(d.t, n, Math.min(ms, d.t[n - 1]!)) : 0;
  const j = Math.min(n - 1, i + 1);
  const span = d.t[j]! - d.t[i]!;
  const s = span > 0 ? Math.min(1, Math.max(0, (ms - d.t[i]!) / span)) : 0;
  out[0] = d.radialM[i]! + (d.radialM[j]! - d.radialM[i]!) * s;
  out[1] = d.alongM[i]! + (d.alongM[j]! - d.alongM[i]!) * s;
  out[2] = d.crossM[i]! + (d.crossM[j]! - d.crossM[i]!) * s;
  return out;
}

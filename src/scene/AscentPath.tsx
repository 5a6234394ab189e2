import { useMemo } from 'react';
import type { AscentResult } from '../physics/ascent';
import { padDropKm } from '../timeline/sceneState';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';

/**
 * Colour per ASCENT_PHASES index (first stage, second stage, third stage, rendezvous, docked),
 * kept apart from the ISS orbit (cyan) and its ground track (amber), told apart by lightness too.
 */
const PHASE_COLOURS: ReadonlyArray<[number, number, number]> = [
  [1.0, 0.35, 0.1],
  [1.0, 0.62, 0.85],
  [0.75, 0.55, 1.0],
  [0.45, 1.0, 0.6],
  [1, 1, 1],
];
/** The ground track floats this far up so the globe does not swallow it, km (as the ISS's). */
const GROUND_LIFT_KM = 3;
const GROUND_DIM = 0.55;

/**
 * The approximate ascent and rendezvous path, coloured by phase, and its ground track, drawn in
 * the Earth-fixed frame (so the path starts on the pad whatever the time on the clock; the
 * Soyuz is on it at its own instant). Heights near the pad are lowered by the pad's height, as
 * the drawn Soyuz is, because the drawn Earth is the bare ellipsoid.
 */
export function AscentPath({ ascent }: { ascent: AscentResult }) {
  const lines = useMemo(() => {
    const padKm = ascent.samples.altKm[0]!;
    const drawn = (alt: number) => alt - padDropKm(alt, padKm);
    return [
      buildPhaseLine(ascent.samples, {
        height: drawn,
        colours: PHASE_COLOURS,
        width: 4,
        name: 'ascent-path',
      }),
      buildPhaseLine(ascent.samples, {
        height: () => GROUND_LIFT_KM,
        colours: PHASE_COLOURS,
        width: 2,
        dim: GROUND_DIM,
        name: 'ascent-ground-track',
      }),
    ];
  }, [ascent]);
  useEarthFixedLines(lines);
  return null;
}

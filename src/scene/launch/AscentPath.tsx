import { useMemo } from 'react';
import { ASCENT_PHASES, type AscentResult } from '../../physics/ascent';
import { padDropKm, SPACECRAFT_OVER_PAD_KM } from '../../replay/sceneState';
import { buildPhaseLine, useEarthFixedLines } from '../landing/phasePath';
import { ASCENT_PHASE_COLOURS, linearPhaseColours } from '../landing/phaseColours';

/** Colour per ASCENT_PHASES index, from the colour-blind-safe phase palette. */
const PHASE_COLOURS = linearPhaseColours(ASCENT_PHASES, ASCENT_PHASE_COLOURS);
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
    // As the drawn Soyuz: lowered by the pad's height, and on the pad as high as the spacecraft
    // stands on its rocket, so the line leaves from the spacecraft, not up through the rocket.
    const drawn = (alt: number) => {
      const drop = padDropKm(alt, padKm);
      return alt - drop + (SPACECRAFT_OVER_PAD_KM * drop) / padKm;
    };
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

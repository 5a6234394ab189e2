import { useMemo } from 'react';
import { PHASES, type DescentResult } from '../../physics/descent';
import { groundAltKm } from '../../replay/replay';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';
import { DESCENT_PHASE_COLOURS, linearPhaseColours } from './phaseColours';

/** Colour per phase index, from the colour-blind-safe phase palette. */
const PHASE_COLOURS = linearPhaseColours(PHASES, DESCENT_PHASE_COLOURS);

/** The modelled descent path, coloured by phase, drawn in the Earth-fixed frame. */
export function DescentPath({ descent }: { descent: DescentResult }) {
  const lines = useMemo(() => {
    // Heights over the site's ground, since the drawn Earth is the bare ellipsoid.
    const ground = groundAltKm(descent);
    return [
      buildPhaseLine(descent.samples, {
        height: (alt) => alt - ground,
        colours: PHASE_COLOURS,
        width: 4,
        name: 'descent-path',
      }),
    ];
  }, [descent]);
  useEarthFixedLines(lines);
  return null;
}

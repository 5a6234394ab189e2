import { useMemo } from 'react';
import type { DescentResult } from '../physics/descent';
import { groundAltKm } from '../timeline/replay';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';

/**
 * Colour per phase index (burn, coast, descent module, drogue, main chute, landed), kept apart
 * from the ISS orbit (cyan) and ground track (amber) and told apart by lightness as well as hue.
 */
const PHASE_COLOURS: ReadonlyArray<[number, number, number]> = [
  [1.0, 0.35, 0.1],
  [1.0, 0.62, 0.85],
  [1.0, 0.2, 0.25],
  [0.75, 0.55, 1.0],
  [0.45, 1.0, 0.6],
  [1, 1, 1],
];

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

import { useMemo } from 'react';
import { PHASES, type DescentResult } from '../../physics/descent';
import { groundAltKm } from '../../replay/replay';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';
import { DESCENT_PHASE_COLOURS, linearPhaseColours } from './phaseColours';
import { useSceneFrame } from '../useSceneFrame';
import { frameStats } from '../render/frameStats';

/** Colour per phase index, from the colour-blind-safe phase palette. */
const PHASE_COLOURS = linearPhaseColours(PHASES, DESCENT_PHASE_COLOURS);

/**
 * Below this camera height the path is hidden: seen from the steppe or beside the capsule under
 * its canopy, the last kilometres of the path are a coloured pole standing through the capsule,
 * which nobody on the ground saw. From higher up it shows where the capsule is going.
 */
const HIDE_BELOW_KM = 20;

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
  useSceneFrame(() => {
    const shown = frameStats.cameraAltKm >= HIDE_BELOW_KM;
    for (const l of lines) l.visible = shown;
  });
  return null;
}

import { useMemo } from 'react';
import { Color } from 'three';
import type { DescentResult } from '../../physics/descent';
import { groundAltKm } from '../../replay/replay';
import { GroundMarker } from './GroundMarker';
import { buildPhaseLine, useEarthFixedLines } from './phasePath';

interface Props {
  descent: DescentResult;
  /** One colour for the whole path: it is the other flight, not the replay's phases. */
  colour: string;
  label: string;
  name: string;
}

/**
 * A second descent beside the replay's own: its path in one colour and a dot with a label where
 * it comes down. TMA-11 shows where a guided return would have landed; the what-if lab shows the
 * class's burn. A child of <Earth>, in the Earth-fixed frame.
 */
export function AlternativeDescent({ descent, colour, label, name }: Props) {
  const lines = useMemo(() => {
    const c = new Color(colour);
    const rgb: [number, number, number] = [c.r, c.g, c.b];
    const ground = groundAltKm(descent);
    return [
      buildPhaseLine(descent.samples, {
        height: (alt) => alt - ground,
        colours: [rgb, rgb, rgb, rgb, rgb, rgb],
        width: 3,
        name,
      }),
    ];
  }, [descent, colour, name]);
  useEarthFixedLines(lines);
  const td = descent.touchdown;
  return (
    <GroundMarker
      lat={td.lat}
      lon={td.lon}
      colour={colour}
      label={label}
      name={`${name}-touchdown`}
    />
  );
}

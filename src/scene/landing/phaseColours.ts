import { Color } from 'three';
import type { AscentPhase } from '../../physics/ascent';
import type { Phase } from '../../physics/descent';

/**
 * Phase colours for the descent and ascent paths, from the Okabe–Ito palette (Okabe & Ito 2008,
 * "Color Universal Design"), chosen so that neighbouring phases stay apart for viewers with
 * protanopia, deuteranopia or tritanopia as well as normal vision (tests/unit/scene/
 * phaseColours.test.ts simulates each). Blue (#0072B2) is left out: it is too dark on the
 * night side of the globe. The colours also keep clear of the ISS orbit (cyan) and its ground
 * track (amber) where a path runs beside them: the burn and coast of a descent, the whole ascent.
 */
export const OKABE_ITO = {
  vermillion: '#D55E00',
  orange: '#E69F00',
  yellow: '#F0E442',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  grey: '#BBBBBB',
  white: '#FFFFFF',
} as const;

export const DESCENT_PHASE_COLOURS: Readonly<Record<Phase, string>> = {
  burn: OKABE_ITO.vermillion,
  coast: OKABE_ITO.grey,
  descent_module: OKABE_ITO.orange,
  drogue: OKABE_ITO.skyBlue,
  main_chute: OKABE_ITO.yellow,
  landed: OKABE_ITO.white,
};

export const ASCENT_PHASE_COLOURS: Readonly<Record<AscentPhase, string>> = {
  first_stage: OKABE_ITO.vermillion,
  second_stage: OKABE_ITO.skyBlue,
  third_stage: OKABE_ITO.grey,
  rendezvous: OKABE_ITO.bluishGreen,
  docked: OKABE_ITO.white,
};

/**
 * The colours in phase-index order as three.js working-space (linear) RGB, the form a line's
 * vertex colours take; the phase path is drawn without tone mapping, so the screen shows the
 * palette's own sRGB colours.
 */
export function linearPhaseColours<P extends string>(
  order: readonly P[],
  colours: Readonly<Record<P, string>>,
): [number, number, number][] {
  return order.map((p) => {
    const c = new Color(colours[p]);
    return [c.r, c.g, c.b];
  });
}

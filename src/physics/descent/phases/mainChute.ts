import { MAIN_CD, PARACHUTES } from '../../spacecraft';
import type { DescentState } from '../state';
import { addEvent, advance, checkMarkers, record } from '../step';

/** Where the soft-landing engines fire: this far above the ground, km. */
export const engineAltKm = (st: DescentState): number =>
  st.groundAltKm + PARACHUTES.softLandingAltKm;

/**
 * The main canopy: it opens (its drag area growing from the drogue's over the sourced opening
 * time) and the transient that follows is integrated in full, 25 s past the opening.
 */
export function mainChute(st: DescentState): void {
  const veh = st.veh;
  addEvent(st, 'main_chute', st.t, st.s, st.alt);
  st.phase = 'main_chute';
  veh.chuteFrom = veh.chuteTo;
  veh.chuteTo = MAIN_CD * PARACHUTES.mainAreaM2;
  veh.chuteStartS = st.t;
  veh.chuteRampS = PARACHUTES.mainOpeningS;
  record(st);
  const engineAlt = engineAltKm(st);
  const settleS = PARACHUTES.mainOpeningS + 25;
  while (st.t - veh.chuteStartS < settleS && st.alt > engineAlt + 0.5) {
    const tPrev = st.t;
    const altPrev = st.alt;
    advance(st, 0.5);
    checkMarkers(st, tPrev, altPrev);
    record(st);
  }
}

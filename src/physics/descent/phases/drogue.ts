import { DROGUE_CD, PARACHUTES } from '../../spacecraft';
import type { DescentState } from '../state';
import { addEvent, advance, record, refineTo } from '../step';

/** Assumption: the drogue reaches full drag area over 5 s (reefing not sourced). */
export const DROGUE_OPENING_S = 5;

/** The drogue: opens at its altitude and slows the module down to the main canopy's altitude. */
export function drogue(st: DescentState): void {
  const veh = st.veh;
  addEvent(st, 'drogue_chute', st.t, st.s, st.alt);
  st.phase = 'drogue';
  veh.liftToDrag = 0;
  veh.chuteFrom = 0;
  veh.chuteTo = DROGUE_CD * PARACHUTES.drogueAreaM2;
  veh.chuteStartS = st.t;
  veh.chuteRampS = DROGUE_OPENING_S;
  record(st);
  while (true) {
    const tPrev = st.t;
    const altPrev = st.alt;
    const dt = st.t - veh.chuteStartS < DROGUE_OPENING_S ? 0.25 : 1;
    advance(st, dt);
    if (st.alt <= PARACHUTES.mainAltKm) {
      refineTo(st, PARACHUTES.mainAltKm, tPrev, altPrev, dt);
      return;
    }
    record(st);
  }
}

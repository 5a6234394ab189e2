import { SEPARATION } from '../../spacecraft';
import { MAX_FLIGHT_S, type DescentState } from '../state';
import { advance, record, refineTo } from '../step';
import { DescentError } from '../types';

/** The whole spacecraft coasts down to the module-separation altitude (the state ends on it). */
export function coastToSeparation(st: DescentState): void {
  st.phase = 'coast';
  while (true) {
    if (st.t > MAX_FLIGHT_S) {
      throw new DescentError(
        `the spacecraft does not come down to ${SEPARATION.altKm} km within ${MAX_FLIGHT_S / 3600} h of the burn (delta-v ${st.deltaVms} m/s too small?)`,
      );
    }
    const tPrev = st.t;
    const altPrev = st.alt;
    const dt = st.alt > 250 ? 20 : st.alt > 170 ? 10 : 5;
    advance(st, dt);
    if (st.alt <= SEPARATION.altKm) {
      refineTo(st, SEPARATION.altKm, tPrev, altPrev, dt);
      return;
    }
    record(st);
  }
}

import { ENTRY_INTERFACE_KM, G0_MS2, GUIDANCE_START_KM, PARACHUTES } from '../../spacecraft';
import { MAX_FLIGHT_S, type DescentState } from '../state';
import { addEvent, advance, checkMarkers, record, refineTo } from '../step';
import { DescentError } from '../types';

/**
 * The descent module's entry, guided (bank angle from the guidance below 80.4 km) or not, down to
 * the drogue command altitude; then the peak-load event.
 */
export function entry(st: DescentState): void {
  const guidance = st.guidance;
  let guiding = false;
  while (true) {
    if (st.t > MAX_FLIGHT_S)
      throw new DescentError(
        `the descent module does not reach the ground (t=${st.t.toFixed(0)} alt=${st.alt.toFixed(2)} phase=${st.phase} v=${st.diag.airspeedKms})`,
      );
    const airspeed = st.diag.airspeedKms;
    if (guidance && (guiding || st.alt <= GUIDANCE_START_KM)) {
      guiding = true;
      guidance.step(st.t, st.s, st.veh, airspeed, (st.diag.sensedKms2 * 1000) / G0_MS2);
    }
    const tPrev = st.t;
    const altPrev = st.alt;
    const dt = st.alt > ENTRY_INTERFACE_KM ? 5 : airspeed > 0.5 ? 1 : 2;
    advance(st, dt);
    if (st.alt <= PARACHUTES.drogueAltKm) {
      refineTo(st, PARACHUTES.drogueAltKm, tPrev, altPrev, dt);
      checkMarkers(st, tPrev, altPrev);
      break;
    }
    checkMarkers(st, tPrev, altPrev);
    record(st);
  }
  record(st);
  const peak = st.peak;
  if (peak.g > 0) addEvent(st, 'peak_g', peak.t, peak.state, peak.altKm);
}

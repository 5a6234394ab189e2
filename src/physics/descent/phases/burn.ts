import { DEORBIT } from '../../spacecraft';
import type { DescentState } from '../state';
import { addEvent, advance, record } from '../step';

/**
 * The deorbit burn: the engine's fixed acceleration (128 m/s over 280 s, sourced), for as long as
 * the Δv asks, along the anti-velocity at ignition held in inertial space (DEORBIT.attitude), or
 * along the anti-velocity of each moment (`burnAttitude: 'retrograde'`, for comparison); or,
 * `impulsive`, the whole Δv at mid-burn along the anti-velocity there.
 */
export function deorbitBurn(st: DescentState): void {
  const accel = DEORBIT.deltaVms / DEORBIT.durationS / 1000; // km/s^2, the engine's
  const burnS = st.deltaVms / 1000 / accel;
  const { s, veh } = st;
  record(st);
  addEvent(st, 'deorbit_burn_start', 0, s, st.alt);
  if (st.impulsive) {
    const half = burnS / 2;
    while (st.t < half - 1e-9) {
      advance(st, Math.min(5, half - st.t));
      record(st);
    }
    const v = Math.hypot(s[3]!, s[4]!, s[5]!);
    const k = 1 - st.deltaVms / 1000 / v;
    s[3] = s[3]! * k;
    s[4] = s[4]! * k;
    s[5] = s[5]! * k;
    record(st);
  } else {
    veh.thrustKms2 = accel;
    if (st.burnAttitude === 'inertial') {
      const v = Math.hypot(s[3]!, s[4]!, s[5]!);
      veh.thrustDir[0] = -s[3]! / v;
      veh.thrustDir[1] = -s[4]! / v;
      veh.thrustDir[2] = -s[5]! / v;
    }
  }
  while (st.t < burnS - 1e-9) {
    advance(st, Math.min(5, burnS - st.t));
    record(st);
  }
  veh.thrustKms2 = 0;
  veh.thrustDir.fill(0);
  addEvent(st, 'deorbit_burn_end', st.t, s, st.alt);
}

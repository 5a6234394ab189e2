import { ecefToEci, geodeticAltKm } from '../../frames';
import { PARACHUTES } from '../../spacecraft';
import { W, type DescentState } from '../state';
import { addEvent, record } from '../step';

/**
 * The soft-landing engines fire at their height and take the last 0.8 m at constant deceleration
 * down to the touchdown speed; then touchdown, at rest on the turning ground.
 */
export function softLanding(st: DescentState): void {
  const s = st.s;
  addEvent(st, 'soft_landing_engines', st.t, s, st.alt);
  const v0 = st.diag.airspeedKms;
  const v1 = PARACHUTES.touchdownSpeedMs / 1000;
  const burnTime = (2 * PARACHUTES.softLandingAltKm) / (v0 + v1);
  st.t += burnTime;
  // Over 0.2 s the capsule moves with the ground: rotate it with the Earth and drop it 0.8 m.
  ecefToEci(s, W * burnTime, s);
  const rn = Math.hypot(s[0]!, s[1]!, s[2]!);
  const shrink = (rn - PARACHUTES.softLandingAltKm) / rn;
  s[0] = s[0]! * shrink;
  s[1] = s[1]! * shrink;
  s[2] = s[2]! * shrink;
  // At rest on the ground the inertial velocity is the Earth's, plus the last 1.5 m/s downward.
  s[3] = -W * s[1]! - (v1 * s[0]!) / rn;
  s[4] = W * s[0]! - (v1 * s[1]!) / rn;
  s[5] = -(v1 * s[2]!) / rn;
  st.alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
  st.phase = 'landed';
  record(st);
  addEvent(st, 'touchdown', st.t, s, st.alt);
}

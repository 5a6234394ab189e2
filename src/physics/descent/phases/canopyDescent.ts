import { densityKgM3 } from '../../earth/atmosphere';
import { ecefToEci, geodeticAltKm, geodeticToEcef } from '../../frames';
import { rk4 } from '../../integrator';
import { DM_CD_SUBSONIC, G0_MS2 } from '../../spacecraft';
import { toGeo, W, type DescentState } from '../state';
import { checkMarkers, record } from '../step';
import { engineAltKm } from './mainChute';

/** Sink speed under the open main canopy at height h (km): weight = drag, km/s. */
export function canopySinkKms(st: DescentState, h: number): number {
  const veh = st.veh;
  const cdaMain = veh.chuteTo + DM_CD_SUBSONIC * veh.areaM2;
  const g = G0_MS2 * (6371 / (6371 + h)) ** 2;
  return Math.sqrt((2 * veh.massKg * g) / (densityKgM3(h) * cdaMain)) / 1000;
}

/** dh/dt under the canopy (the state is the height alone). */
function sinking(_t: number, h: Float64Array, st: DescentState, out: Float64Array): void {
  out[0] = -canopySinkKms(st, h[0]!);
}

/**
 * Under the settled main canopy down to the soft-landing engines' height, at the canopy's
 * equilibrium speed. Under a 1,000 m^2 canopy the capsule settles within a second (explicit
 * integration would need sub-second steps for 15 minutes), and the air, turning with the Earth,
 * carries it over a fixed ground point.
 */
export function canopyDescent(st: DescentState): void {
  const { s, rEcef } = st;
  const geo = toGeo(st, st.t, s);
  const latG = geo.lat;
  const lonG = geo.lon;
  const engineAlt = engineAltKm(st);
  const placeAt = (h: number): void => {
    geodeticToEcef(latG, lonG, h, rEcef);
    ecefToEci(rEcef, st.gmst0 + W * st.t, s);
    const v = canopySinkKms(st, h);
    const rn = Math.hypot(s[0]!, s[1]!, s[2]!);
    s[3] = -W * s[1]! - (v * s[0]!) / rn;
    s[4] = W * s[0]! - (v * s[1]!) / rn;
    s[5] = -(v * s[2]!) / rn;
  };
  const hState = new Float64Array(1);
  let h = st.alt;
  while (h > engineAlt) {
    const tPrev = st.t;
    const altPrev = h;
    st.prev.set(s);
    const dt = 10;
    // The shared RK4 on dh/dt = -sink(h).
    hState[0] = h;
    rk4(sinking, st, tPrev, hState, dt, hState);
    let hn = hState[0]!;
    let used = dt;
    if (hn <= engineAlt) {
      used = (h - engineAlt) / ((h - hn) / dt);
      hn = engineAlt;
    }
    st.t = tPrev + used;
    h = hn;
    placeAt(h);
    st.alt = geodeticAltKm(s[0]!, s[1]!, s[2]!);
    checkMarkers(st, tPrev, altPrev);
    if (h > engineAlt) record(st);
  }
  record(st);
}

import { DEG } from '../../constants';
import { areaM2, DESCENT_MODULE } from '../../spacecraft';
import type { Vehicle } from '../dynamics';
import type { DescentState } from '../state';
import { addEvent, record } from '../step';

/** The descent module alone: its mass, area and Mach-dependent Cd; lift when guided. */
export function setDescentModule(veh: Vehicle, lifting: boolean, bankDeg: number): void {
  veh.massKg = DESCENT_MODULE.massKg;
  veh.areaM2 = areaM2(DESCENT_MODULE.diameterM);
  veh.machCd = true;
  veh.liftToDrag = lifting ? DESCENT_MODULE.liftToDrag : 0;
  veh.bankCos = Math.cos(bankDeg * DEG);
  veh.bankSin = Math.sin(bankDeg * DEG);
}

/** Module separation: the orbital and instrument modules go; the descent module flies on. */
export function moduleSeparation(st: DescentState): void {
  addEvent(st, 'module_separation', st.t, st.s, st.alt);
  st.phase = 'descent_module';
  setDescentModule(st.veh, st.mode === 'guided', st.referenceBankDeg);
  record(st);
}

import type { TouchdownRest } from '../data/touchdownRest';
import type { DescentResult, TrajectoryPoint } from '../physics/descent';
import type { DockingPort } from '../physics/departure';
import type { Vec3 } from '../physics/vec3';
import { departureOffsetAt, type DepartureTrack } from './departureTrack';
import { modulesAt, type ModulesApart } from './moduleSeparation';
import { soyuzNose, tiltDeg } from './soyuzAttitude';

/** What a return replay knows beyond its descent: the way from the port, how it came to rest. */
export interface ReturnExtras {
  departure: DepartureTrack | null;
  rest: TouchdownRest;
}

/**
 * The returning Soyuz from undocking on (or from the burn, where the departure is not modelled):
 * where it is relative to the station, how it is turned, and where its other two modules are.
 */
export interface SoyuzState {
  /** The latest event passed: undocking, separation_burn_1/2, then the descent's events. */
  phase: string;
  /** From where it was docked while near the station; from the station's centre once descending, m. */
  rangeFromIssM: number;
  /** From the descent module to the nearer of the other two modules, m; 0 before they part. */
  modulesApartM: number;
  /** The port it left, null when the departure is not modelled. */
  port: DockingPort | null;
  /**
   * Before the burn: its offset from the docked position, m, [radial (up), along-track (ahead),
   * cross-track (orbit normal)]. The scene draws it there beside the station's model.
   */
  fromPortM: Vec3 | null;
  /** Nose direction (orbital module's end; the hatch once alone), flight frame [forward, up, right]. */
  nose: Vec3;
  tiltDeg: number;
  modules: ModulesApart;
  rest: TouchdownRest;
}

export function newSoyuzState(): SoyuzState {
  return {
    phase: '',
    rangeFromIssM: 0,
    modulesApartM: 0,
    port: null,
    fromPortM: [0, 0, 0],
    nose: [0, 1, 0],
    tiltDeg: 0,
    modules: { sinceS: -Infinity, orbitalM: [0, 0, 0], serviceM: [0, 0, 0], apartM: 0 },
    rest: 'upright',
  };
}

/** Each state's own array for fromPortM, which is null once descending. */
const portArrays = new WeakMap<SoyuzState, Vec3>();
const velocity: Vec3 = [0, 0, 0];
const separationNose: Vec3 = [0, 0, 0];

/**
 * Fill `out` for the instant, or return false before undocking (or, with no modelled departure,
 * before the burn). `capsule`: the descent module's point from the burn on; `issR`: the station's
 * position (km) for the range once descending.
 */
export function soyuzAt(
  ms: number,
  descent: DescentResult | null,
  extras: ReturnExtras | null,
  capsule: TrajectoryPoint | null,
  issR: Vec3 | null,
  out: SoyuzState,
): boolean {
  const dep = extras?.departure ?? null;
  const start = dep ? dep.undockMs : (descent?.burnMs ?? Infinity);
  if (!(ms >= start)) return false;
  out.rest = extras?.rest ?? 'upright';
  out.port = dep?.port ?? null;
  velocity[0] = 1;
  velocity[1] = 0;
  velocity[2] = 0;
  if (capsule) {
    // The velocity in the flight frame: forward is its horizontal part by definition.
    const r = capsule.r;
    const v = capsule.v;
    const rn = Math.hypot(r[0], r[1], r[2]);
    const vn = Math.hypot(v[0], v[1], v[2]) || 1;
    const up = (r[0] * v[0] + r[1] * v[1] + r[2] * v[2]) / rn / vn;
    velocity[0] = Math.sqrt(Math.max(0, 1 - up * up));
    velocity[1] = up;
  }
  soyuzNose({ ms, descent, port: out.port, rest: out.rest, velocity }, out.nose);
  out.tiltDeg = tiltDeg(out.nose);
  out.phase = latestPhase(ms, dep, descent);
  if (descent && capsule) {
    const sep = descent.events.find((e) => e.type === 'module_separation')?.ms ?? Infinity;
    soyuzNose(
      { ms: Math.min(ms, sep - 1), descent, port: out.port, rest: out.rest, velocity },
      separationNose,
    );
    modulesAt(descent, ms, separationNose, out.modules);
    out.fromPortM = null;
    out.rangeFromIssM = issR
      ? 1000 * Math.hypot(capsule.r[0] - issR[0], capsule.r[1] - issR[1], capsule.r[2] - issR[2])
      : NaN;
  } else {
    out.modules.sinceS = -Infinity;
    out.modules.apartM = 0;
    let arr = portArrays.get(out);
    if (!arr) portArrays.set(out, (arr = [0, 0, 0]));
    out.fromPortM = departureOffsetAt(dep!, ms, arr);
    out.rangeFromIssM = Math.hypot(...out.fromPortM);
  }
  out.modulesApartM = out.modules.apartM;
  return true;
}

function latestPhase(ms: number, dep: DepartureTrack | null, d: DescentResult | null): string {
  let name = '';
  let at = -Infinity;
  const consider = (events: readonly { type: string; ms: number }[]) => {
    for (const e of events) {
      if (e.ms <= ms && e.ms >= at) {
        name = e.type;
        at = e.ms;
      }
    }
  };
  if (dep) consider(dep.events);
  if (d) consider(d.events);
  return name;
}

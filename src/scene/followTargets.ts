import type { CameraName } from '../timeline/clockStore';
import type { SceneState } from '../timeline/sceneState';
import type { Vec3 } from '../physics/vec3';

const liftedR: Vec3 = [0, 0, 0];

/** Height of the chase camera's aim above the capsule: half-way up to the open canopy, km. */
function canopyLiftKm(s: SceneState): number {
  const c = s.capsule!;
  if (s.utcMs >= c.descent.touchdown.ms) return 0;
  const at = (type: string) => c.descent.events.find((e) => e.type === type)?.ms ?? Infinity;
  if (s.utcMs >= at('main_chute')) return 0.022;
  if (s.utcMs >= at('drogue_chute')) return 0.007;
  return 0;
}

interface FollowSpec {
  backKm: number;
  upKm: number;
  minKm: number;
  maxKm: number;
}

/** How each followed craft is framed: the ISS from 350 m, the Soyuz chase view from 70 m. */
export const FOLLOW: Readonly<Record<'iss' | 'soyuz', FollowSpec>> = {
  // 350 m behind and 120 m above the station, so Earth's limb is in the frame.
  iss: { backKm: 0.35, upKm: 0.12, minKm: 0.05, maxKm: 5000 },
  soyuz: { backKm: 0.07, upKm: 0.01, minKm: 0.006, maxKm: 5000 },
};

/**
 * What a follow camera tracks: the ISS, or the Soyuz from its burn on (before the burn it is a
 * few km from the station, so the view waits on the station).
 */
export function followed(s: SceneState, name: CameraName): { r: Vec3; v: Vec3 } | null {
  if (name === 'soyuz' && s.capsule) {
    // Under a canopy, look at a point between the capsule and the canopy so both are framed.
    const lift = canopyLiftKm(s);
    const r = s.capsule.drawR;
    const k = 1 + lift / Math.hypot(r[0], r[1], r[2]);
    liftedR[0] = r[0] * k;
    liftedR[1] = r[1] * k;
    liftedR[2] = r[2] * k;
    return { r: liftedR, v: s.capsule.point.v };
  }
  if ((name === 'iss' || name === 'soyuz') && s.iss) return s.iss.eci;
  return null;
}

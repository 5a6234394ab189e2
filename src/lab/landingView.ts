import { DEG, WGS84_A_KM } from '../physics/constants';
import type { ViewAim } from '../scene/camera/viewAim';

/** The window the picture is drawn in: the camera's vertical field of view and the width/height. */
export interface ViewWindow {
  verticalFovDeg: number;
  aspect: number;
}

/**
 * Share of the narrower half-angle of the view the points may spread over: room for the labels
 * beside the markers, the picture's lift above the timeline and a panel over one side.
 */
const FILL = 0.7;
/**
 * The nearest the view comes, km from Earth's centre (~3,200 km up): close enough that two
 * landings 50 km apart are told apart, far enough that the steppe shows with its borders round it.
 */
export const MIN_DISTANCE_KM = 1.5 * WGS84_A_KM;
/** The furthest: the whole near side of the globe, beyond which nothing more comes into view. */
export const MAX_DISTANCE_KM = 8 * WGS84_A_KM;
/** A point this far round from the centre of the view still faces the camera comfortably. */
const HORIZON_MARGIN = 0.9;

/**
 * The view that shows every point (degrees on the ground) at once: looking straight down on their
 * middle (the mean of their directions from Earth's centre), from just far enough that the one
 * furthest round the globe from it falls inside FILL of the narrower half of the view. From a
 * distance D above a sphere of radius R, a point an angle θ round from the centre of the view is
 * seen at atan(R sin θ / (D − R cos θ)) off the line of sight, so D = R (cos θ + sin θ / tan α).
 * Null when there is nothing to show.
 */
export function frameGroundPoints(
  points: readonly { lat: number; lon: number }[],
  view: ViewWindow,
): ViewAim | null {
  if (points.length === 0) return null;
  const sum = [0, 0, 0];
  const dirs = points.map(({ lat, lon }) => {
    const d = [
      Math.cos(lat * DEG) * Math.cos(lon * DEG),
      Math.cos(lat * DEG) * Math.sin(lon * DEG),
      Math.sin(lat * DEG),
    ];
    for (let k = 0; k < 3; k++) sum[k]! += d[k]!;
    return d;
  });
  const n = Math.hypot(sum[0]!, sum[1]!, sum[2]!);
  // Points spread evenly round the globe have no middle: look at the first of them.
  const c = n < 1e-9 ? dirs[0]! : sum.map((x) => x / n);
  const spread = Math.max(
    ...dirs.map((d) => Math.acos(Math.min(1, d[0]! * c[0]! + d[1]! * c[1]! + d[2]! * c[2]!))),
  );
  const halfV = (view.verticalFovDeg * DEG) / 2;
  const halfH = Math.atan(Math.tan(halfV) * view.aspect);
  const alpha = FILL * Math.min(halfV, halfH);
  const R = WGS84_A_KM;
  let distanceKm = R * (Math.cos(spread) + Math.sin(spread) / Math.tan(alpha));
  // Keep the furthest point on the near side, well short of the horizon (cos θ > R / D).
  if (Math.cos(spread) > 0)
    distanceKm = Math.max(distanceKm, R / (HORIZON_MARGIN * Math.cos(spread)));
  else distanceKm = MAX_DISTANCE_KM;
  return {
    lat: Math.atan2(c[2]!, Math.hypot(c[0]!, c[1]!)) / DEG,
    lon: Math.atan2(c[1]!, c[0]!) / DEG,
    distanceKm: Math.min(MAX_DISTANCE_KM, Math.max(MIN_DISTANCE_KM, distanceKm)),
  };
}

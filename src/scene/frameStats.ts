/** Counters the frame loop writes and the state hook reads; plain values, no React. */
export const frameStats = {
  frames: 0,
  cameraFlying: false,
  /** The camera's height above the ellipsoid after the last frame, km (where the view is). */
  cameraAltKm: 0,
};

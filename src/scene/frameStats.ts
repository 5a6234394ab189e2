/** Counters the frame loop writes and the state hook reads; plain values, no React. */
export const frameStats = {
  frames: 0,
  cameraFlying: false,
  /** The camera's height above the ellipsoid after the last frame, km (where the view is). */
  cameraAltKm: 0,
  /** Drawn pixels per CSS pixel in the last frame: lowered while playing on a slow machine. */
  pixelRatio: 1,
  /** What three.js holds on the GPU after the last frame: a leak shows as counts that only grow. */
  gpu: { geometries: 0, textures: 0, programs: 0 },
};

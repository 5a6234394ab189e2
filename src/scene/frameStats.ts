/** Counters the frame loop writes and the state hook reads; plain values, no React. */
export const frameStats = { frames: 0, cameraFlying: false };

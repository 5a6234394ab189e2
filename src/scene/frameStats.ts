/** Counters the frame loop writes and the state hook reads; plain numbers, no React. */
export const frameStats = { frames: 0 };

/** Where an export is, for the progress bar and its "time left". */
export interface ExportProgress {
  /** Loading the scene in the frame, drawing and encoding frames, or writing the file. */
  stage: 'loading' | 'rendering' | 'finishing';
  done: number;
  total: number;
  /** Estimated milliseconds to go; null until a few frames have been timed. */
  leftMs: number | null;
}

/** Frames timed before an estimate is shown: the first few include shader compiles. */
const MIN_TIMED = 3;

/**
 * Time left from the pace so far: frames cost about the same from start to end (the same scene,
 * the same size), so the mean pace since the first frame is a fair guess, and steadier than the
 * last frame's.
 */
export function estimateLeftMs(
  firstFrameAtMs: number,
  nowMs: number,
  done: number,
  total: number,
): number | null {
  // The first frame's own cost is not in the interval: count frames after it.
  const timed = done - 1;
  if (timed < MIN_TIMED) return null;
  return ((nowMs - firstFrameAtMs) / timed) * (total - done);
}

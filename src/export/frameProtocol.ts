import type { MissionRecord } from '../data/schema';
import type { CodecChoice } from './codecChoice';
import type { ExportRequest } from './exportRequest';

/**
 * How the app's window and its export frame talk: the frame posts FRAME_READY once it has put
 * `soyuzExportFrame` on its window; the app then calls `run` on it directly (same origin).
 */
export const FRAME_READY = 'soyuz-export-frame-ready';

/** What the app's window hands the frame: a checked request and the codec it chose. */
export interface FrameJob {
  request: ExportRequest;
  choice: CodecChoice;
  /** A mission loaded from a file: not in the frame's catalogue (a link cannot carry it). */
  userMission: { record: MissionRecord; fileName: string } | null;
}

export interface ExportFrameApi {
  /** Renders and encodes the video; the file's bytes, in the frame's realm. */
  run(job: FrameJob, onProgress: (done: number, total: number) => void): Promise<Uint8Array>;
}

declare global {
  interface Window {
    soyuzExportFrame?: ExportFrameApi;
  }
}

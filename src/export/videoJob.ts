import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ClockStore } from '../clock/clockStore';
import { CancelError, startExport, type ExportRun } from './exportHost';
import type { ExportProgress } from './exportProgress';
import type { ExportOptions } from './exportRequest';

/** A finished video, ready to save: an object URL on its bytes. */
export interface VideoFile {
  url: string;
  fileName: string;
  bytes: number;
  durationS: number;
}

interface VideoJobState {
  status: 'idle' | 'running' | 'done' | 'failed';
  progress: ExportProgress | null;
  file: VideoFile | null;
  /** Why the last export failed, in words (the language it failed in). */
  error: string | null;
  start(clock: ClockStore, opts: ExportOptions): void;
  cancel(): void;
}

/** A mission id as a file name: a loaded file may give any id (slashes, colons). */
export function videoFileName(missionId: string, extension: string): string {
  const stem = missionId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${stem || 'soyuz-replay'}.${extension}`;
}

let run: ExportRun | null = null;

/**
 * The panel's export, kept outside the panel: closing the panel (or opening another header panel
 * in its place) leaves a running export running, and the panel shows it again when reopened.
 */
export const videoJob = createStore<VideoJobState>()((set, get) => ({
  status: 'idle',
  progress: null,
  file: null,
  error: null,
  start(clock, opts) {
    if (run) return;
    const old = get().file;
    if (old) URL.revokeObjectURL(old.url);
    set({ status: 'running', progress: null, file: null, error: null });
    const missionId = clock.getState().missionId;
    const mine = startExport(clock, opts, (progress) => {
      if (run === mine) set({ progress });
    });
    run = mine;
    mine.done.then(
      (r) => {
        if (run !== mine) return;
        run = null;
        const url = URL.createObjectURL(new Blob([r.bytes as BlobPart], { type: r.mime }));
        const file = {
          url,
          fileName: videoFileName(missionId, r.extension),
          bytes: r.bytes.byteLength,
          durationS: r.durationS,
        };
        set({ status: 'done', progress: null, file });
      },
      (e: unknown) => {
        if (run !== mine) return;
        run = null;
        // Cancel puts everything back as it was: no message, nothing left behind.
        if (e instanceof CancelError) set({ status: 'idle', progress: null });
        else set({ status: 'failed', progress: null, error: (e as Error).message });
      },
    );
  },
  cancel() {
    run?.cancel();
  },
}));

export function useVideoJob<T>(selector: (s: VideoJobState) => T): T {
  return useStore(videoJob, selector);
}

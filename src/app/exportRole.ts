import type { ClockStore } from '../clock/clockStore';
import { viewRole } from '../common/viewRole';

/**
 * The off-screen frame of a video export (view=export, src/export/): no ticker, no URL sync, no
 * service worker, no welcome and no notices; only the scene, drawn frame by frame on request from
 * the window that opened it. Its code is a chunk of its own, fetched by the frame alone.
 */
export function startExportRole(clock: ClockStore, languageReady: Promise<unknown>): void {
  viewRole.getState().setRole('export');
  void languageReady
    .then(() => import('../export/exportFrame'))
    .then((m) => m.startExportFrame(clock, document.getElementById('root')!));
}

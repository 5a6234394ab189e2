import type { Clock, ClockStore } from '../clock/clockStore';
import { userMission } from '../data/userMissions';
import { currentLang, t } from '../i18n';
import { formatUtc } from '../physics/time';
import { browserCodec, type CodecChoice } from './codecChoice';
import { noCodecText, problemText } from './exportMessages';
import { estimateLeftMs, type ExportProgress } from './exportProgress';
import { parseExportRequest, type ExportOptions, type ExportRequest } from './exportRequest';
import { FRAME_READY, type ExportFrameApi, type FrameJob } from './frameProtocol';

export interface ExportResult {
  mime: string;
  /** The file, in this window's realm. */
  bytes: Uint8Array;
  extension: string;
  frames: number;
  durationS: number;
  request: ExportRequest;
}

export interface ExportRun {
  done: Promise<ExportResult>;
  /** Removes the frame: drawing and encoding stop with it; `done` rejects with a CancelError. */
  cancel(): void;
}

/** The export was cancelled: not a failure to report. */
export class CancelError extends Error {
  override name = 'CancelError';
}

/** How long the frame may take to load the app before the export gives up. */
const FRAME_LOAD_MS = 120_000;

/** The frame's address: this app, at the export's first instant, paused, in this language. */
export function frameUrl(href: string, c: Clock, fromMs: number): string {
  const url = new URL(href);
  url.hash = '';
  url.search = new URLSearchParams({
    view: 'export',
    // A mission from a file is not in a link: the frame opens the default and is handed it.
    mission: userMission(c.missionId) ? '' : c.missionId,
    t: formatUtc(fromMs),
    rate: '0',
    camera: c.camera,
    lang: currentLang(),
  }).toString();
  return url.toString();
}

/** An iframe the size of the video, outside the viewport: laid out and drawn, never seen. */
function hiddenFrame(src: string, width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = t('video.frameTitle');
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.dataset.testid = 'export-frame';
  // CSSOM, not a style attribute: the content security policy allows no inline styles.
  Object.assign(frame.style, {
    position: 'fixed',
    left: `${String(-width - 100)}px`,
    top: '0',
    width: `${String(width)}px`,
    height: `${String(height)}px`,
    border: '0',
    pointerEvents: 'none',
  });
  return frame;
}

/** Resolves with the frame's API once it has posted that it is ready. */
function frameReady(frame: HTMLIFrameElement): Promise<ExportFrameApi> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(t('video.frameTimeout')));
    }, FRAME_LOAD_MS);
    function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
      if ((e.data as { type?: string } | null)?.type !== FRAME_READY) return;
      window.removeEventListener('message', onMessage);
      window.clearTimeout(timer);
      const api = frame.contentWindow?.soyuzExportFrame;
      if (api) resolve(api);
      else reject(new Error(t('video.frameTimeout')));
    }
    window.addEventListener('message', onMessage);
  });
}

/**
 * Renders a span of the current replay to a video in an off-screen frame of this same app, so
 * this page stays usable and its clock, camera and panels are untouched. Refusals (a bad span, no
 * WebCodecs) reject at once, in words, before any frame is made.
 */
export function startExport(
  clock: ClockStore,
  opts: ExportOptions,
  onProgress: (p: ExportProgress) => void = () => undefined,
): ExportRun {
  let frame: HTMLIFrameElement | null = null;
  let cancelled = false;
  let rejectRun: (e: Error) => void = () => undefined;
  const cancelledPromise = new Promise<never>((_, reject) => (rejectRun = reject));
  // Nobody may be listening when a cancel lands after the end; that is not an error.
  cancelledPromise.catch(() => undefined);

  async function go(): Promise<ExportResult> {
    const c = clock.getState();
    const parsed = parseExportRequest(opts, c.range, c.events);
    if (!parsed.ok) throw new Error(problemText(parsed.problem));
    const { request, schedule } = parsed;
    const codec = await browserCodec(request.width, request.height, request.fps);
    if (typeof codec === 'string')
      throw new Error(noCodecText(codec, request.width, request.height));
    if (cancelled) throw new CancelError(t('video.cancelled'));
    onProgress({ stage: 'loading', done: 0, total: schedule.frames, leftMs: null });
    frame = hiddenFrame(
      frameUrl(window.location.href, c, request.fromMs),
      request.width,
      request.height,
    );
    document.body.append(frame);
    const api = await frameReady(frame);
    const bytes = await api.run(job(c, request, codec), progressFrom(onProgress));
    onProgress({ stage: 'finishing', done: schedule.frames, total: schedule.frames, leftMs: 0 });
    // A copy in this realm: the frame's buffer goes when the frame does.
    const own = new Uint8Array(bytes.byteLength);
    own.set(bytes);
    return {
      mime: codec.mime,
      bytes: own,
      extension: codec.extension,
      frames: schedule.frames,
      durationS: schedule.durationS,
      request,
    };
  }

  const done = Promise.race([go(), cancelledPromise]).finally(() => {
    frame?.remove();
    frame = null;
  });
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      frame?.remove();
      frame = null;
      rejectRun(new CancelError(t('video.cancelled')));
    },
  };
}

function job(c: Clock, request: ExportRequest, choice: CodecChoice): FrameJob {
  const mine = userMission(c.missionId);
  return {
    request,
    choice,
    userMission: mine ? { record: mine.record, fileName: mine.fileName } : null,
  };
}

/** The frame reports frames done; this adds the stage and the time left. */
function progressFrom(onProgress: (p: ExportProgress) => void) {
  let firstAt = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done === 1) firstAt = now;
    const stage = done < total ? 'rendering' : 'finishing';
    onProgress({ stage, done, total, leftMs: estimateLeftMs(firstAt, now, done, total) });
  };
}

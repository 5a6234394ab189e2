import type { RootState } from '@react-three/fiber';
import type { ClockStore } from '../clock/clockStore';
import { fullTextures } from '../scene/earth/fullTextures';
import { frameStats } from '../scene/render/frameStats';
import { wantsBloom } from '../scene/render/rendererKind';
import { drawSceneLabels } from './drawLabels';
import { drawOverlay, FONT_FAMILY } from './drawOverlay';
import type { FrameSchedule } from './frameSchedule';
import { overlayText } from './overlayText';
import type { VideoWriter } from './videoEncoder';

/** How long the scene may take to reach its full textures before the export goes on without. */
const WARM_UP_LIMIT_MS = 90_000;
/** Fiber's clock, seconds: warm-up frames count up from 0, the video's frames follow on. */
const WARM_UP_STEP_S = 0.1;

/**
 * A macrotask through a message port: React's scheduler posts its work the same way, earlier, so
 * it has committed by the time this resolves; and unlike a timer, a port is not slowed to once a
 * second when the person switches to another tab during a long export.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The app's typeface in the weights the overlay uses, Cyrillic and Kazakh letters included. */
export async function loadOverlayFonts(): Promise<void> {
  const sample = 'Soyuz Союз Қазақстан әғқңөұүһі 0123456789';
  await Promise.all(
    [400, 600, 700].map((w) => document.fonts.load(`${w} 32px ${FONT_FAMILY}`, sample)),
  ).catch(() => undefined);
}

/**
 * Draws frames until the scene is complete as a viewer would first see it: the first picture
 * (ready), the full-size textures streamed in, and the bloom pass where the GPU gets one. With
 * the frame loop "never", nothing else draws them: each of those steps waits for a drawn frame.
 */
export async function warmUp(
  get: () => RootState,
  isReady: () => boolean,
  cancelled: () => boolean,
): Promise<number> {
  const deadline = performance.now() + WARM_UP_LIMIT_MS;
  let seconds = 0;
  const complete = () =>
    isReady() && fullTextures.getState().complete && (!wantsBloom(get().gl) || frameStats.bloom);
  while (!complete() && performance.now() < deadline && !cancelled()) {
    seconds += WARM_UP_STEP_S;
    get().advance(seconds);
    await new Promise((r) => setTimeout(r, 50));
  }
  // One more after the last change, so the first video frame is not the one that uploads it.
  get().advance((seconds += WARM_UP_STEP_S));
  return seconds;
}

export interface FrameLoop {
  get: () => RootState;
  clock: ClockStore;
  schedule: FrameSchedule;
  writer: VideoWriter;
  width: number;
  height: number;
  /** Fiber's clock at the warm-up's end, seconds: the video's frames follow on from it. */
  startS: number;
  onFrame(done: number): void;
  cancelled(): boolean;
}

/**
 * For each video frame: set the clock, let React commit, draw the scene synchronously, copy it
 * into a 2D canvas in the same task (the WebGL buffer is cleared once the task ends), draw the
 * overlay over it, and encode that canvas with the frame's exact timestamp.
 */
export async function renderFrames(loop: FrameLoop): Promise<void> {
  const { get, clock, schedule, writer, width, height } = loop;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('2D canvas unavailable');
  for (let i = 0; i < schedule.frames; i++) {
    if (loop.cancelled()) return;
    clock.getState().seek(schedule.clockMs(i));
    await nextTask();
    const root = get();
    root.advance(loop.startS + i / schedule.fps);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(root.gl.domElement, 0, 0, width, height);
    drawSceneLabels(ctx, width, height);
    drawOverlay(ctx, overlayText(clock.getState()), width, height);
    await writer.add(canvas, i);
    loop.onFrame(i + 1);
  }
}

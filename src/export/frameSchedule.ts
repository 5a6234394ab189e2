import type { ClockEvent, ClockRange } from '../clock/events';
import { smartRate } from '../clock/smartRate';

/**
 * Which instant of the replay each video frame shows. Pure, so that a video's length and its
 * frames can be known (and tested) before anything is drawn.
 */

/** Clock seconds per video second, or the app's smart rate (fast between events, 1× at them). */
export type ExportRate = number | 'smart';

export interface ExportSpan {
  fromMs: number;
  toMs: number;
  rate: ExportRate;
}

export interface FrameSchedule {
  fps: number;
  frames: number;
  /** Exactly frames / fps: each frame lasts 1/fps, so the file's duration is this to the tick. */
  durationS: number;
  /** The clock instant frame i shows. */
  clockMs(i: number): number;
}

/** The longest video an export makes: beyond it a browser tab holds too much in memory. */
export const MAX_VIDEO_S = 20 * 60;

/** The default span starts a little before the deorbit burn and ends a little after touchdown. */
const LEAD_MS = 20_000;
const TAIL_MS = 30_000;

const BURN = ['deorbit_burn_start', 'deorbit_burn'];
const DOWN = ['touchdown', 'landing'];

/**
 * The whole descent (the deorbit burn to just after touchdown), clamped to the replay's range; a
 * replay with no descent (a launch) gives its whole range.
 */
export function defaultSpan(events: readonly ClockEvent[], range: ClockRange): ExportSpan {
  const burn = events.find((e) => BURN.includes(e.type));
  const down = [...events].reverse().find((e) => DOWN.includes(e.type));
  if (!burn || !down || down.utcMs <= burn.utcMs)
    return { fromMs: range.startMs, toMs: range.endMs, rate: 'smart' };
  return {
    fromMs: Math.max(range.startMs, burn.utcMs - LEAD_MS),
    toMs: Math.min(range.endMs, down.utcMs + TAIL_MS),
    rate: 'smart',
  };
}

/** A fixed rate: frame count from the span's length, the clock stepping evenly. */
function fixedSchedule(span: ExportSpan, rate: number, fps: number): FrameSchedule {
  const frames = Math.round(((span.toMs - span.fromMs) / 1000 / rate) * fps);
  const stepMs = (1000 * rate) / fps;
  return { fps, frames, durationS: frames / fps, clockMs: (i) => span.fromMs + i * stepMs };
}

/**
 * Smart rate: the clock steps as the app's ticker would play it at this frame rate (each frame
 * advances by 1/fps of real time at the smart rate of where it is), until the span's end. Within
 * an event's 4 s the rate is 1×, so events play in real time; the coast between them in seconds.
 */
function smartSchedule(
  span: ExportSpan,
  events: readonly ClockEvent[],
  fps: number,
  maxFrames: number,
): FrameSchedule {
  const times: number[] = [];
  let ms = span.fromMs;
  // One more than the limit, so that a span too long for it is seen as such by the caller.
  while (ms < span.toMs && times.length <= maxFrames) {
    times.push(ms);
    ms += (1000 / fps) * smartRate(events, ms);
  }
  return { fps, frames: times.length, durationS: times.length / fps, clockMs: (i) => times[i]! };
}

/** The frames of a span at a frame rate; `frames` may exceed the limit (the caller refuses it). */
export function frameSchedule(
  span: ExportSpan,
  events: readonly ClockEvent[],
  fps: number,
  maxVideoS = MAX_VIDEO_S,
): FrameSchedule {
  return span.rate === 'smart'
    ? smartSchedule(span, events, fps, Math.ceil(maxVideoS * fps))
    : fixedSchedule(span, span.rate, fps);
}

/** A frame's presentation time in microseconds (WebCodecs' unit), rounded to a whole µs. */
export function frameTimestampUs(i: number, fps: number): number {
  return Math.round((i * 1e6) / fps);
}

/** How long frame i lasts, µs: the gap to the next one's timestamp, so none drifts. */
export function frameDurationUs(i: number, fps: number): number {
  return frameTimestampUs(i + 1, fps) - frameTimestampUs(i, fps);
}

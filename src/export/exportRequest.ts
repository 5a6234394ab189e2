import type { ClockEvent, ClockRange } from '../clock/events';
import {
  defaultSpan,
  frameSchedule,
  MAX_VIDEO_S,
  type ExportRate,
  type ExportSpan,
  type FrameSchedule,
} from './frameSchedule';

/** What `window.soyuzReplay.exportVideo` and the panel ask for. Every field may be left out. */
export interface ExportOptions {
  /** UTC: epoch milliseconds or an ISO-8601 string. Left out: the default span's start. */
  from?: number | string;
  to?: number | string;
  width?: number;
  height?: number;
  fps?: number;
  /** Clock seconds per video second, or 'smart'. Default: smart for the whole descent, else 1. */
  rate?: ExportRate;
}

/** The sizes and frame rates the issue allows (a projector's and a laptop's). */
export const SIZES: readonly (readonly [number, number])[] = [
  [1920, 1080],
  [1280, 720],
];
export const FRAME_RATES: readonly number[] = [30, 60];
export const MAX_RATE = 10_000;

export interface ExportRequest extends ExportSpan {
  width: number;
  height: number;
  fps: number;
}

/** Why a request was refused: a catalogue key and its values (the caller words it). */
export type RequestProblem =
  | { kind: 'badTime'; value: string }
  | { kind: 'order' }
  | { kind: 'outside'; startMs: number; endMs: number }
  | { kind: 'size'; value: string }
  | { kind: 'fps'; value: string }
  | { kind: 'rate'; value: string }
  | { kind: 'tooShort' }
  | { kind: 'tooLong'; maxMin: number };

export type ParsedRequest =
  | { ok: true; request: ExportRequest; schedule: FrameSchedule }
  | { ok: false; problem: RequestProblem };

/** Epoch ms from a number or an ISO string with its zone; NaN for anything else. */
export function parseInstant(value: number | string): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  // A zone is required: "10:29" with none would be read as the viewer's local time.
  if (!/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)$/i.test(value.trim())) return NaN;
  return Date.parse(value.trim());
}

/** Checks the options against the replay and resolves every default. */
export function parseExportRequest(
  opts: ExportOptions,
  range: ClockRange,
  events: readonly ClockEvent[],
): ParsedRequest {
  const fail = (problem: RequestProblem): ParsedRequest => ({ ok: false, problem });
  const width = opts.width ?? 1920;
  const height = opts.height ?? 1080;
  if (!SIZES.some(([w, h]) => w === width && h === height))
    return fail({ kind: 'size', value: `${String(width)}×${String(height)}` });
  const fps = opts.fps ?? 30;
  if (!FRAME_RATES.includes(fps)) return fail({ kind: 'fps', value: String(fps) });

  const whole = defaultSpan(events, range);
  const given = opts.from !== undefined || opts.to !== undefined;
  const fromMs = opts.from === undefined ? whole.fromMs : parseInstant(opts.from);
  const toMs = opts.to === undefined ? whole.toMs : parseInstant(opts.to);
  if (Number.isNaN(fromMs)) return fail({ kind: 'badTime', value: String(opts.from) });
  if (Number.isNaN(toMs)) return fail({ kind: 'badTime', value: String(opts.to) });
  if (toMs <= fromMs) return fail({ kind: 'order' });
  if (fromMs < range.startMs || toMs > range.endMs)
    return fail({ kind: 'outside', startMs: range.startMs, endMs: range.endMs });

  const rate = opts.rate ?? (given ? 1 : 'smart');
  if (rate !== 'smart' && !(typeof rate === 'number' && rate > 0 && rate <= MAX_RATE))
    return fail({ kind: 'rate', value: String(rate) });

  const span = { fromMs, toMs, rate };
  const schedule = frameSchedule(span, events, fps);
  if (schedule.frames < 1) return fail({ kind: 'tooShort' });
  if (schedule.durationS > MAX_VIDEO_S) return fail({ kind: 'tooLong', maxMin: MAX_VIDEO_S / 60 });
  return { ok: true, request: { ...span, width, height, fps }, schedule };
}

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  firstEventAfter,
  nextEvent,
  previousEvent,
  type ClockEvent,
  type ClockRange,
} from './events';
import { isValidRate } from './rates';
import { smartRate } from './smartRate';

export type CameraName = 'earth' | 'iss' | 'soyuz' | 'ride' | 'ground';
export const CAMERAS: readonly CameraName[] = ['earth', 'iss', 'soyuz', 'ride', 'ground'];

export interface ClockState {
  utcMs: number;
  /** Simulated seconds per real second; negative runs backwards. */
  rate: number;
  /** Smart rate: fast between events, real time at them; the sign of `rate` gives the direction. */
  smart: boolean;
  playing: boolean;
  range: ClockRange;
  events: readonly ClockEvent[];
  missionId: string;
  camera: CameraName;
  /**
   * Whether the scene can follow the clock yet (CesiumJS's canAnimate): a link that says "play"
   * starts playing once the first frame is drawn, not while the textures are still loading.
   */
  canAnimate: boolean;
  /**
   * Stop at each event when playing forwards across it (a teacher's clicker mode): the clock halts
   * exactly at the event's instant, whatever the frame length and rate, so its caption is up.
   */
  autoPause: boolean;
  /**
   * How many times the clock was moved other than by playing (a seek, a jump, a mission load):
   * a feature that jumped the clock itself can tell whether the person has scrubbed since.
   */
  seeks: number;
}

export interface ClockActions {
  /** Jump (scrub) to an instant; clamped to the range. */
  seek(ms: number): void;
  /** Move by a signed amount of simulated time, clamped. */
  step(deltaMs: number): void;
  /** Advance by real elapsed time at the current rate; stops at either end of the range. */
  tick(realDtMs: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setRate(rate: number): void;
  setSmart(smart: boolean): void;
  setCamera(camera: CameraName): void;
  setCanAnimate(can: boolean): void;
  setAutoPause(on: boolean): void;
  /** Jump to the next (+1) or previous (-1) event; stays put where there is none. */
  jumpToEvent(direction: 1 | -1): void;
  loadMission(id: string, range: ClockRange, events: readonly ClockEvent[], utcMs: number): void;
}

export type Clock = ClockState & ClockActions;

const clamp = (ms: number, r: ClockRange) => Math.min(r.endMs, Math.max(r.startMs, ms));

export function createClock(
  initial: Omit<ClockState, 'canAnimate' | 'smart' | 'autoPause' | 'seeks'> &
    Partial<Pick<ClockState, 'canAnimate' | 'smart' | 'autoPause'>>,
) {
  return createStore<Clock>()((set, get) => ({
    canAnimate: true,
    smart: false,
    autoPause: false,
    ...initial,
    seeks: 0,
    utcMs: clamp(initial.utcMs, initial.range),
    seek: (ms) => {
      if (Number.isFinite(ms)) set((s) => ({ utcMs: clamp(ms, s.range), seeks: s.seeks + 1 }));
    },
    step: (deltaMs) => get().seek(get().utcMs + deltaMs),
    tick: (realDtMs) => {
      const { playing, rate, utcMs, range, canAnimate, smart, events, autoPause } = get();
      if (!playing || rate === 0 || !canAnimate) return;
      const effective = smart ? Math.sign(rate) * smartRate(events, utcMs) : rate;
      const next = utcMs + realDtMs * effective;
      // Auto-pause clamps inside the step, so a long frame or a high rate cannot carry the clock
      // past the event; from the event itself the next play moves on (the first event *after*).
      const stop = autoPause && effective > 0 ? firstEventAfter(events, utcMs) : null;
      if (stop && stop.utcMs <= next && stop.utcMs <= range.endMs) {
        set({ utcMs: stop.utcMs, playing: false });
        return;
      }
      const clamped = clamp(next, range);
      // Reaching either end stops playback rather than wrapping: a replay ends on the ground.
      set(clamped === next ? { utcMs: next } : { utcMs: clamped, playing: false });
    },
    play: () => {
      const { rate, utcMs, range } = get();
      // Pressing play at the end of the range (or start, going backwards) restarts from the other end.
      if (rate > 0 && utcMs >= range.endMs) get().seek(range.startMs);
      if (rate < 0 && utcMs <= range.startMs) get().seek(range.endMs);
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setRate: (rate) => {
      if (isValidRate(rate)) set({ rate, smart: false });
    },
    setSmart: (smart) => set((s) => ({ smart, rate: smart ? Math.sign(s.rate) || 1 : s.rate })),
    setCamera: (camera) => set({ camera }),
    setCanAnimate: (canAnimate) => set({ canAnimate }),
    setAutoPause: (autoPause) => set({ autoPause }),
    jumpToEvent: (direction) => {
      const { events, utcMs } = get();
      const target = direction > 0 ? nextEvent(events, utcMs) : previousEvent(events, utcMs);
      if (target) get().seek(target.utcMs);
    },
    loadMission: (missionId, range, events, utcMs) =>
      set((s) => ({ missionId, range, events, utcMs: clamp(utcMs, range), seeks: s.seeks + 1 })),
  }));
}

export type ClockStore = ReturnType<typeof createClock>;

export function useClock<T>(store: ClockStore, selector: (s: Clock) => T): T {
  return useStore(store, selector);
}

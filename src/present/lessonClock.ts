/**
 * The lesson's own clock on the presenter's desk: real time since the presenter's view began (or
 * since Restart), kept in the window's session storage so a reload does not reset it.
 */
const KEY = 'soyuz.lessonStartMs';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage refused (a private mode): the clock still runs, for this page
  }
}

/** When the lesson began here: kept in the session's storage, or in this page where there is none. */
let pageStart = 0;

function startedAt(): number {
  const kept = Number(storage()?.getItem(KEY));
  return Number.isFinite(kept) && kept > 0 ? kept : pageStart;
}

/** Starts the lesson clock unless this window's session already has one running. */
export function startLessonClock(now = Date.now()): void {
  const start = startedAt();
  if (start > 0 && start <= now) return;
  restartLessonClock(now);
}

export function restartLessonClock(now = Date.now()): void {
  pageStart = now;
  storage()?.setItem(KEY, String(now));
}

/** Milliseconds of lesson so far. */
export function lessonElapsedMs(now = Date.now()): number {
  return Math.max(0, now - (startedAt() || now));
}

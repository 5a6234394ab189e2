import { kazakhstanOffsetHours } from '../physics/time';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2022-03-30 10:29:05" in UTC. */
export function formatUtcClock(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Civil time at an offset from UTC, "16:29:05". */
export function formatLocalClock(ms: number, offsetHours: number): string {
  const d = new Date(ms + offsetHours * 3_600_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export function formatKazakhstan(ms: number): string {
  const off = kazakhstanOffsetHours(ms);
  return `${formatLocalClock(ms, off)} (UTC+${off})`;
}

/** A playback rate as people say it: "60×", "−600×". */
export function formatRate(rate: number): string {
  return `${rate < 0 ? '−' : ''}${Math.abs(rate)}×`;
}

/** Degrees with hemisphere letters: "47.41° N". */
export function formatLat(deg: number): string {
  return `${Math.abs(deg).toFixed(2)}° ${deg >= 0 ? 'N' : 'S'}`;
}

export function formatLon(deg: number): string {
  return `${Math.abs(deg).toFixed(2)}° ${deg >= 0 ? 'E' : 'W'}`;
}

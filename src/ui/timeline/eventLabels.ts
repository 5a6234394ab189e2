import { hasTranslation, t, type Key } from '../../i18n';

/** Words for the event names the physics and the data use, for markers, captions and readouts. */
export function eventLabel(type: string): string {
  const key = `events.${type}` as Key;
  // Every event type the data and the physics use is in the catalogue; an unknown one from new
  // data reads as its own words rather than as a raw key.
  if (hasTranslation(key, 'en')) return t(key);
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2:31" or "1:02:31": a countdown a class can read at a glance. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

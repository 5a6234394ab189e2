import { useEffect, type RefObject } from 'react';
import { useLang } from '../../i18n';
import type { Clock, ClockStore } from '../../clock/clockStore';

/** HUD text is written straight to the DOM at about 10 Hz while playing; at once when scrubbed. */
const PLAYING_INTERVAL_MS = 100;

/**
 * Keep an element's text (and optionally other DOM attributes) equal to a function of the clock,
 * without re-rendering React on every tick. A change of language writes it again (after React has
 * rendered the new labels), as the render function reads the current language.
 */
export function useClockText(
  clock: ClockStore,
  ref: RefObject<HTMLElement | null>,
  render: (s: Clock, el: HTMLElement) => void,
): void {
  const lang = useLang();
  useEffect(() => {
    let last = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      trailing = undefined;
      last = performance.now();
      if (ref.current) render(clock.getState(), ref.current);
    };
    write();
    const unsubscribe = clock.subscribe((s) => {
      const now = performance.now();
      if (!s.playing || now - last >= PLAYING_INTERVAL_MS) {
        if (trailing) clearTimeout(trailing);
        write();
      } else if (!trailing) {
        trailing = setTimeout(write, PLAYING_INTERVAL_MS - (now - last));
      }
    });
    return () => {
      unsubscribe();
      if (trailing) clearTimeout(trailing);
    };
  }, [clock, ref, render, lang]);
}

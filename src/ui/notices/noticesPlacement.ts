import { useLayoutEffect, useState, type CSSProperties } from 'react';

/** Narrower than this between the header's two groups, the notices go under the mission header. */
const MIN_WIDTH_PX = 288;
const GAP_PX = 12;
/** Kept clear at the bottom for the timeline and captions. */
const BOTTOM_RESERVE_PX = 160;
/** Less room than this under the mission header, the notices go beside it. */
const MIN_ROOM_BELOW_PX = 120;
/** The widest a notice column gets, as before: long lines are hard to read. */
const MAX_WIDTH_PX = 640;

/**
 * Where the notices go so that they never cover a control: in the gap between the mission header
 * (left) and the view buttons (right); where that gap is too narrow (most screens: the header
 * is 36rem wide), under the mission header at its width, clear of the telemetry on the right; and
 * where the header fills the left side, beside it. The two groups are found by their classes
 * in App.tsx's top overlay and followed as they resize (a longer title, another language).
 */
export function useNoticesPlacement(active: boolean): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties>();
  useLayoutEffect(() => {
    if (!active) return;
    const top = document.querySelector<HTMLElement>('.overlay-top');
    const left = top?.firstElementChild as HTMLElement | null | undefined;
    const right = document.querySelector<HTMLElement>('.overlay-top__right');
    if (!top || !left || !right) return;
    const place = () => {
      const l = left.getBoundingClientRect();
      const r = right.getBoundingClientRect();
      const from = l.right + GAP_PX;
      const to = r.left - GAP_PX;
      if (to - from >= MIN_WIDTH_PX) {
        const width = Math.min(MAX_WIDTH_PX, to - from);
        setStyle({ top: l.top, left: from + (to - from - width) / 2, width });
      } else if (window.innerHeight - BOTTOM_RESERVE_PX - l.bottom >= MIN_ROOM_BELOW_PX) {
        // Under the mission header, as wide as it: the telemetry is on the right-hand side.
        setStyle({ top: l.bottom + GAP_PX, left: l.left, width: Math.min(MAX_WIDTH_PX, l.width) });
      } else {
        // The header fills the left side (the mission picker is open, where a file's errors come
        // up): beside it, under the view buttons, over the telemetry rather than off the screen.
        const width = Math.min(MAX_WIDTH_PX, window.innerWidth - l.right - 2 * GAP_PX);
        setStyle({ top: r.bottom + GAP_PX, left: l.right + GAP_PX, width });
      }
    };
    place();
    const observer = new ResizeObserver(place);
    for (const el of [top, left, right]) observer.observe(el);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [active]);
  return style;
}

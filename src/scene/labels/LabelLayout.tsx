import { addAfterEffect } from '@react-three/fiber';
import { useEffect } from 'react';
import { placeLabels, shifted, type PlacedLabel, type ScreenRect } from './labelLayout';

/** The shortest time between two passes, ms (the HUD's figures change ten times a second too). */
const PASS_MS = 100;

/** Set on a label the layout hides; sceneLabels.css hides it (it keeps its place for the next pass). */
const HIDDEN = 'data-label-hidden';
/** Set on a label the layout puts on the other side of its anchor (sceneLabels.css moves it). */
const MIRRORED = 'data-label-mirrored';

/**
 * How far the mirrored place is from the label's own, px: across its width and twice the gap
 * between anchor and text (0.7rem, the ISS's 1.3rem; sceneLabels.css). A label drawn to the left
 * of its anchor mirrors to the right.
 */
function mirrorShiftPx(el: HTMLElement, width: number, rem: number): number {
  const gap = (el.classList.contains('scene-label--iss') ? 1.3 : 0.7) * rem;
  const across = width + 2 * gap;
  return el.classList.contains('scene-label--left') ? across : -across;
}

function visibleRect(el: Element): ScreenRect | null {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
}

/**
 * A panel counts while it can be seen: presentation mode fades idle controls to nothing. The
 * computed style is read only then, so an ordinary pass reads rectangles alone.
 */
function panelRects(): ScreenRect[] {
  const fading = document.querySelector('.controls-hidden') !== null;
  const out: ScreenRect[] = [];
  for (const el of document.querySelectorAll('[data-panel]')) {
    const r = visibleRect(el);
    if (r && !(fading && getComputedStyle(el).opacity === '0')) out.push(r);
  }
  return out;
}

/** One pass: every label shown by its own component, kept or hidden by rank. */
export function layOutLabels(): void {
  // The root font size, read once a pass (presentation mode changes it).
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const els: HTMLElement[] = [];
  const placed: PlacedLabel[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-scene-label]')) {
    // A label its component hides (behind the globe, too far) is not in the running.
    if (el.style.visibility === 'hidden') continue;
    const rect = visibleRect(el);
    if (!rect) continue;
    // Measured where it is drawn now; its own place is that, or the mirror of it.
    const dx = mirrorShiftPx(el, rect.right - rect.left, rem);
    const own = el.hasAttribute(MIRRORED) ? shifted(rect, -dx) : rect;
    els.push(el);
    placed.push({
      rect: own,
      mirrored: shifted(own, dx),
      priority: Number(el.dataset.labelPriority ?? 9),
    });
  }
  const placement = placeLabels(placed, panelRects());
  els.forEach((el, i) => {
    el.toggleAttribute(HIDDEN, placement[i] === 'hide');
    el.toggleAttribute(MIRRORED, placement[i] === 'mirror');
  });
}

/**
 * Labels that never collide: after each drawn frame (labels move with the scene), and when the
 * overlay changes (a panel opens, a figure is rewritten), a label that would overlap a higher
 * ranked label, a panel or the caption moves to the other side of its anchor, or else is hidden.
 * Nothing runs while nothing changes.
 */
export function LabelLayout() {
  useEffect(() => {
    // At most one pass every PASS_MS, and always one after the last change: labels glide with
    // the globe, so a tenth of a second late is not seen, and a fast GPU's 60 frames a second
    // do not each pay for a layout read.
    let timer = 0;
    let last = 0;
    const pass = () => {
      timer = 0;
      last = performance.now();
      layOutLabels();
    };
    const schedule = () => {
      if (!timer) timer = window.setTimeout(pass, Math.max(0, last + PASS_MS - performance.now()));
    };
    const unsubscribe = addAfterEffect(schedule);
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      unsubscribe();
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      clearTimeout(timer);
    };
  }, []);
  return null;
}

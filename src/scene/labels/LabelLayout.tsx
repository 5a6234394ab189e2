import { addAfterEffect } from '@react-three/fiber';
import { useEffect } from 'react';
import { labelsToHide, type PlacedLabel, type ScreenRect } from './labelLayout';

/** Set on a label the layout hides; sceneLabels.css hides it (it keeps its place for the next pass). */
const HIDDEN = 'data-label-hidden';

function visibleRect(el: Element): ScreenRect | null {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
}

/** A panel counts while it can be seen: presentation mode fades idle controls to nothing. */
function panelRects(): ScreenRect[] {
  const out: ScreenRect[] = [];
  for (const el of document.querySelectorAll('[data-panel]')) {
    const r = visibleRect(el);
    if (r && getComputedStyle(el).opacity !== '0') out.push(r);
  }
  return out;
}

/** One pass: every label shown by its own component, kept or hidden by rank. */
export function layOutLabels(): void {
  const els: HTMLElement[] = [];
  const placed: PlacedLabel[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-scene-label]')) {
    // A label its component hides (behind the globe, too far) is not in the running.
    if (el.style.visibility === 'hidden') continue;
    const rect = visibleRect(el);
    if (!rect) continue;
    els.push(el);
    placed.push({ rect, priority: Number(el.dataset.labelPriority ?? 9) });
  }
  const hide = labelsToHide(placed, panelRects());
  els.forEach((el, i) => {
    if (hide[i]) el.setAttribute(HIDDEN, '');
    else el.removeAttribute(HIDDEN);
  });
}

/**
 * Labels that never collide: after each drawn frame (labels move with the scene), and when the
 * overlay changes (a panel opens, a figure is rewritten), labels that would overlap a higher
 * ranked label, a panel or the caption are hidden. Nothing runs while nothing changes.
 */
export function LabelLayout() {
  useEffect(() => {
    const unsubscribe = addAfterEffect(layOutLabels);
    let pending = 0;
    const schedule = () => {
      pending ||= requestAnimationFrame(() => {
        pending = 0;
        layOutLabels();
      });
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      unsubscribe();
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(pending);
    };
  }, []);
  return null;
}

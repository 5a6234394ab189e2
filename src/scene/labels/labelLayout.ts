/** A screen rectangle, CSS pixels (as getBoundingClientRect gives it). */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label's place on screen and its rank: 0 is kept first. */
export interface PlacedLabel {
  rect: ScreenRect;
  priority: number;
}

/** Labels this close count as touching: text with no gap between reads as one line. */
const GAP_PX = 2;

export function rectsOverlap(a: ScreenRect, b: ScreenRect, gap = GAP_PX): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/**
 * Which labels to hide so that none overlaps another or a panel: in order of priority (then of
 * the list), each label is kept when it is clear of every panel and every label kept before it.
 * Returns a flag per label, in the order given.
 */
export function labelsToHide(
  labels: readonly PlacedLabel[],
  panels: readonly ScreenRect[],
): boolean[] {
  const order = labels
    .map((_, i) => i)
    .sort((a, b) => labels[a]!.priority - labels[b]!.priority || a - b);
  const kept: ScreenRect[] = [];
  const hide = labels.map(() => false);
  for (const i of order) {
    const r = labels[i]!.rect;
    if (panels.some((p) => rectsOverlap(r, p, 0)) || kept.some((k) => rectsOverlap(r, k)))
      hide[i] = true;
    else kept.push(r);
  }
  return hide;
}

/**
 * The ranks of what the scene labels: what the camera follows first, then the current mission's
 * aim and comparison, then the sites, then the touchdowns of other returns.
 */
export const LABEL_PRIORITY = {
  followed: 0,
  mission: 1,
  site: 2,
  pastTouchdown: 3,
} as const;

/** A screen rectangle, CSS pixels (as getBoundingClientRect gives it). */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label's place on screen, the mirrored place it may take instead, and its rank: 0 is kept first. */
export interface PlacedLabel {
  rect: ScreenRect;
  /** The same label on the other side of its anchor, where it can go there. */
  mirrored?: ScreenRect;
  priority: number;
}

export type Placement = 'keep' | 'mirror' | 'hide';

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

/** The rectangle moved sideways by dx pixels. */
export function shifted(r: ScreenRect, dx: number): ScreenRect {
  return { left: r.left + dx, top: r.top, right: r.right + dx, bottom: r.bottom };
}

/**
 * Where each label goes so that none overlaps another or a panel: in order of priority (then of
 * the list), a label keeps its side of its anchor when that is clear of every panel and every
 * label placed before it, else takes the other side when that is clear, else is hidden.
 */
export function placeLabels(
  labels: readonly PlacedLabel[],
  panels: readonly ScreenRect[],
): Placement[] {
  const order = labels
    .map((_, i) => i)
    .sort((a, b) => labels[a]!.priority - labels[b]!.priority || a - b);
  const placed: ScreenRect[] = [];
  const out: Placement[] = labels.map(() => 'hide');
  const clear = (r: ScreenRect) =>
    !panels.some((p) => rectsOverlap(r, p, 0)) && !placed.some((k) => rectsOverlap(r, k));
  for (const i of order) {
    const { rect, mirrored } = labels[i]!;
    if (clear(rect)) {
      out[i] = 'keep';
      placed.push(rect);
    } else if (mirrored && clear(mirrored)) {
      out[i] = 'mirror';
      placed.push(mirrored);
    }
  }
  return out;
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

import { describe, expect, it } from 'vitest';
import {
  placeLabels,
  rectsOverlap,
  shifted,
  type ScreenRect,
} from '../../../../src/scene/labels/labelLayout';

const box = (left: number, top: number, width = 100, height = 20): ScreenRect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('labels that never collide', () => {
  it('counts rectangles that touch within the gap as overlapping, and apart ones as not', () => {
    expect(rectsOverlap(box(0, 0), box(50, 10))).toBe(true);
    expect(rectsOverlap(box(0, 0), box(101, 0))).toBe(true);
    expect(rectsOverlap(box(0, 0), box(103, 0))).toBe(false);
    expect(rectsOverlap(box(0, 0), box(101, 0), 0)).toBe(false);
    expect(rectsOverlap(box(0, 0), box(0, 30))).toBe(false);
    expect(shifted(box(10, 5), -30)).toEqual(box(-20, 5));
  });

  it('keeps the higher-ranked of two overlapping labels, whatever their order', () => {
    const site = { rect: box(0, 0), priority: 2 };
    const followed = { rect: box(40, 5), priority: 0 };
    expect(placeLabels([site, followed], [])).toEqual(['hide', 'keep']);
    expect(placeLabels([followed, site], [])).toEqual(['keep', 'hide']);
  });

  it('keeps the first of equal rank, and every label that is clear of the placed ones', () => {
    const a = { rect: box(0, 0), priority: 3 };
    const b = { rect: box(50, 0), priority: 3 };
    const c = { rect: box(0, 100), priority: 3 };
    expect(placeLabels([a, b, c], [])).toEqual(['keep', 'hide', 'keep']);
  });

  it('does not let a hidden label hide another: only placed labels take space', () => {
    const top = { rect: box(0, 0), priority: 0 };
    const middle = { rect: box(90, 0), priority: 1 };
    const last = { rect: box(180, 0), priority: 2 };
    expect(placeLabels([top, middle, last], [])).toEqual(['keep', 'hide', 'keep']);
  });

  it('moves a label to the other side of its anchor where its own side is under a panel', () => {
    const panel = box(500, 0, 300, 300);
    const under = { rect: box(550, 100), mirrored: box(380, 100), priority: 1 };
    expect(placeLabels([under], [panel])).toEqual(['mirror']);
    // The mirrored place takes space too: a label there now gives way.
    const there = { rect: box(400, 105), priority: 2 };
    expect(placeLabels([under, there], [panel])).toEqual(['mirror', 'hide']);
  });

  it('hides a label under a panel on both sides, even the followed object', () => {
    const panel = box(500, 0, 300, 300);
    const under = { rect: box(550, 100), mirrored: box(600, 100), priority: 0 };
    const beside = { rect: box(100, 100), priority: 3 };
    expect(placeLabels([under, beside], [panel])).toEqual(['hide', 'keep']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  labelsToHide,
  rectsOverlap,
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
  });

  it('keeps the higher-ranked of two overlapping labels, whatever their order', () => {
    const site = { rect: box(0, 0), priority: 2 };
    const followed = { rect: box(40, 5), priority: 0 };
    expect(labelsToHide([site, followed], [])).toEqual([true, false]);
    expect(labelsToHide([followed, site], [])).toEqual([false, true]);
  });

  it('keeps the first of equal rank, and every label that is clear of the kept ones', () => {
    const a = { rect: box(0, 0), priority: 3 };
    const b = { rect: box(50, 0), priority: 3 };
    const c = { rect: box(0, 100), priority: 3 };
    expect(labelsToHide([a, b, c], [])).toEqual([false, true, false]);
  });

  it('does not let a hidden label hide another: only kept labels take space', () => {
    const top = { rect: box(0, 0), priority: 0 };
    const middle = { rect: box(90, 0), priority: 1 };
    const last = { rect: box(180, 0), priority: 2 };
    expect(labelsToHide([top, middle, last], [])).toEqual([false, true, false]);
  });

  it('hides a label under a panel, even the followed object', () => {
    const panel = box(500, 0, 300, 300);
    const under = { rect: box(550, 100), priority: 0 };
    const beside = { rect: box(100, 100), priority: 3 };
    expect(labelsToHide([under, beside], [panel])).toEqual([true, false]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The labels a person can see and the panels over the scene, as the page lays them out. */
function layout(page: Page): Promise<{ labels: Box[]; panels: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element, name: string) => {
      const r = el.getBoundingClientRect();
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility === 'visible' && style.opacity !== '0';
    };
    return {
      labels: [...document.querySelectorAll('[data-scene-label]')]
        .filter(shown)
        .map((el) => box(el, el.textContent ?? '')),
      panels: [...document.querySelectorAll('[data-panel]')]
        .filter(shown)
        .map((el) => box(el, (el as HTMLElement).dataset.panel ?? '')),
    };
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every pair that collides: label on label, label on panel. */
function collisions({ labels, panels }: { labels: Box[]; panels: Box[] }): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) out.push(`${a.name} × ${b.name}`);
    for (const p of panels) if (overlap(a, p)) out.push(`${a.name} × panel ${p.name}`);
  });
  return out;
}

const MOMENTS = [
  // The opening of a replay: sites and the landing zone on the Earth view, the ISS near them.
  '?mission=soyuz-ms-19-landing&rate=0',
  // On the ground: touchdown beside the aim point, the sites, the charts open at 1080 p.
  '?mission=soyuz-ms-19-landing&t=2022-03-30T11:40:00Z&rate=0',
  // TMA-11: the guided comparison's label beside the ballistic touchdown and the sites.
  '?mission=soyuz-tma-11-ballistic-landing&t=2008-04-19T08:40:00Z&rate=0',
];

describe.each([
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
])('scene labels at $width×$height', (viewport) => {
  const session = sharedSession(baseUrl, viewport);

  it.each(MOMENTS)('never overlap each other or a panel: %s', async (query) => {
    // Where labels and panels fall does not depend on the full textures: no wait for them, but
    // long polls, since their uploads hold the page for seconds at a time on software WebGL.
    await openApp(session, baseUrl, query, 'interactive');
    const page = session.page;
    // Each panel and label is marked for the check (and for the layout itself).
    expect(await page.locator('[data-panel="timeline"]').count()).toBe(1);
    await expect
      .poll(async () => (await layout(page)).labels.length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(async () => collisions(await layout(page)), { timeout: 20_000 }).toEqual([]);
  });
});

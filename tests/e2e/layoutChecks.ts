import type { Page } from 'playwright-core';

/**
 * What the layout test reads from the DOM rectangles of the page as it is now: every visible
 * control inside the viewport, no two panels (`data-panel`) over each other (the caption is one
 * of them, so it is clear of every panel), nothing inside a panel reaching past its edges, and no
 * control whose label is cut. Empty when the layout is right; otherwise one line per fault.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        Number(style.opacity) > 0 &&
        r.width > 0 &&
        r.height > 0
      );
    };
    const box = (r: DOMRect) =>
      `[${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)}"`;
    // A modal layer (the welcome, help) may cover panels: it is what the person is looking at.
    const inModal = (el: Element) => el.closest('[aria-modal="true"], .help') !== null;

    for (const el of document.querySelectorAll('button, select, input, textarea')) {
      if (!shown(el) || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
        faults.push(
          `off screen: ${name(el)} at [${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`,
        );
      const box = el as HTMLElement;
      if (el.tagName === 'BUTTON' && box.scrollWidth > box.clientWidth + 1)
        faults.push(`label cut: ${name(el)} (${box.scrollWidth} > ${box.clientWidth} px)`);
    }

    const panels = [...document.querySelectorAll('[data-panel]')].filter(
      (el) => shown(el) && !inModal(el),
    );
    for (let i = 0; i < panels.length; i++) {
      const a = panels[i]!.getBoundingClientRect();
      for (let j = i + 1; j < panels.length; j++) {
        const b = panels[j]!.getBoundingClientRect();
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        )
          faults.push(
            `overlap: ${panels[i]!.getAttribute('data-panel')} ${box(a)} and ${panels[j]!.getAttribute('data-panel')} ${box(b)}`,
          );
      }
    }

    for (const panel of panels) {
      const p = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll('*')) {
        if (!shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.right > p.right + 1 || r.left < p.left - 1) {
          faults.push(`spills out of ${panel.getAttribute('data-panel')}: ${name(el)}`);
          break;
        }
      }
    }
    return faults;
  });
}

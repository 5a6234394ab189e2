/**
 * How many geometries the app's scene graph holds, shown or hidden. three.js's GPU count alone
 * cannot tell a leak from a part that was hidden at the start and drawn later (a canopy, the
 * plasma sheath): both raise it. A GPU count above the scene's own means geometries left the
 * scene without being disposed, which is a leak; at or under it, nothing was lost.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Scene } from 'three';

declare global {
  interface Window {
    /** Scenes three.js announced to its devtools hook; weak, so the watch keeps nothing alive. */
    soyuzBenchScenes?: WeakRef<Scene>[];
  }
}

/**
 * three.js announces every Scene it makes to `__THREE_DEVTOOLS__` when that global exists, so
 * defining it before the app loads hands the bench the scene without changing the app.
 */
export async function watchScenes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const hook = new EventTarget();
    window.soyuzBenchScenes = [];
    hook.addEventListener('observe', (e) => {
      const o = (e as CustomEvent<{ isScene?: boolean }>).detail;
      if (o.isScene) window.soyuzBenchScenes!.push(new WeakRef(o as Scene));
    });
    (window as unknown as { __THREE_DEVTOOLS__: EventTarget }).__THREE_DEVTOOLS__ = hook;
  });
}

/** Distinct geometries reachable from the scenes, visible or not; null without the hook. */
export function sceneGeometries(page: Page): Promise<number | null> {
  // Runs in the page: inline callbacks only (tsx would wrap named functions in __name).
  return page.evaluate(() => {
    const scenes = window.soyuzBenchScenes;
    if (!scenes || scenes.length === 0) return null;
    const seen = new Set<string>();
    for (const ref of scenes) {
      ref.deref()?.traverse((o) => {
        const g = (o as { geometry?: { uuid: string } }).geometry;
        if (g) seen.add(g.uuid);
      });
    }
    return seen.size;
  });
}

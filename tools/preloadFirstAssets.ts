import { extname } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * What the first picture needs besides the JavaScript, as the source files it is built from:
 * the four small first textures (src/scene/earth/textures.ts PREVIEW_URLS) and the coarse
 * borders (src/scene/earth/Borders.tsx). Without a preload each is asked for only once React has
 * mounted the canvas, after the whole bundle has run.
 */
export const FIRST_ASSETS = [
  'assets/textures/preview/earth-blue-marble.jpg',
  'assets/textures/preview/earth-lights.jpg',
  'assets/textures/preview/earth-water.png',
  'assets/textures/preview/night-sky.jpg',
  'node_modules/world-atlas/countries-110m.json',
] as const;

const TYPES: Record<string, { as: 'image' | 'fetch'; type: string }> = {
  '.jpg': { as: 'image', type: 'image/jpeg' },
  '.png': { as: 'image', type: 'image/png' },
  '.json': { as: 'fetch', type: 'application/json' },
};

/**
 * A preload link the browser reuses for the loader's own request: three's ImageLoader sets
 * `crossOrigin = 'anonymous'` on its <img> and FileLoader fetches in CORS mode with same-origin
 * credentials, which is what `crossorigin="anonymous"` asks of a preload. A link that differs
 * in `as` or CORS mode is fetched twice and warned about as "preloaded but not used".
 */
export function preloadTag(href: string, source: string): HtmlTagDescriptor {
  const kind = TYPES[extname(source)];
  if (!kind) throw new Error(`no preload type for ${source}`);
  return {
    tag: 'link',
    attrs: { rel: 'preload', href, as: kind.as, type: kind.type, crossorigin: 'anonymous' },
    injectTo: 'head',
  };
}

/** The built file of each source, from the bundle's record of where each asset came from. */
export function builtNames(
  bundle: Record<string, { type: string; fileName: string; originalFileNames?: readonly string[] }>,
  sources: readonly string[],
): Map<string, string> {
  const found = new Map<string, string>();
  for (const item of Object.values(bundle)) {
    if (item.type !== 'asset') continue;
    for (const original of item.originalFileNames ?? []) {
      const source = sources.find((s) => original === s || original.endsWith(`/${s}`));
      if (source) found.set(source, item.fileName);
    }
  }
  return found;
}

/**
 * Adds <link rel="preload"> for FIRST_ASSETS to the built index.html, with their hashed names, so
 * they download while the JavaScript is parsed and run. The build fails if one is no longer in
 * the bundle (renamed, or no longer imported): a stale preload would fetch a file nobody uses.
 */
export function preloadFirstAssets(sources: readonly string[] = FIRST_ASSETS): Plugin {
  let base = '/';
  return {
    name: 'soyuz-preload-first-assets',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const names = builtNames(ctx.bundle, sources);
        const missing = sources.filter((s) => !names.has(s));
        if (missing.length > 0)
          throw new Error(`preloadFirstAssets: not in the bundle: ${missing.join(', ')}`);
        // index.html sits at the root of dist/: a relative base means paths from there.
        const prefix = base === '' || base === './' ? './' : base;
        return sources.map((s) => preloadTag(prefix + names.get(s)!, s));
      },
    },
  };
}

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { TextureLoader, type Texture } from 'three';
import { STREAM_ORDER, TEXTURE_URLS, type TextureName } from './textures';

interface FullTextures {
  loaded: Partial<Record<TextureName, Texture>>;
  /** Every full texture is in (or failed and the preview stays): the scene is complete. */
  complete: boolean;
}

/**
 * The full-size textures, fetched one at a time once the page is ready; until each arrives the
 * scene draws its preview (textures.ts PREVIEW_URLS). Kept for the page's life: every replay
 * uses them.
 */
export const fullTextures = createStore<FullTextures>()(() => ({ loaded: {}, complete: false }));

export const useFullTexture = (name: TextureName) =>
  useStore(fullTextures, (s) => s.loaded[name] ?? null);

let started = false;
/**
 * Pause between one texture's upload and the next fetch: uploads in back-to-back frames would
 * read as a slow machine to the pixel-ratio governor, which judges runs of frames.
 */
const GAP_MS = 300;

/**
 * Fetch the full textures in STREAM_ORDER. `drawn` resolves once a frame has been drawn after a
 * texture was handed over: a frame uploads it, and one 4K upload per frame keeps each pause short
 * on a slow machine instead of one long one. A texture that fails keeps its preview: a blurrier
 * globe is better than a message about something the user can do nothing about.
 */
export async function streamFullTextures(drawn: () => Promise<void>): Promise<void> {
  if (started) return;
  started = true;
  const loader = new TextureLoader();
  for (const name of STREAM_ORDER) {
    try {
      const texture = await loader.loadAsync(TEXTURE_URLS[name]);
      fullTextures.setState((s) => ({ loaded: { ...s.loaded, [name]: texture } }));
      await drawn();
      await new Promise((r) => setTimeout(r, GAP_MS));
    } catch (e) {
      console.warn(`Full ${name} texture did not load; keeping the preview.`, e);
    }
  }
  fullTextures.setState({ complete: true });
}

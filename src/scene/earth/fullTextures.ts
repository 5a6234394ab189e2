import { createStore } from 'zustand/vanilla';
import { TextureLoader, type Texture } from 'three';
import { HALF_URLS, STREAM_ORDER, TEXTURE_URLS, type TextureName } from './textures';

interface FullTextures {
  /** The full textures the scene draws now; where one is missing it draws the preview. */
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

/** Fetched once; handed to the scene again after a lost WebGL context without a second fetch. */
const fetched: Partial<Record<TextureName, Texture>> = {};
/** Which stream is current: a stream started before a context loss stops at its next step. */
let round = 0;
let streaming = false;
/**
 * Pause between one texture's upload and the next fetch: uploads in back-to-back frames would
 * read as a slow machine to the pixel-ratio governor, which judges runs of frames.
 */
const GAP_MS = 300;

/**
 * Fetch the full textures in STREAM_ORDER (`half`: the 2K set, see HALF_URLS). `drawn` resolves once a frame has been drawn after a
 * texture was handed over: a frame uploads it, and one 4K upload per frame keeps each pause short
 * on a slow machine instead of one long one. A texture that fails keeps its preview: a blurrier
 * globe is better than a message about something the user can do nothing about.
 */
export async function streamFullTextures(drawn: () => Promise<void>, half = false): Promise<void> {
  const urls = half ? HALF_URLS : TEXTURE_URLS;
  if (streaming || fullTextures.getState().complete) return;
  streaming = true;
  const mine = round;
  const loader = new TextureLoader();
  try {
    for (const name of STREAM_ORDER) {
      if (fullTextures.getState().loaded[name]) continue;
      try {
        const texture = fetched[name] ?? (await loader.loadAsync(urls[name]));
        fetched[name] = texture;
        if (mine !== round) return;
        fullTextures.setState((s) => ({ loaded: { ...s.loaded, [name]: texture } }));
        await drawn();
        await new Promise((r) => setTimeout(r, GAP_MS));
        if (mine !== round) return;
      } catch (e) {
        console.warn(`Full ${name} texture did not load; keeping the preview.`, e);
      }
    }
    fullTextures.setState({ complete: true });
  } finally {
    if (mine === round) streaming = false;
  }
}

/**
 * The WebGL context is lost: every texture must be uploaded again once it is back. Go back to the
 * previews (a sixteenth of the pixels) so the first frame after the restore comes quickly, then
 * stream the full ones again, from memory, as after the first load.
 */
export function backToPreviews(): void {
  round++;
  streaming = false;
  fullTextures.setState({ loaded: {}, complete: false });
}

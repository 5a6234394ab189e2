import { LinearFilter, type Texture } from 'three';
import dayUrl from '../../../assets/textures/earth-blue-marble.jpg';
import lightsUrl from '../../../assets/textures/earth-lights.jpg';
import waterUrl from '../../../assets/textures/earth-water.png';
import starsUrl from '../../../assets/textures/night-sky.png';
import dayPreviewUrl from '../../../assets/textures/preview/earth-blue-marble.jpg';
import lightsPreviewUrl from '../../../assets/textures/preview/earth-lights.jpg';
import waterPreviewUrl from '../../../assets/textures/preview/earth-water.png';
import starsPreviewUrl from '../../../assets/textures/preview/night-sky.jpg';
import dayHalfUrl from '../../../assets/textures/half/earth-blue-marble.jpg';
import lightsHalfUrl from '../../../assets/textures/half/earth-lights.jpg';
import starsHalfUrl from '../../../assets/textures/half/night-sky.jpg';

/** Every texture the scene draws, bundled with the app (see assets/PROVENANCE.md). */
export const TEXTURE_URLS = {
  day: dayUrl,
  lights: lightsUrl,
  water: waterUrl,
  stars: starsUrl,
} as const;

export type TextureName = keyof typeof TEXTURE_URLS;

/**
 * The same pictures at a quarter of the width (tools/make_preview_textures.sh): drawn first, so
 * the first picture waits for 0.2 MB instead of 3.0 MB, then replaced by the full ones.
 */
export const PREVIEW_URLS: Record<TextureName, string> = {
  day: dayPreviewUrl,
  lights: lightsPreviewUrl,
  water: waterPreviewUrl,
  stars: starsPreviewUrl,
};

/**
 * The full set at half the width (2048 px; the water mask is small and stays), for software
 * renderers (tools/make_preview_textures.sh): there a 4K upload holds the renderer for seconds
 * and the picture, drawn at a low pixel ratio, shows no more detail than 2K gives.
 */
export const HALF_URLS: Record<TextureName, string> = {
  day: dayHalfUrl,
  lights: lightsHalfUrl,
  water: waterUrl,
  stars: starsHalfUrl,
};

/** The order the full textures are fetched in after ready: what shows most, first. */
export const STREAM_ORDER: readonly TextureName[] = ['day', 'lights', 'stars', 'water'];

/**
 * Read without mipmaps: nothing is made at upload and the shader samples one level. For textures
 * never (the sky) or barely (the globe's previews) minified. On a software renderer it is also
 * the cheaper shader: SwiftShader compiles each mipmapped read into its own trilinear sampling
 * code (see Earth.tsx).
 */
export function withoutMipmaps(...textures: Texture[]): void {
  for (const t of textures) {
    t.generateMipmaps = false;
    t.minFilter = LinearFilter;
  }
}

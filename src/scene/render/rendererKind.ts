import type { WebGLRenderer } from 'three';

/**
 * Renderers that draw on the CPU: SwiftShader (Chromium's fallback), Mesa's llvmpipe/softpipe.
 * src/boot/startWebgl.js has the same list (a unit test holds them equal).
 */
export const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

const names = new WeakMap<WebGLRenderer, string>();

/**
 * What the driver calls itself, unmasked where the browser allows it. Asked once per renderer:
 * each getParameter waits for the GPU process to answer, and at start it is still busy creating
 * the context, so three askers (bloom, environment, textures) waited three times.
 */
export function rendererName(gl: WebGLRenderer): string {
  let name = names.get(gl);
  if (name === undefined) {
    const ctx = gl.getContext();
    const ext = ctx.getExtension('WEBGL_debug_renderer_info');
    name = String(ctx.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : ctx.RENDERER));
    names.set(gl, name);
  }
  return name;
}

export function isSoftwareRenderer(gl: WebGLRenderer): boolean {
  return SOFTWARE.test(rendererName(gl));
}

/** A choice stored in localStorage, or null where none is (or storage is blocked by privacy settings). */
function storedChoice(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Whether glow goes through bloom: on a real GPU, not on a software renderer, where its dozen
 * extra full-screen passes would cost more than the whole scene. `localStorage['soyuz.bloom']`
 * set to "on" or "off" overrides the guess (tests use it to look at both on one machine).
 */
export function wantsBloom(gl: WebGLRenderer): boolean {
  const choice = storedChoice('soyuz.bloom');
  if (choice === 'on' || choice === 'off') return choice === 'on';
  return !isSoftwareRenderer(gl);
}

/**
 * Whether the globe's full textures should be the 2K set (textures.ts HALF_URLS): on a software
 * renderer. `localStorage['soyuz.textures']` set to "full" or "half" overrides the guess (the
 * gallery takes its pictures with the full set).
 */
export function wantsHalfTextures(gl: WebGLRenderer): boolean {
  const choice = storedChoice('soyuz.textures');
  if (choice === 'full' || choice === 'half') return choice === 'half';
  return isSoftwareRenderer(gl);
}

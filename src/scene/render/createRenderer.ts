import { ACESFilmicToneMapping, WebGLRenderer } from 'three';
import type { Key } from '../../i18n';
import { contextRendererName, isSoftwareName, rememberRendererName } from './rendererKind';

/**
 * What this factory reads of fiber's defaults. fiber types the canvas loosely (an OffscreenCanvas
 * is an EventTarget to it); its <Canvas> always hands an HTMLCanvasElement.
 */
export interface RendererDefaults {
  canvas: object;
  powerPreference?: string;
  alpha?: boolean;
}

/**
 * The context three would ask for (WebGLRenderer's own attribute set, with fiber's defaults),
 * asked for here so a refusal is seen before three sees it. Antialiasing (MSAA) only on a GPU:
 * SwiftShader does the multisampled work on the CPU, and at 1280x720 (pixel ratio 0.5) it took
 * a frame from about 67 ms to about 150 ms, doubling every layer's cost; there the browser's
 * upscaling of the reduced canvas softens the edges instead.
 */
function contextAttributes(defaults: RendererDefaults, antialias: boolean): WebGLContextAttributes {
  return {
    alpha: defaults.alpha ?? true,
    depth: true,
    stencil: false,
    antialias,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: (defaults.powerPreference as WebGLPowerPreference | undefined) ?? 'default',
    failIfMajorPerformanceCaveat: false,
  };
}

/**
 * What draws WebGL here, asked of a 1×1 context of its own, since antialiasing is chosen when a
 * context is made and cannot change after. Chromium's failIfMajorPerformanceCaveat would have
 * said "software" for free on the scene's canvas, but it refuses only a fallback to SwiftShader,
 * not SwiftShader chosen by flags as in headless Chromium, the tests and the benches (checked
 * with Chromium 156: never refused). The probe costs one more context: about 10 ms on SwiftShader
 * once the GPU process is up (the first context pays that start, whichever asks). Null where
 * WebGL is refused: the scene's own request then says why.
 */
function probeRendererName(powerPreference: WebGLPowerPreference | undefined): string | null {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 1;
  const attributes = { antialias: false, depth: false, stencil: false, powerPreference };
  const context = webglContext(probe, attributes);
  if (typeof context === 'string') return null;
  const name = contextRendererName(context);
  // Freed now rather than at garbage collection: browsers keep only so many contexts.
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** The canvas's own WebGL 2 context, or why there is none (a catalogue key). */
export function webglContext(
  canvas: HTMLCanvasElement,
  attributes: WebGLContextAttributes,
): WebGL2RenderingContext | Key {
  try {
    return canvas.getContext('webgl2', attributes) ?? 'app.noWebgl';
  } catch {
    return 'app.webglFailed';
  }
}

/**
 * fiber's renderer factory for the scene: the context on the scene's own canvas, antialiased or
 * not as the probe above says (the one throwaway context at start, kept to 1×1 pixel and
 * released at once). Where WebGL is refused, `onUnavailable` hears why and the renderer never
 * arrives (a promise that stays pending): three would log an error and throw, and a thrown error
 * is logged again on its way to a boundary, where the page has a plain sentence to show instead.
 */
export function sceneRenderer(onUnavailable: (reason: Key) => void) {
  return (defaults: RendererDefaults): WebGLRenderer => {
    const canvas = defaults.canvas as HTMLCanvasElement;
    const name = probeRendererName(defaults.powerPreference as WebGLPowerPreference | undefined);
    // Unknown (the probe refused): antialiased, as before there was a choice.
    const antialias = name === null || !isSoftwareName(name);
    const context = webglContext(canvas, contextAttributes(defaults, antialias));
    if (typeof context === 'string') {
      onUnavailable(context);
      // fiber waits on a promise from a factory; this one never settles. Typed as the renderer so
      // the factory stays a synchronous one to fiber's types (a renderer, the first frame at once).
      return new Promise<never>(() => {}) as unknown as WebGLRenderer;
    }
    const renderer = new WebGLRenderer({
      canvas,
      context,
      antialias,
      logarithmicDepthBuffer: true,
    });
    if (name !== null) rememberRendererName(renderer, name);
    // fiber's default too (its `flat` off), said here so the look does not hang on that default.
    renderer.toneMapping = ACESFilmicToneMapping;
    return renderer;
  };
}

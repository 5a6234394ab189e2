import { ACESFilmicToneMapping, WebGLRenderer } from 'three';
import type { Key } from '../../i18n';

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
 * The context three would ask for (WebGLRenderer's own attribute set, with fiber's defaults and
 * this scene's antialiasing), asked for here so a refusal is seen before three sees it.
 */
function contextAttributes(defaults: RendererDefaults): WebGLContextAttributes {
  return {
    alpha: defaults.alpha ?? true,
    depth: true,
    stencil: false,
    antialias: true,
    premultipliedAlpha: true,
    preserveDrawingBuffer: false,
    powerPreference: (defaults.powerPreference as WebGLPowerPreference | undefined) ?? 'default',
    failIfMajorPerformanceCaveat: false,
  };
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
 * fiber's renderer factory for the scene: the context on the scene's own canvas, no throwaway
 * one to probe with first (that cost a context creation at every start). Where WebGL is refused,
 * `onUnavailable` hears why and the renderer never arrives (a promise that stays pending): three
 * would log an error and throw, and a thrown error is logged again on its way to a boundary,
 * where the page has a plain sentence to show instead.
 */
export function sceneRenderer(onUnavailable: (reason: Key) => void) {
  return (defaults: RendererDefaults): WebGLRenderer => {
    const canvas = defaults.canvas as HTMLCanvasElement;
    const context = webglContext(canvas, contextAttributes(defaults));
    if (typeof context === 'string') {
      onUnavailable(context);
      // fiber waits on a promise from a factory; this one never settles. Typed as the renderer so
      // the factory stays a synchronous one to fiber's types (a renderer, the first frame at once).
      return new Promise<never>(() => {}) as unknown as WebGLRenderer;
    }
    const renderer = new WebGLRenderer({
      canvas,
      context,
      antialias: true,
      logarithmicDepthBuffer: true,
    });
    // fiber's default too (its `flat` off), said here so the look does not hang on that default.
    renderer.toneMapping = ACESFilmicToneMapping;
    return renderer;
  };
}

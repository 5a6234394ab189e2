import { ACESFilmicToneMapping, WebGLRenderer } from 'three';
import type { Key } from '../../i18n';
import { frameStats } from './frameStats';

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
export function contextAttributes(defaults: RendererDefaults): WebGLContextAttributes {
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

/** What src/boot/startWebgl.js leaves for the scene: a context made while the app downloaded. */
export interface StartedWebgl {
  canvas: HTMLCanvasElement;
  gl: WebGL2RenderingContext;
  /** Whether it multisamples: not on a software renderer (see the script). */
  antialias: boolean;
}

declare global {
  interface Window {
    soyuzStartedWebgl?: StartedWebgl;
  }
}

/**
 * The context src/boot/startWebgl.js made, once: the first scene takes it; a scene mounted again
 * (after an error, say) makes its own, as one without the script would.
 *
 * Why the script: creating a context starts the GPU process and the driver, 0.1–1 s on a software
 * renderer, during which the page's thread waits. From a plain `async` script in the head, that
 * wait overlaps the download of the app (which leaves the thread idle) instead of following it;
 * a module script would run only once the whole module graph had arrived.
 *
 * It also decides multisampling, which is fixed when a context is made: on a GPU 4x MSAA costs
 * next to nothing; on SwiftShader it doubled the cost of every layer of every frame (150 -> 67 ms
 * at 1280x720) and of the first picture. The script first makes a context without it, asks the
 * driver's name, and only on a GPU lets it go for one with it, so a software renderer never
 * makes two (a throwaway probe context at every start was suspected of hanging the tests).
 * `localStorage['soyuz.antialias']` = "on" or "off" overrides the guess.
 */
export function takeStartedWebgl(): StartedWebgl | null {
  const started = window.soyuzStartedWebgl;
  delete window.soyuzStartedWebgl;
  if (!started || !(started.canvas instanceof HTMLCanvasElement)) return null;
  if (!started.gl || started.gl.isContextLost()) return null;
  return started;
}

/**
 * Puts the started canvas where fiber's own is. React never removes that canvas by itself: on
 * unmount it removes the element around it, which takes the started canvas with it; fiber sizes
 * the drawing through three (the renderer's canvas) and listens for pointer events on that
 * surrounding element.
 */
function putInPlaceOf(fiberCanvas: HTMLCanvasElement, canvas: HTMLCanvasElement) {
  fiberCanvas.replaceWith(canvas);
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
    let canvas = defaults.canvas as HTMLCanvasElement;
    const started = takeStartedWebgl();
    let context: WebGL2RenderingContext | Key;
    if (started) {
      putInPlaceOf(canvas, started.canvas);
      canvas = started.canvas;
      context = started.gl;
    } else {
      context = webglContext(canvas, contextAttributes(defaults));
    }
    // For window.soyuzReplay.getState(): the tests check the context came from the script.
    frameStats.context = { startedEarly: started !== null, antialias: started?.antialias ?? true };
    if (typeof context === 'string') {
      onUnavailable(context);
      // fiber waits on a promise from a factory; this one never settles. Typed as the renderer so
      // the factory stays a synchronous one to fiber's types (a renderer, the first frame at once).
      return new Promise<never>(() => {}) as unknown as WebGLRenderer;
    }
    const renderer = new WebGLRenderer({
      canvas,
      context,
      antialias: frameStats.context.antialias,
      logarithmicDepthBuffer: true,
    });
    // fiber's default too (its `flat` off), said here so the look does not hang on that default.
    renderer.toneMapping = ACESFilmicToneMapping;
    return renderer;
  };
}

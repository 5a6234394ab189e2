import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOFTWARE } from '../../../../src/scene/render/rendererKind';
import { contextAttributes } from '../../../../src/scene/render/createRenderer';

/** WebGL's own defaults (the WebGL 1 and 2 specifications, WebGLContextAttributes). */
const WEBGL_DEFAULTS: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: true,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'default',
  failIfMajorPerformanceCaveat: false,
};

const source = readFileSync('src/boot/startWebgl.js', 'utf8');

interface FakeContext {
  attributes: WebGLContextAttributes;
  lost: boolean;
}

/**
 * Runs src/boot/startWebgl.js against a browser of its own: canvases whose WebGL 2 context names
 * the given renderer (or is refused), and a localStorage with the given choice.
 */
function start(renderer: string | null, choice: string | null = null) {
  const contexts: FakeContext[] = [];
  const canvases: { width: number; height: number; style: Record<string, string> }[] = [];
  const document = {
    createElement: (tag: string) => {
      expect(tag).toBe('canvas');
      const canvas = {
        width: 300,
        height: 150,
        style: {} as Record<string, string>,
        getContext: (kind: string, attributes: WebGLContextAttributes) => {
          expect(kind).toBe('webgl2');
          if (renderer === null) return null;
          const context: FakeContext = { attributes, lost: false };
          contexts.push(context);
          return {
            RENDERER: 0x1f01,
            getExtension: (name: string) =>
              name === 'WEBGL_debug_renderer_info'
                ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
                : name === 'WEBGL_lose_context'
                  ? { loseContext: () => (context.lost = true) }
                  : null,
            getParameter: (p: number) => (p === 0x9246 ? renderer : 'WebKit WebGL'),
          };
        },
      };
      canvases.push(canvas);
      return canvas;
    },
  };
  const window: Record<string, unknown> = {
    devicePixelRatio: 3,
    innerWidth: 1280,
    innerHeight: 720,
    localStorage: { getItem: (key: string) => (key === 'soyuz.antialias' ? choice : null) },
  };
  new Function('window', 'document', source)(window, document);
  return {
    contexts,
    canvases,
    started: window.soyuzStartedWebgl as { antialias: boolean; canvas: unknown } | undefined,
  };
}

describe('src/boot/startWebgl.js', () => {
  it('on a software renderer, makes one context, without multisampling', () => {
    const { contexts, started, canvases } = start(
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))',
    );
    expect(contexts).toHaveLength(1);
    expect(contexts[0]!.attributes.antialias).toBe(false);
    expect(started?.antialias).toBe(false);
    expect(started?.canvas).toBe(canvases[0]);
    // Sized as three will size it: the window at the device's ratio, at most 2.
    expect([canvases[0]!.width, canvases[0]!.height]).toEqual([2560, 1440]);
  });

  it('on a GPU, lets the first context go and keeps one with 4x MSAA', () => {
    const { contexts, started, canvases } = start('ANGLE (NVIDIA, NVIDIA H100 PCIe)');
    expect(contexts.map((c) => [c.attributes.antialias, c.lost])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(started?.antialias).toBe(true);
    expect(started?.canvas).toBe(canvases[1]);
  });

  it("obeys localStorage 'soyuz.antialias' either way", () => {
    expect(start('SwiftShader', 'on').started?.antialias).toBe(true);
    expect(start('NVIDIA', 'off').started?.antialias).toBe(false);
    expect(start('NVIDIA', 'off').contexts).toHaveLength(1);
  });

  it('leaves nothing where WebGL is refused: the app asks itself and says why', () => {
    expect(start(null).started).toBeUndefined();
  });

  it('asks for the context the app would ask for itself, multisampling aside', () => {
    const { contexts } = start('SwiftShader');
    // fiber's defaults, as it hands them to the scene's renderer factory.
    const app = contextAttributes({ canvas: {}, powerPreference: 'high-performance', alpha: true });
    expect({ ...WEBGL_DEFAULTS, ...contexts[0]!.attributes }).toEqual({ ...app, antialias: false });
  });

  it('knows the same software renderers as the app', () => {
    const inScript = /var SOFTWARE = (\/.*\/[a-z]*);/.exec(source)?.[1];
    expect(inScript).toBe(String(SOFTWARE));
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { sceneRenderer } from '../../../../src/scene/render/createRenderer';

const UNMASKED = 0x9246;

/** A 1×1 probe canvas whose context names `renderer` (null: WebGL refused), and what it saw. */
function stubProbe(renderer: string | null) {
  const lost = vi.fn();
  const asked: unknown[] = [];
  const probe = {
    width: 300,
    height: 150,
    getContext: (_type: string, attributes: unknown) => {
      asked.push(attributes);
      if (renderer === null) return null;
      return {
        RENDERER: 0x1f01,
        getExtension: (name: string) =>
          name === 'WEBGL_debug_renderer_info'
            ? { UNMASKED_RENDERER_WEBGL: UNMASKED }
            : name === 'WEBGL_lose_context'
              ? { loseContext: lost }
              : null,
        getParameter: (p: number) => (p === UNMASKED ? renderer : 'masked'),
      };
    },
  };
  vi.stubGlobal('document', { createElement: () => probe });
  return { probe, lost, asked };
}

/**
 * The scene's canvas, refusing its context so the factory stops before three (which needs a real
 * WebGL context): what it was asked for is what the choice was.
 */
function sceneCanvas() {
  const asked: WebGLContextAttributes[] = [];
  const canvas = {
    getContext: (_type: string, attributes: WebGLContextAttributes) => {
      asked.push(attributes);
      return null;
    },
  };
  return { canvas, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sceneRenderer', () => {
  it.each([
    ['Google SwiftShader', false],
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', false],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', true],
    ['Apple M1', true],
  ])('antialiases the scene where the probe names %s: %s', (name, antialias) => {
    const { probe, lost, asked: probeAsked } = stubProbe(name);
    const { canvas, asked } = sceneCanvas();
    const unavailable = vi.fn();
    sceneRenderer(unavailable)({ canvas, powerPreference: 'high-performance' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.antialias).toBe(antialias);
    expect(asked[0]!.powerPreference).toBe('high-performance');
    // The probe is one pixel, asked for the same GPU, and released at once.
    expect([probe.width, probe.height]).toEqual([1, 1]);
    expect(probeAsked[0]).toMatchObject({ antialias: false, powerPreference: 'high-performance' });
    expect(lost).toHaveBeenCalledOnce();
    expect(unavailable).toHaveBeenCalledWith('app.noWebgl');
  });

  it('still asks the scene canvas when the probe is refused, and says why it got nothing', () => {
    stubProbe(null);
    const { canvas, asked } = sceneCanvas();
    const unavailable = vi.fn();
    const result = sceneRenderer(unavailable)({ canvas });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.antialias).toBe(true);
    expect(unavailable).toHaveBeenCalledWith('app.noWebgl');
    // A renderer that never arrives, so fiber waits instead of three throwing.
    expect(result).toBeInstanceOf(Promise);
  });
});

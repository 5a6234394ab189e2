import {
  AdditiveBlending,
  Color,
  ShaderMaterial,
  Vector2,
  type Camera,
  type Scene,
  type WebGLRenderer,
} from 'three';
import { EffectComposer } from 'three/examples/jsm/postprocessing/EffectComposer.js';
import { FullScreenQuad } from 'three/examples/jsm/postprocessing/Pass.js';
import { RenderPass } from 'three/examples/jsm/postprocessing/RenderPass.js';
import { UnrealBloomPass } from 'three/examples/jsm/postprocessing/UnrealBloomPass.js';
import { GLOW_LAYER, markGlowing } from './glowLayer';

/**
 * Bloom for a real GPU, selective: the scene is drawn to the screen exactly as without bloom,
 * then only the glow layer (glowLayer.ts) is drawn off screen, spread by Unreal's bloom, and
 * added over the picture. Drawing the whole scene through a linear render target instead would
 * change the look of every hand-written shader (they write screen colours directly). Loaded on
 * its own (a dynamic import): software renderers never fetch it.
 */
const STRENGTH = 0.8;
const RADIUS = 0.4;
const THRESHOLD = 0;

const addOver = new ShaderMaterial({
  uniforms: { glow: { value: null } },
  vertexShader: /* glsl */ `
    varying vec2 vUv;
    void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }
  `,
  // The off-screen picture is linear light and is added as it is: encoding it for the screen
  // first (a gamma of 1/2.2) would lift the faint far edge of every halo into a veil over the
  // whole picture.
  fragmentShader: /* glsl */ `
    uniform sampler2D glow;
    varying vec2 vUv;
    void main() { gl_FragColor = vec4(texture2D(glow, vUv).rgb, 1.0); }
  `,
  blending: AdditiveBlending,
  depthTest: false,
  depthWrite: false,
});

export interface Bloom {
  render(): void;
  setSize(width: number, height: number, pixelRatio: number): void;
  dispose(): void;
}

export function createBloom(gl: WebGLRenderer, scene: Scene, camera: Camera): Bloom {
  const composer = new EffectComposer(gl);
  composer.renderToScreen = false;
  const size = gl.getSize(new Vector2());
  const glowPass = new RenderPass(scene, camera);
  // Black behind the glow, so only the glowing parts add light over the picture.
  glowPass.clearColor = new Color(0x000000);
  glowPass.clearAlpha = 1;
  composer.addPass(glowPass);
  const bloom = new UnrealBloomPass(size, STRENGTH, RADIUS, THRESHOLD);
  composer.addPass(bloom);
  const quad = new FullScreenQuad(addOver);
  return {
    render() {
      gl.render(scene, camera);
      // A walk of a few hundred objects: nothing beside a frame on the GPUs that get bloom.
      markGlowing(scene);
      const mask = camera.layers.mask;
      const background = scene.background;
      camera.layers.set(GLOW_LAYER);
      scene.background = null;
      try {
        composer.render();
      } finally {
        camera.layers.mask = mask;
        scene.background = background;
      }
      addOver.uniforms.glow!.value = composer.readBuffer.texture;
      const autoClear = gl.autoClear;
      gl.autoClear = false;
      gl.setRenderTarget(null);
      quad.render(gl);
      gl.autoClear = autoClear;
    },
    setSize(width, height, pixelRatio) {
      composer.setPixelRatio(pixelRatio);
      composer.setSize(width, height);
    },
    dispose() {
      bloom.dispose();
      composer.dispose();
      quad.dispose();
    },
  };
}

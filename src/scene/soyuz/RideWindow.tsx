import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { PlaneGeometry, ShaderMaterial, type Mesh } from 'three';
import { useClock } from '../../clock/clockStore';
import { useClockStore } from '../../clock/ClockContext';
import { useSceneFrame } from '../useSceneFrame';

/**
 * Riding along in the descent module: from module separation (the crew alone in it) until the
 * drogue opens, the ride camera looks out through a porthole in the cabin wall, and through the
 * heating the window fills with the orange of the plasma outside, as strong as capsule.plasma
 * (crews describe the window glowing orange, then yellow-white, with flakes of the burning
 * blanket streaming past). Drawn in clip space in front of everything, so it needs no pose of its
 * own; the flicker is a function of the clock's time, so a paused frame stays as it is.
 */
const VERTEX = /* glsl */ `
  varying vec2 vUv;
  void main() {
    vUv = uv;
    gl_Position = vec4(position.xy * 2.0, 0.0, 1.0);
  }
`;

const FRAGMENT = /* glsl */ `
  uniform float uAspect;
  uniform float uGlow;
  uniform float uTime;
  varying vec2 vUv;
  void main() {
    vec2 p = (vUv - 0.5) * vec2(uAspect, 1.0);
    // A porthole a little wider than tall, 0.84 of the height across.
    float r = length(p / vec2(1.12, 1.0));
    const float R = 0.42;
    float glass = 1.0 - smoothstep(R - 0.003, R, r);
    float ring = 1.0 - smoothstep(R + 0.05, R + 0.053, r);
    // The cabin wall: dark, a little lighter toward the window; the frame: grey metal, lit above.
    vec3 wall = vec3(0.08, 0.075, 0.07) * (1.4 - 0.8 * min(1.0, r));
    vec3 frame = vec3(0.38, 0.37, 0.35) * (0.75 + 0.35 * (p.y / R));
    vec3 solid = mix(wall, frame, ring);
    float flicker = 0.12 * sin(uTime * 23.0 + p.x * 14.0) * sin(uTime * 17.0 - p.y * 11.0);
    float heat = uGlow * clamp(0.6 + 0.45 * (r / R) * (r / R) + flicker, 0.0, 1.2);
    vec3 plasma = mix(vec3(1.0, 0.42, 0.1), vec3(1.0, 0.85, 0.55), clamp(heat - 0.6, 0.0, 1.0));
    gl_FragColor = glass > 0.5
      ? vec4(plasma, clamp(heat, 0.0, 0.92))
      : vec4(solid, 1.0);
  }
`;

function WindowOverlay() {
  const size = useThree((s) => s.size);
  const geometry = useMemo(() => new PlaneGeometry(1, 1), []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FRAGMENT,
        uniforms: { uAspect: { value: 1 }, uGlow: { value: 0 }, uTime: { value: 0 } },
        transparent: true,
        depthTest: false,
        depthWrite: false,
      }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  const overlayRef = useRef<Mesh>(null);

  useSceneFrame((s) => {
    const overlay = overlayRef.current;
    if (!overlay) return;
    const c = s.capsule;
    const at = (type: string) => c?.descent.events.find((e) => e.type === type)?.ms ?? Infinity;
    overlay.visible = !!c && s.utcMs >= at('module_separation') && s.utcMs < at('drogue_chute');
    material.uniforms.uAspect!.value = size.width / size.height;
    material.uniforms.uGlow!.value = c?.plasma ?? 0;
    material.uniforms.uTime!.value = (s.utcMs / 1000) % 600;
  });

  return (
    <mesh
      ref={overlayRef}
      name="ride-window"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={1000}
      visible={false}
    />
  );
}

/** The porthole, only while the clock's camera is the ride-along one. */
export function RideWindow() {
  const camera = useClock(useClockStore(), (s) => s.camera);
  return camera === 'ride' ? <WindowOverlay /> : null;
}

import { useEffect, useMemo, useRef } from 'react';
import {
  BackSide,
  CustomBlending,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  SrcAlphaFactor,
  Vector3,
  type Mesh,
} from 'three';
import { WGS84_A_KM } from '../../physics/constants';
import { setSceneVector } from '../sceneVectors';
import { useSceneFrame } from '../useSceneFrame';

/** The dome shows fully below this height and fades out by FADE_TOP_KM. */
const FADE_BOTTOM_KM = 25;
const FADE_TOP_KM = 70;
/** Pressure scale height of the lower atmosphere, km (US Standard Atmosphere 1976, ~7-8 km). */
const SCALE_HEIGHT_KM = 7.5;

/**
 * How much of the sky dome a camera at this height sees: 1 low in the atmosphere, 0 above it.
 * The limb glow seen from outside (Atmosphere) takes the complement, so the two never add up
 * to a white band seen from inside the shell.
 */
export function skyDomeOpacity(cameraAltKm: number): number {
  return (
    1 - Math.min(1, Math.max(0, (cameraAltKm - FADE_BOTTOM_KM) / (FADE_TOP_KM - FADE_BOTTOM_KM)))
  );
}

const vertexShader = /* glsl */ `
  varying vec3 vDir;
  void main() {
    vDir = normalize((modelMatrix * vec4(position, 1.0)).xyz - cameraPosition);
    vec4 p = projectionMatrix * viewMatrix * vec4(cameraPosition + vDir * 10.0, 1.0);
    gl_Position = p.xyww;
  }
`;

/**
 * Sky seen from inside the atmosphere, lit by the real Sun: blue by day, pale at the horizon,
 * orange toward a low Sun, dark (and see-through to the stars) at night, with the Sun's disc.
 */
const fragmentShader = /* glsl */ `
  uniform vec3 sunDirection;
  uniform vec3 localUp;
  uniform float opacity;
  uniform float airColumn;
  varying vec3 vDir;
  void main() {
    vec3 dir = normalize(vDir);
    float h = dot(dir, localUp);
    float sunUp = dot(sunDirection, localUp);
    float day = smoothstep(-0.12, 0.12, sunUp);
    vec3 zenith = mix(vec3(0.005, 0.01, 0.03), vec3(0.16, 0.38, 0.82), day);
    vec3 horizon = mix(vec3(0.02, 0.03, 0.07), vec3(0.66, 0.78, 0.92), day);
    float towardSun = max(dot(dir, sunDirection), 0.0);
    float lowSun = 1.0 - clamp(abs(sunUp) * 5.0, 0.0, 1.0);
    horizon += vec3(1.0, 0.45, 0.15) * lowSun * pow(towardSun, 6.0) * 0.9;
    vec3 color = mix(horizon, zenith, pow(clamp(h, 0.0, 1.0), 0.45));
    if (h < 0.0) color = horizon * 0.55;
    color += vec3(1.0, 0.95, 0.85) * smoothstep(0.9994, 0.9998, towardSun) * step(-0.02, sunUp);
    // Optical depth along the line of sight: the air above the camera (as a share of the
    // ground's) times the airmass of a plane-parallel sky, 1/sin(elevation), capped near the
    // horizon. From 40 km the zenith is black and only a band at the horizon stays blue.
    float tau = 4.0 * airColumn / max(h, 0.03);
    float alpha = opacity * mix(0.2, 1.0, day) * (1.0 - exp(-tau));
    gl_FragColor = vec4(color, alpha);
    #include <colorspace_fragment>
  }
`;

const up = new Vector3();

/** A sky for cameras low in the atmosphere: the chase under the canopies, ride-along, the ground. */
export function SkyDome() {
  const mesh = useRef<Mesh>(null);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          sunDirection: { value: new Vector3(1, 0, 0) },
          localUp: { value: new Vector3(0, 1, 0) },
          opacity: { value: 1 },
          airColumn: { value: 1 },
        },
        vertexShader,
        fragmentShader,
        side: BackSide,
        // Not 'transparent': three draws transparent objects after all opaque ones, so a
        // transparent dome without depth test would paint over the capsule and the ground. In
        // the opaque list with the lowest renderOrder it is drawn first, right after the star
        // background, and custom blending still lets the night sky's stars show through.
        transparent: false,
        blending: CustomBlending,
        blendSrc: SrcAlphaFactor,
        blendDst: OneMinusSrcAlphaFactor,
        depthWrite: false,
        depthTest: false,
      }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);

  useSceneFrame((s, root) => {
    const m = mesh.current!;
    const cam = root.camera.position;
    const altKm = cam.length() - WGS84_A_KM;
    const opacity = skyDomeOpacity(altKm);
    m.visible = opacity > 0;
    if (!m.visible) return;
    m.position.copy(cam);
    material.uniforms.opacity!.value = opacity;
    // Share of the atmosphere's mass above the camera: pressure falls by e every ~7.5 km.
    material.uniforms.airColumn!.value = Math.exp(-Math.max(0, altKm) / SCALE_HEIGHT_KM);
    setSceneVector(material.uniforms.sunDirection!.value, s.sunEci);
    material.uniforms.localUp!.value.copy(up.copy(cam).normalize());
  });

  return (
    <mesh ref={mesh} material={material} renderOrder={-10} frustumCulled={false}>
      <sphereGeometry args={[1, 32, 16]} />
    </mesh>
  );
}

import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { ACESFilmicToneMapping, Color, Vector3, type WebGLRenderer } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { orbitalPeriodMs, sampleOrbit } from '../../physics/orbitSampling';
import type { Tle } from '../../physics/tle';
import type { Vec3 } from '../../physics/vec3';
import type { SceneState } from '../../replay/sceneState';
import { useSceneFrame } from '../useSceneFrame';
import { setSceneVector } from '../sceneVectors';
import { FlatLine, FlatLineGeometry } from '../render/flatLine';
import { acesFilmic } from '../render/acesFilmic';

const SAMPLES = 361;
/** Resample once simulated time has moved this far: the path is smooth well below it. */
const RESAMPLE_MS = 20_000;
const GROUND_LIFT_KM = 3;
/** Camera distance to the ISS below which the orbit and ground-track lines are hidden, km. */
const NEAR_KM = 40;
const issAt = new Vector3();

function makeLine(width: number, opacity: number) {
  // The colour is in the vertex colours, already through the scene's tone curve (lineColours):
  // the same shader program as the descent path, which skips the curve.
  const material = new LineMaterial({
    linewidth: width,
    transparent: true,
    opacity,
    vertexColors: true,
    depthWrite: false,
    toneMapped: false,
  });
  const line = new FlatLine(new FlatLineGeometry(), material);
  line.frustumCulled = false;
  return line;
}

/**
 * The line's colour at each point, the half that lies in the past faded, the future bright, as
 * the renderer's tone curve shows it (what the material's colour times the fade gave when the
 * material went through the curve itself).
 */
function lineColours(count: number, colour: number, gl: WebGLRenderer): Float32Array {
  const linear = new Color(colour);
  const curve = gl.toneMapping === ACESFilmicToneMapping;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const past = i < count / 2;
    const k = past ? 0.25 + (0.5 * i) / (count / 2) : 1;
    const rgb: [number, number, number] = [linear.r * k, linear.g * k, linear.b * k];
    colors.set(curve ? acesFilmic(rgb, gl.toneMappingExposure) : rgb, 3 * i);
  }
  return colors;
}

function toSceneFloat32(src: Float64Array, dst: Float32Array) {
  for (let i = 0; i < src.length; i += 3) {
    dst[i] = src[i]!;
    dst[i + 1] = src[i + 2]!;
    dst[i + 2] = -src[i + 1]!;
  }
}

/** A satellite on its element set at the frame's instant: the ISS, or one the person tracks. */
export interface OrbitSource {
  tle: Tle;
  eci: { r: Vec3 };
}

interface Props {
  earthFixedParent: string;
  /** Whose orbit: the ISS by default. */
  source?: (s: SceneState) => OrbitSource | null;
  orbitColour?: number;
  groundColour?: number;
}

const issSource = (s: SceneState): OrbitSource | null => s.iss;

/**
 * A satellite's orbit one revolution behind and ahead (inertial, in the world) and its ground
 * track (Earth-fixed, drawn inside the Earth group that turns with sidereal time).
 */
export function OrbitLines({
  earthFixedParent,
  source = issSource,
  orbitColour = 0x5fd4ff,
  groundColour = 0xffd166,
}: Props) {
  const scene = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const parts = useMemo(() => {
    const orbit = makeLine(2.5, 0.95);
    const ground = makeLine(2, 0.85);
    const colors = {
      orbit: lineColours(SAMPLES, orbitColour, gl),
      ground: lineColours(SAMPLES, groundColour, gl),
    };
    return {
      orbit,
      ground,
      colors,
      inertial: new Float64Array(SAMPLES * 3),
      groundKm: new Float64Array(SAMPLES * 3),
      scratch: new Float32Array(SAMPLES * 3),
      sampledAt: NaN,
      tle: null as Tle | null,
    };
  }, [orbitColour, groundColour, gl]);

  // Layout effects, not passive ones: fiber draws its first frame of a new scene before React
  // runs passive effects, so lines added in one missed it and compiled their programs in the
  // frame the page is marked ready on, after the rest (npm run bench -- load).
  useLayoutEffect(() => {
    const earth = scene.getObjectByName(earthFixedParent);
    scene.add(parts.orbit);
    earth?.add(parts.ground);
    return () => {
      parts.orbit.removeFromParent();
      parts.ground.removeFromParent();
      for (const l of [parts.orbit, parts.ground]) {
        l.geometry.dispose();
        l.material.dispose();
      }
    };
  }, [scene, parts, earthFixedParent]);

  useLayoutEffect(() => {
    parts.orbit.material.resolution.set(size.width, size.height);
    parts.ground.material.resolution.set(size.width, size.height);
  }, [parts, size]);

  useSceneFrame((s, root) => {
    // Close to the station the orbit is a straight line through it and its 240 km chords would
    // miss the model by up to a kilometre, so the paths give way below this distance.
    const sat = source(s);
    const near =
      sat !== null && root.camera.position.distanceTo(setSceneVector(issAt, sat.eci.r)) < NEAR_KM;
    const visible = sat !== null && !near;
    parts.orbit.visible = visible;
    parts.ground.visible = visible;
    if (!sat || near) return;
    if (parts.tle === sat.tle && Math.abs(s.utcMs - parts.sampledAt) < RESAMPLE_MS) return;
    parts.tle = sat.tle;
    parts.sampledAt = s.utcMs;
    const span = orbitalPeriodMs(sat.tle);
    sampleOrbit(sat.tle, s.utcMs, span, SAMPLES, GROUND_LIFT_KM, parts.inertial, parts.groundKm);
    const first = parts.orbit.geometry.segments === 0;
    toSceneFloat32(parts.inertial, parts.scratch);
    parts.orbit.geometry.setPositions(parts.scratch);
    toSceneFloat32(parts.groundKm, parts.scratch);
    parts.ground.geometry.setPositions(parts.scratch);
    if (first) {
      parts.orbit.geometry.setColors(parts.colors.orbit);
      parts.ground.geometry.setColors(parts.colors.ground);
    }
  });

  return null;
}

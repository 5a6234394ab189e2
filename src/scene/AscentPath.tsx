import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Line2 } from 'three/examples/jsm/lines/Line2.js';
import { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import type { AscentResult } from '../physics/ascent';
import { geodeticToEcef } from '../physics/frames';
import type { Vec3 } from '../physics/vec3';

const DEG = Math.PI / 180;
/**
 * Colour per ASCENT_PHASES index (first stage, second stage, third stage, rendezvous, docked),
 * kept apart from the ISS orbit (cyan) and its ground track (amber), told apart by lightness too.
 */
const PHASE_COLOURS: ReadonlyArray<[number, number, number]> = [
  [1.0, 0.35, 0.1],
  [1.0, 0.62, 0.85],
  [0.75, 0.55, 1.0],
  [0.45, 1.0, 0.6],
  [1, 1, 1],
];
/** The ground track floats this far up so the globe does not swallow it, km (as the ISS's). */
const GROUND_LIFT_KM = 3;
const GROUND_DIM = 0.55;
const PAD_FADE_KM = 10;

function buildLine(
  a: AscentResult,
  height: (altKm: number) => number,
  width: number,
  dim: number,
  name: string,
) {
  const s = a.samples;
  const positions = new Float32Array(s.length * 3);
  const colours = new Float32Array(s.length * 3);
  const p: Vec3 = [0, 0, 0];
  for (let i = 0; i < s.length; i++) {
    geodeticToEcef(s.lat[i]! * DEG, s.lon[i]! * DEG, height(s.altKm[i]!), p);
    positions.set([p[0], p[2], -p[1]], 3 * i);
    const c = PHASE_COLOURS[s.phase[i]!] ?? [1, 1, 1];
    colours.set([c[0] * dim, c[1] * dim, c[2] * dim], 3 * i);
  }
  const geometry = new LineGeometry();
  geometry.setPositions(positions);
  geometry.setColors(colours);
  const material = new LineMaterial({
    linewidth: width,
    vertexColors: true,
    transparent: true,
    opacity: 0.95,
  });
  const line = new Line2(geometry, material);
  line.frustumCulled = false;
  line.name = name;
  return line;
}

/**
 * The approximate ascent and rendezvous path, coloured by phase, and its ground track, drawn in
 * the Earth-fixed frame (so the path starts on the pad whatever the time on the clock; the
 * Soyuz is on it at its own instant). Heights near the pad are lowered by the pad's height, as
 * the drawn Soyuz is, because the drawn Earth is the bare ellipsoid.
 */
export function AscentPath({ ascent }: { ascent: AscentResult }) {
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const lines = useMemo(() => {
    const padKm = ascent.samples.altKm[0]!;
    const drawn = (alt: number) =>
      alt - padKm * Math.min(1, Math.max(0, 1 - (alt - padKm) / PAD_FADE_KM));
    return [
      buildLine(ascent, drawn, 4, 1, 'ascent-path'),
      buildLine(ascent, () => GROUND_LIFT_KM, 2, GROUND_DIM, 'ascent-ground-track'),
    ];
  }, [ascent]);
  useEffect(() => {
    const earth = scene.getObjectByName('earth-fixed');
    for (const l of lines) earth?.add(l);
    return () => {
      for (const l of lines) {
        l.removeFromParent();
        l.geometry.dispose();
        l.material.dispose();
      }
    };
  }, [scene, lines]);
  useEffect(() => {
    for (const l of lines) l.material.resolution.set(size.width, size.height);
  }, [lines, size]);
  return null;
}

import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Line2 } from 'three/examples/jsm/lines/Line2.js';
import { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { geodeticToEcef } from '../physics/frames';
import type { DescentResult } from '../physics/descent';
import type { Vec3 } from '../physics/vec3';
import { groundAltKm } from '../timeline/replay';

const DEG = Math.PI / 180;
/**
 * Colour per phase index (burn, coast, descent module, drogue, main chute, landed), kept apart
 * from the ISS orbit (cyan) and ground track (amber) and told apart by lightness as well as hue.
 */
const PHASE_COLOURS: ReadonlyArray<[number, number, number]> = [
  [1.0, 0.35, 0.1],
  [1.0, 0.62, 0.85],
  [1.0, 0.2, 0.25],
  [0.75, 0.55, 1.0],
  [0.45, 1.0, 0.6],
  [1, 1, 1],
];

function buildLine(descent: DescentResult): Line2 {
  const s = descent.samples;
  const positions = new Float32Array(s.length * 3);
  const colours = new Float32Array(s.length * 3);
  const p: Vec3 = [0, 0, 0];
  const ground = groundAltKm(descent);
  for (let i = 0; i < s.length; i++) {
    // Earth-fixed, so the path ends on the landing site whatever the time on the clock; heights
    // over the site's ground, since the drawn Earth is the bare ellipsoid.
    geodeticToEcef(s.lat[i]! * DEG, s.lon[i]! * DEG, s.altKm[i]! - ground, p);
    positions.set([p[0], p[2], -p[1]], 3 * i);
    colours.set(PHASE_COLOURS[s.phase[i]!] ?? [1, 1, 1], 3 * i);
  }
  const geometry = new LineGeometry();
  geometry.setPositions(positions);
  geometry.setColors(colours);
  const material = new LineMaterial({
    linewidth: 4,
    vertexColors: true,
    transparent: true,
    opacity: 0.95,
  });
  const line = new Line2(geometry, material);
  line.frustumCulled = false;
  line.name = 'descent-path';
  return line;
}

/** The modelled descent path, coloured by phase, drawn in the Earth-fixed frame. */
export function DescentPath({ descent }: { descent: DescentResult }) {
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const line = useMemo(() => buildLine(descent), [descent]);
  useEffect(() => {
    scene.getObjectByName('earth-fixed')?.add(line);
    return () => {
      line.removeFromParent();
      line.geometry.dispose();
      line.material.dispose();
    };
  }, [scene, line]);
  useEffect(() => {
    line.material.resolution.set(size.width, size.height);
  }, [line, size]);
  return null;
}

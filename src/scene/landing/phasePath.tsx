import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { FlatLine, FlatLineGeometry } from '../render/flatLine';
import type { TrajectoryTable } from '../../physics/descent/trajectory';
import { geodeticToEcef } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import { DEG } from '../../physics/constants';

type Rgb = readonly [number, number, number];

export interface PhaseLineSpec {
  /** Drawn height of a sample over the bare ellipsoid, km, from its modelled altitude. */
  height: (altKm: number) => number;
  /** Colour per value of the table's phase column, linear RGB (three.js's working space). */
  colours: readonly Rgb[];
  width: number;
  /** Brightness factor, 1 for the path itself, less for its ground track. */
  dim?: number;
  name: string;
}

/**
 * A trajectory (descent or ascent) as a fat line coloured by phase, in Earth-fixed coordinates,
 * so it stays on its ground whatever the time on the clock.
 */
export function buildPhaseLine(s: TrajectoryTable, spec: PhaseLineSpec): FlatLine {
  const dim = spec.dim ?? 1;
  const positions = new Float32Array(s.length * 3);
  const colours = new Float32Array(s.length * 3);
  const p: Vec3 = [0, 0, 0];
  for (let i = 0; i < s.length; i++) {
    geodeticToEcef(s.lat[i]! * DEG, s.lon[i]! * DEG, spec.height(s.altKm[i]!), p);
    positions[3 * i] = p[0];
    positions[3 * i + 1] = p[2];
    positions[3 * i + 2] = -p[1];
    const c = spec.colours[s.phase[i]!] ?? [1, 1, 1];
    colours[3 * i] = c[0] * dim;
    colours[3 * i + 1] = c[1] * dim;
    colours[3 * i + 2] = c[2] * dim;
  }
  const geometry = new FlatLineGeometry();
  geometry.setPositions(positions);
  geometry.setColors(colours);
  const material = new LineMaterial({
    linewidth: spec.width,
    vertexColors: true,
    transparent: true,
    opacity: 0.95,
    // Shown as given, not through the scene's filmic tone curve, which would shift the hues the
    // palettes were chosen for (phaseColours.ts).
    toneMapped: false,
  });
  const line = new FlatLine(geometry, material);
  line.frustumCulled = false;
  line.name = spec.name;
  return line;
}

/** Puts lines into the Earth-fixed frame while mounted, keeps their pixel widths, disposes them. */
export function useEarthFixedLines(lines: readonly FlatLine[]): void {
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  // In the first frame with the rest of the scene (layout effects; see OrbitLines).
  useLayoutEffect(() => {
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
  useLayoutEffect(() => {
    for (const l of lines) l.material.resolution.set(size.width, size.height);
  }, [lines, size]);
}

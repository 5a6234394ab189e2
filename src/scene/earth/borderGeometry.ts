import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geodeticToEcef } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import { DEG } from '../../physics/constants';

/**
 * Natural Earth country borders and coastlines (world-atlas) as line-segment pairs in the scene's
 * Earth-fixed frame, lifted a little off the ellipsoid so the surface does not hide them.
 */
export function borderSegments(
  topology: Topology,
  liftKm: number,
): { borders: Float32Array; coasts: Float32Array } {
  const countries = topology.objects.countries as GeometryCollection;
  const inner = mesh(topology, countries, (a, b) => a !== b);
  const outer = mesh(topology, countries, (a, b) => a === b);
  return {
    borders: toSegments(inner.coordinates, liftKm),
    coasts: toSegments(outer.coordinates, liftKm),
  };
}

function toSegments(lines: number[][][], liftKm: number): Float32Array {
  let n = 0;
  for (const l of lines) n += Math.max(0, l.length - 1);
  const out = new Float32Array(n * 6);
  const p: Vec3 = [0, 0, 0];
  let k = 0;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      for (const [lon, lat] of [line[i]!, line[i + 1]!] as [number, number][]) {
        geodeticToEcef(lat * DEG, lon * DEG, liftKm, p);
        out[k++] = p[0];
        out[k++] = p[2];
        out[k++] = -p[1];
      }
    }
  }
  return out;
}

import { BufferGeometry, Float32BufferAttribute } from 'three';
import { geodeticToEcef } from '../../physics/frames';
import type { Vec3 } from '../../physics/vec3';
import { DEG } from '../../physics/constants';

/**
 * A square of ground on the true ellipsoid around a site, finely divided, with UVs that sample the
 * same equirectangular Earth texture. The globe's own facets are ~200 km wide and sag up to 850 m
 * below the ellipsoid between vertices, which would leave a landed capsule floating; this patch
 * is where the landing happens. Vertices are relative to `origin` (float64 subtraction), so they
 * keep centimetre precision in float32. The `ground` attribute is east and north of the centre, km,
 * for the steppe's noise (steppeMaterial.ts): planar, small numbers, precise to millimetres.
 */
export function groundPatchGeometry(
  latDeg: number,
  lonDeg: number,
  halfSpanKm: number,
  divisions: number,
  origin: Vec3,
): BufferGeometry {
  const n = divisions + 1;
  const positions = new Float32Array(n * n * 3);
  const normals = new Float32Array(n * n * 3);
  const uvs = new Float32Array(n * n * 2);
  const ground = new Float32Array(n * n * 2);
  const dLat = halfSpanKm / 111.2;
  const dLon = halfSpanKm / (111.2 * Math.cos(latDeg * DEG));
  const p: Vec3 = [0, 0, 0];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const lat = latDeg - dLat + (2 * dLat * j) / divisions;
      const lon = lonDeg - dLon + (2 * dLon * i) / divisions;
      geodeticToEcef(lat * DEG, lon * DEG, 0, p);
      const k = j * n + i;
      // Earth-fixed scene axes: (x, z, -y).
      positions[3 * k] = p[0] - origin[0];
      positions[3 * k + 1] = p[2] - origin[2];
      positions[3 * k + 2] = -(p[1] - origin[1]);
      const cl = Math.cos(lat * DEG);
      normals[3 * k] = cl * Math.cos(lon * DEG);
      normals[3 * k + 1] = Math.sin(lat * DEG);
      normals[3 * k + 2] = -cl * Math.sin(lon * DEG);
      uvs[2 * k] = (lon + 180) / 360;
      uvs[2 * k + 1] = (lat + 90) / 180;
      ground[2 * k] = halfSpanKm * ((2 * i) / divisions - 1);
      ground[2 * k + 1] = halfSpanKm * ((2 * j) / divisions - 1);
    }
  }
  const index: number[] = [];
  for (let j = 0; j < divisions; j++) {
    for (let i = 0; i < divisions; i++) {
      const a = j * n + i;
      index.push(a, a + 1, a + n, a + 1, a + n + 1, a + n);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  g.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  g.setAttribute('ground', new Float32BufferAttribute(ground, 2));
  g.setIndex(index);
  return g;
}

/** A circle on the ground of a given radius around a site, as a closed polyline relative to `origin`. */
export function groundCircle(
  latDeg: number,
  lonDeg: number,
  radiusKm: number,
  segments: number,
  origin: Vec3,
  liftKm = 0.02,
): Float32Array {
  const out = new Float32Array((segments + 1) * 3);
  const p: Vec3 = [0, 0, 0];
  const dLat = radiusKm / 111.2;
  const dLon = radiusKm / (111.2 * Math.cos(latDeg * DEG));
  for (let k = 0; k <= segments; k++) {
    const a = (2 * Math.PI * k) / segments;
    geodeticToEcef(
      (latDeg + dLat * Math.sin(a)) * DEG,
      (lonDeg + dLon * Math.cos(a)) * DEG,
      liftKm,
      p,
    );
    out[3 * k] = p[0] - origin[0];
    out[3 * k + 1] = p[2] - origin[2];
    out[3 * k + 2] = -(p[1] - origin[1]);
  }
  return out;
}

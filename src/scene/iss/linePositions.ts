import type { InterleavedBufferAttribute } from 'three';
import type { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';

/**
 * Write a polyline into a fat-line geometry. The first call allocates; later calls with the same
 * point count overwrite the GPU buffer in place, so resampling a path leaks nothing.
 */
export function writeLinePositions(geometry: LineGeometry, points: Float32Array): void {
  const start = geometry.getAttribute('instanceStart') as InterleavedBufferAttribute | undefined;
  const segments = points.length / 3 - 1;
  if (!start || start.data.array.length !== segments * 6) {
    geometry.setPositions(points);
    return;
  }
  const a = start.data.array as Float32Array;
  for (let i = 0; i < segments; i++) {
    a[6 * i] = points[3 * i]!;
    a[6 * i + 1] = points[3 * i + 1]!;
    a[6 * i + 2] = points[3 * i + 2]!;
    a[6 * i + 3] = points[3 * i + 3]!;
    a[6 * i + 4] = points[3 * i + 4]!;
    a[6 * i + 5] = points[3 * i + 5]!;
  }
  start.data.needsUpdate = true;
}

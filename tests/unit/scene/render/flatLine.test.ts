import { describe, expect, it } from 'vitest';
import type { BufferAttribute } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { FlatLine, FlatLineGeometry } from '../../../../src/scene/render/flatLine';

const polyline = new Float32Array([0, 0, 0, 3, 0, 0, 3, 4, 0]);

describe('FlatLineGeometry', () => {
  it('gives every vertex of a segment that segment’s ends, as the fat-line shader reads them', () => {
    const g = new FlatLineGeometry().setPositions(polyline);
    expect(g.segments).toBe(2);
    const start = g.getAttribute('instanceStart');
    const end = g.getAttribute('instanceEnd');
    expect(start.count).toBe(16);
    for (let v = 0; v < 8; v++) {
      expect([start.getX(v), start.getY(v)]).toEqual([0, 0]);
      expect([end.getX(v), end.getY(v)]).toEqual([3, 0]);
      expect([start.getX(8 + v), start.getY(8 + v)]).toEqual([3, 0]);
      expect([end.getX(8 + v), end.getY(8 + v)]).toEqual([3, 4]);
    }
    // Six triangles a segment, the second segment's indices offset by its eight vertices.
    expect(g.index!.count).toBe(36);
    expect(Math.min(...Array.from(g.index!.array).slice(18))).toBe(8);
  });

  it('is not instanced: one ordinary draw for the whole line', () => {
    const g = new FlatLineGeometry().setPositions(polyline);
    expect((g as { isInstancedBufferGeometry?: boolean }).isInstancedBufferGeometry).toBeFalsy();
  });

  it('overwrites its buffers in place for the same point count, and reallocates for another', () => {
    const g = new FlatLineGeometry().setPositions(polyline);
    const before = g.getAttribute('instanceStart') as BufferAttribute;
    const version = before.version;
    g.setPositions(new Float32Array([1, 1, 1, 2, 2, 2, 5, 5, 5]));
    expect(g.getAttribute('instanceStart')).toBe(before);
    expect(before.version).toBeGreaterThan(version);
    expect(before.getX(8)).toBe(2);
    g.setPositions(new Float32Array([0, 0, 0, 1, 0, 0]));
    expect(g.segments).toBe(1);
    expect(g.getAttribute('instanceStart').count).toBe(8);
  });

  it('bounds the line’s points, not its unit quad', () => {
    const g = new FlatLineGeometry().setPositions(polyline);
    expect(g.boundingBox!.max.toArray()).toEqual([3, 4, 0]);
    expect(g.boundingSphere!.center.toArray()).toEqual([1.5, 2, 0]);
    expect(g.boundingSphere!.radius).toBeCloseTo(2.5);
  });

  it('carries colours per point onto segment ends, and distances along the line for dashes', () => {
    const g = new FlatLineGeometry()
      .setPositions(polyline)
      .setColors(new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]));
    expect(g.getAttribute('instanceColorStart').getX(0)).toBe(1);
    expect(g.getAttribute('instanceColorEnd').getZ(15)).toBe(1);
    const line = new FlatLine(g, new LineMaterial({ dashed: true }));
    line.computeLineDistances();
    expect(g.getAttribute('instanceDistanceStart').getX(8)).toBe(3);
    expect(g.getAttribute('instanceDistanceEnd').getX(15)).toBe(7);
  });
});

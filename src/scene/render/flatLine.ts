import {
  Box3,
  BufferGeometry,
  Float32BufferAttribute,
  Mesh,
  Sphere,
  Vector3,
  Vector4,
  type WebGLRenderer,
} from 'three';
import type { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';

/**
 * Fat lines (three's LineMaterial, its shader unchanged) drawn without instancing. three's
 * LineGeometry draws one instance per segment; SwiftShader, the software WebGL most machines
 * without a GPU get, pays a fixed cost per instance, so a 921-segment descent path cost about
 * 40 ms a frame, whatever its length on screen. Here every segment's eight vertices carry its
 * ends as plain attributes (the names the shader reads), so a whole line is one ordinary draw and
 * looks exactly the same. Measured with tools/tmp/h6prof.ts: the app's fat lines, 85 -> 30 ms a
 * frame at 1280x720, pixel ratio 0.5.
 */

/** One segment's quad with its round-cap rows, as in three's LineSegmentsGeometry. */
const QUAD_POSITIONS = [
  -1, 2, 0, 1, 2, 0, -1, 1, 0, 1, 1, 0, -1, 0, 0, 1, 0, 0, -1, -1, 0, 1, -1, 0,
];
const QUAD_UVS = [-1, 2, 1, 2, -1, 1, 1, 1, -1, -1, 1, -1, -1, -2, 1, -2];
const QUAD_INDEX = [0, 2, 1, 2, 3, 1, 2, 4, 3, 4, 5, 3, 4, 6, 5, 6, 7, 5];
const PER_SEGMENT = QUAD_POSITIONS.length / 3;

const point = new Vector3();

export class FlatLineGeometry extends BufferGeometry {
  /** Segments the buffers hold: a polyline of n points has n − 1. */
  segments = 0;

  /**
   * A polyline, [x0, y0, z0, x1, …]. The same point count as before overwrites the buffers in
   * place, so a path resampled every few seconds allocates nothing.
   */
  setPositions(points: ArrayLike<number>): this {
    this.fitTo(Math.max(0, points.length / 3 - 1));
    this.writePairs('instanceStart', 'instanceEnd', points);
    this.computeBoundingBox();
    this.computeBoundingSphere();
    return this;
  }

  /** A colour per point, [r0, g0, b0, …], blended along each segment (vertexColors). */
  setColors(colors: ArrayLike<number>): this {
    this.fitTo(Math.max(0, colors.length / 3 - 1));
    this.writePairs('instanceColorStart', 'instanceColorEnd', colors);
    return this;
  }

  /** Distance along the line at each segment's ends, for dashed lines. */
  computeLineDistances(): this {
    const start = this.getAttribute('instanceStart');
    const end = this.getAttribute('instanceEnd');
    const d0 = new Float32Array(this.segments * PER_SEGMENT);
    const d1 = new Float32Array(this.segments * PER_SEGMENT);
    let along = 0;
    for (let i = 0; i < this.segments; i++) {
      const k = i * PER_SEGMENT;
      const length = point
        .fromBufferAttribute(start, k)
        .distanceTo(new Vector3().fromBufferAttribute(end, k));
      d0.fill(along, k, k + PER_SEGMENT);
      along += length;
      d1.fill(along, k, k + PER_SEGMENT);
    }
    this.setAttribute('instanceDistanceStart', new Float32BufferAttribute(d0, 1));
    this.setAttribute('instanceDistanceEnd', new Float32BufferAttribute(d1, 1));
    return this;
  }

  /** The line's own points, not the unit quad in `position`. */
  override computeBoundingBox(): void {
    const box = (this.boundingBox ??= new Box3());
    box.makeEmpty();
    const start = this.getAttribute('instanceStart');
    const end = this.getAttribute('instanceEnd');
    if (!start || !end) return;
    for (let i = 0; i < start.count; i += PER_SEGMENT) {
      box.expandByPoint(point.fromBufferAttribute(start, i));
      box.expandByPoint(point.fromBufferAttribute(end, i));
    }
  }

  override computeBoundingSphere(): void {
    const sphere = (this.boundingSphere ??= new Sphere());
    if (!this.boundingBox) this.computeBoundingBox();
    this.boundingBox!.getCenter(sphere.center);
    let r2 = 0;
    const start = this.getAttribute('instanceStart');
    const end = this.getAttribute('instanceEnd');
    if (start && end) {
      for (let i = 0; i < start.count; i += PER_SEGMENT) {
        r2 = Math.max(r2, sphere.center.distanceToSquared(point.fromBufferAttribute(start, i)));
        r2 = Math.max(r2, sphere.center.distanceToSquared(point.fromBufferAttribute(end, i)));
      }
    }
    sphere.radius = Math.sqrt(r2);
  }

  /** Buffers for `segments` segments; kept when the count is unchanged. */
  private fitTo(segments: number): void {
    if (segments === this.segments && this.getAttribute('position')) return;
    // Frees the GPU copies of the old buffers; three uploads the new ones on the next draw.
    this.dispose();
    for (const name of Object.keys(this.attributes)) this.deleteAttribute(name);
    this.segments = segments;
    const positions = new Float32Array(segments * QUAD_POSITIONS.length);
    const uvs = new Float32Array(segments * QUAD_UVS.length);
    const index: number[] = new Array<number>(segments * QUAD_INDEX.length);
    for (let i = 0; i < segments; i++) {
      positions.set(QUAD_POSITIONS, i * QUAD_POSITIONS.length);
      uvs.set(QUAD_UVS, i * QUAD_UVS.length);
      for (let j = 0; j < QUAD_INDEX.length; j++)
        index[i * QUAD_INDEX.length + j] = QUAD_INDEX[j]! + i * PER_SEGMENT;
    }
    this.setIndex(index);
    this.setAttribute('position', new Float32BufferAttribute(positions, 3));
    this.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
    for (const name of ['instanceStart', 'instanceEnd', 'instanceColorStart', 'instanceColorEnd'])
      this.setAttribute(name, new Float32BufferAttribute(new Float32Array(segments * 24), 3));
  }

  /** Segment i's first point into `a`, its second into `b`, on all eight of its vertices. */
  private writePairs(a: string, b: string, points: ArrayLike<number>): void {
    const first = this.getAttribute(a) as Float32BufferAttribute;
    const second = this.getAttribute(b) as Float32BufferAttribute;
    const fa = first.array as Float32Array;
    const fb = second.array as Float32Array;
    for (let i = 0; i < this.segments; i++) {
      for (let v = 0; v < PER_SEGMENT; v++) {
        const k = 3 * (i * PER_SEGMENT + v);
        for (let c = 0; c < 3; c++) {
          fa[k + c] = points[3 * i + c]!;
          fb[k + c] = points[3 * i + 3 + c]!;
        }
      }
    }
    first.needsUpdate = true;
    second.needsUpdate = true;
  }
}

const viewport = new Vector4();

/** A fat line as one mesh: three's Line2 with FlatLineGeometry in place of LineGeometry. */
export class FlatLine extends Mesh<FlatLineGeometry, LineMaterial> {
  readonly isFlatLine = true;

  constructor(geometry: FlatLineGeometry, material: LineMaterial) {
    super(geometry, material);
  }

  computeLineDistances(): this {
    this.geometry.computeLineDistances();
    return this;
  }

  /** As Line2 does: line widths are in pixels of the viewport being drawn. */
  override onBeforeRender(renderer: WebGLRenderer): void {
    renderer.getViewport(viewport);
    this.material.uniforms.resolution!.value.set(viewport.z, viewport.w);
  }
}

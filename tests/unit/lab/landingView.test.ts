import { describe, expect, it } from 'vitest';
import { frameGroundPoints, MAX_DISTANCE_KM, MIN_DISTANCE_KM } from '../../../src/lab/landingView';
import { DEG, WGS84_A_KM } from '../../../src/physics/constants';
import { haversineKm } from '../../../src/physics/frames';

const desktop = { verticalFovDeg: 40, aspect: 1920 / 1080 };
const phone = { verticalFovDeg: 40, aspect: 390 / 844 };

/** The unit vector of a place, on a sphere. */
function dir(lat: number, lon: number): [number, number, number] {
  return [
    Math.cos(lat * DEG) * Math.cos(lon * DEG),
    Math.cos(lat * DEG) * Math.sin(lon * DEG),
    Math.sin(lat * DEG),
  ];
}

/**
 * Where a point shows from the camera the aim describes: its angle off the line of sight, and
 * whether it faces the camera (not behind the globe). Worked out independently in 3D.
 */
function seen(
  aim: { lat: number; lon: number; distanceKm: number },
  p: { lat: number; lon: number },
) {
  const c = dir(aim.lat, aim.lon).map((x) => x * aim.distanceKm);
  const q = dir(p.lat, p.lon).map((x) => x * WGS84_A_KM);
  const toPoint = q.map((x, i) => x - c[i]!);
  const toCentre = c.map((x) => -x);
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  const angle = Math.acos(
    dot(toPoint, toCentre) / (Math.hypot(...toPoint) * Math.hypot(...toCentre)),
  );
  // Facing: the camera is on the outer side of the point's tangent plane.
  const facing = dot(q, toPoint) < 0;
  return { angle, facing };
}

const halfAngles = (v: { verticalFovDeg: number; aspect: number }) => {
  const halfV = (v.verticalFovDeg * DEG) / 2;
  return { halfV, halfH: Math.atan(Math.tan(halfV) * v.aspect) };
};

describe('framing the landing zone', () => {
  it('nothing to show, no aim', () => {
    expect(frameGroundPoints([], desktop)).toBeNull();
  });

  it('one point: straight down on it from the nearest distance', () => {
    const aim = frameGroundPoints([{ lat: 47.36, lon: 69.59 }], desktop)!;
    expect(aim.lat).toBeCloseTo(47.36, 9);
    expect(aim.lon).toBeCloseTo(69.59, 9);
    expect(aim.distanceKm).toBe(MIN_DISTANCE_KM);
  });

  it('centres on the middle of the points', () => {
    const aim = frameGroundPoints(
      [
        { lat: 45, lon: 60 },
        { lat: 45, lon: 80 },
      ],
      desktop,
    )!;
    expect(aim.lon).toBeCloseTo(70, 9);
    // The great-circle midpoint of two points on a parallel lies poleward of it.
    expect(aim.lat).toBeGreaterThan(45);
    expect(aim.lat).toBeLessThan(47);
  });

  it('a spread of ~3,000 km fits inside the view on a projector and on a phone', () => {
    // The replay's touchdown, a what-if 1,200 km on and pins round about: ~3,000 km end to end.
    const points = [
      { lat: 47.36, lon: 69.59 },
      { lat: 51, lon: 87 },
      { lat: 41, lon: 55 },
      { lat: 52, lon: 62 },
    ];
    const across = haversineKm(41 * DEG, 55 * DEG, 51 * DEG, 87 * DEG);
    expect(across).toBeGreaterThan(2500);
    for (const view of [desktop, phone]) {
      const aim = frameGroundPoints(points, view)!;
      const { halfV, halfH } = halfAngles(view);
      for (const p of points) {
        const s = seen(aim, p);
        expect(s.facing).toBe(true);
        expect(s.angle).toBeLessThan(Math.min(halfV, halfH));
      }
    }
    // The narrow phone has to stand further back than the wide projector.
    expect(frameGroundPoints(points, phone)!.distanceKm).toBeGreaterThan(
      frameGroundPoints(points, desktop)!.distanceKm,
    );
  });

  it('the points fill most of the narrower half of the view, not a speck of it', () => {
    const points = [
      { lat: 47, lon: 60 },
      { lat: 47, lon: 80 },
    ];
    const aim = frameGroundPoints(points, desktop)!;
    const widest = Math.max(...points.map((p) => seen(aim, p).angle));
    expect(widest / halfAngles(desktop).halfV).toBeGreaterThan(0.6);
    expect(widest / halfAngles(desktop).halfV).toBeLessThan(0.75);
  });

  it('points round the globe from each other: as far out as it goes, still above the ground', () => {
    const aim = frameGroundPoints(
      [
        { lat: 0, lon: 0 },
        { lat: 0, lon: 179 },
      ],
      desktop,
    )!;
    expect(aim.distanceKm).toBe(MAX_DISTANCE_KM);
    expect(Number.isFinite(aim.lat) && Number.isFinite(aim.lon)).toBe(true);
  });
});

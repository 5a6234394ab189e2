import { PerspectiveCamera, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { CameraFlight, FLIGHT_MS } from '../../../../src/scene/camera/cameraTransition';

interface PoseSpec {
  position: Vector3;
  quaternion: Quaternion;
}

const oldPose: PoseSpec = {
  position: new Vector3(24_000, 0, 0),
  quaternion: new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI / 2),
};
const truePose: PoseSpec = {
  position: new Vector3(0, 0.07, 0),
  quaternion: new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2),
};
const origin = new Vector3();

const place = (camera: PerspectiveCamera, p: PoseSpec) => {
  camera.position.copy(p.position);
  camera.quaternion.copy(p.quaternion);
  camera.updateMatrixWorld();
};

/** A camera drawn at the old pose, with a flight begun from it. */
function start(from: PoseSpec = oldPose) {
  const camera = new PerspectiveCamera();
  place(camera, from);
  const flight = new CameraFlight();
  flight.begin(camera);
  return { camera, flight };
}

/** One frame: the mode puts the camera on its true pose, then the flight draws over it. */
function frame(
  flight: CameraFlight,
  camera: PerspectiveCamera,
  nowMs: number,
  to: PoseSpec = truePose,
  pivot: Vector3 = origin,
) {
  place(camera, to);
  return flight.apply(camera, pivot, nowMs);
}

describe('CameraFlight', () => {
  it('is not flying until begun, and then leaves the camera alone', () => {
    const flight = new CameraFlight();
    const camera = new PerspectiveCamera();
    expect(flight.flying).toBe(false);
    expect(frame(flight, camera, 0)).toBe(false);
    expect(camera.position.equals(truePose.position)).toBe(true);
    expect(camera.quaternion.equals(truePose.quaternion)).toBe(true);
  });

  it('starts at the old pose on its first drawn frame, however late that comes', () => {
    const { camera, flight } = start();
    expect(flight.flying).toBe(true);
    // The frame after the change may come long after begin(): the flight starts then.
    expect(frame(flight, camera, 50_000)).toBe(true);
    expect(camera.position.distanceTo(oldPose.position)).toBeLessThan(1e-6);
    expect(camera.quaternion.angleTo(oldPose.quaternion)).toBeLessThan(1e-6);
    // The world matrix is brought up to date with the drawn pose.
    const fromMatrix = new Vector3().setFromMatrixPosition(camera.matrixWorld);
    expect(fromMatrix.distanceTo(camera.position)).toBeLessThan(1e-6);
  });

  it('ends exactly on the true pose after FLIGHT_MS, and stops flying', () => {
    const { camera, flight } = start();
    expect(frame(flight, camera, 1000)).toBe(true);
    expect(frame(flight, camera, 1000 + FLIGHT_MS - 1)).toBe(true);
    expect(camera.position.distanceTo(truePose.position)).toBeLessThan(1e-3);
    expect(frame(flight, camera, 1000 + FLIGHT_MS)).toBe(false);
    expect(flight.flying).toBe(false);
    expect(camera.position.equals(truePose.position)).toBe(true);
    expect(camera.quaternion.equals(truePose.quaternion)).toBe(true);
    // And stays handed over.
    expect(frame(flight, camera, 1000 + 2 * FLIGHT_MS)).toBe(false);
    expect(camera.position.equals(truePose.position)).toBe(true);
  });

  it('blends distance on a log scale: half-way in eased time it is the geometric mean', () => {
    const { camera, flight } = start();
    frame(flight, camera, 0);
    // The ease is symmetric, so half the flight's time is half of the eased blend.
    frame(flight, camera, FLIGHT_MS / 2);
    const from = oldPose.position.length();
    const to = truePose.position.length();
    expect(camera.position.length()).toBeCloseTo(Math.sqrt(from * to), 6);
    // Direction: half-way round the arc from +x to +y.
    const dir = camera.position.clone().normalize();
    expect(dir.x).toBeCloseTo(Math.SQRT1_2, 9);
    expect(dir.y).toBeCloseTo(Math.SQRT1_2, 9);
    // Orientation: half-way between the two.
    const total = oldPose.quaternion.angleTo(truePose.quaternion);
    expect(camera.quaternion.angleTo(oldPose.quaternion)).toBeCloseTo(total / 2, 6);
    expect(camera.quaternion.angleTo(truePose.quaternion)).toBeCloseTo(total / 2, 6);
  });

  it('eases in and out, closing in steadily on a log scale', () => {
    const { camera, flight } = start();
    const logs: number[] = [];
    for (let t = 0; t < FLIGHT_MS; t += FLIGHT_MS / 24) {
      frame(flight, camera, t);
      logs.push(Math.log(camera.position.length()));
    }
    for (let i = 1; i < logs.length; i++) expect(logs[i]!).toBeLessThan(logs[i - 1]!);
    const steps = logs.slice(1).map((l, i) => logs[i]! - l);
    // Slow at the start and the end, quickest in the middle.
    const mid = steps[Math.floor(steps.length / 2)]!;
    expect(steps[0]!).toBeLessThan(mid / 4);
    expect(steps[steps.length - 1]!).toBeLessThan(mid / 4);
  });

  it('flies relative to a moving pivot and lands on the moving true pose', () => {
    const { camera, flight } = start({
      position: new Vector3(100, 0, 0),
      quaternion: new Quaternion(),
    });
    const pivotAt = (t: number) => new Vector3(7.7 * (t / 1000), 0, 0);
    const poseAt = (t: number): PoseSpec => ({
      position: pivotAt(t).add(new Vector3(0, 0, 0.05)),
      quaternion: new Quaternion(),
    });
    let t = 0;
    // Bounded, so a flight that never lands fails rather than hangs.
    for (; t < 3 * FLIGHT_MS && frame(flight, camera, t, poseAt(t), pivotAt(t)); t += 16) {
      // Never nearer the pivot than the true pose, nor further than where it began.
      const d = camera.position.distanceTo(pivotAt(t));
      expect(d).toBeGreaterThan(0.05 - 1e-9);
      expect(d).toBeLessThan(100 + 1e-6);
    }
    expect(t).toBeGreaterThanOrEqual(FLIGHT_MS);
    expect(t).toBeLessThan(FLIGHT_MS + 16);
    expect(camera.position.equals(poseAt(t).position)).toBe(true);
  });

  it('swings round when the new view is from the opposite side', () => {
    const { camera, flight } = start({
      position: new Vector3(10, 0, 0),
      quaternion: new Quaternion(),
    });
    const opposite: PoseSpec = { position: new Vector3(-10, 0, 0), quaternion: new Quaternion() };
    frame(flight, camera, 0, opposite);
    frame(flight, camera, FLIGHT_MS / 2, opposite);
    expect(Number.isFinite(camera.position.x)).toBe(true);
    expect(camera.position.length()).toBeCloseTo(10, 9);
    // At right angles to both ends half-way, not through the pivot.
    expect(camera.position.x).toBeCloseTo(0, 6);
  });

  it('can be cancelled, leaving the camera on its true pose', () => {
    const { camera, flight } = start();
    expect(frame(flight, camera, 0)).toBe(true);
    flight.cancel();
    expect(flight.flying).toBe(false);
    expect(frame(flight, camera, 100)).toBe(false);
    expect(camera.position.equals(truePose.position)).toBe(true);
    expect(camera.quaternion.equals(truePose.quaternion)).toBe(true);
  });

  it('starts afresh when begun again mid-flight', () => {
    const { camera, flight } = start();
    frame(flight, camera, 0);
    frame(flight, camera, FLIGHT_MS / 2);
    const midPose: PoseSpec = {
      position: camera.position.clone(),
      quaternion: camera.quaternion.clone(),
    };
    // A second change of camera: the flight restarts from where the camera is drawn now.
    flight.begin(camera);
    expect(frame(flight, camera, 5000)).toBe(true);
    expect(camera.position.distanceTo(midPose.position)).toBeLessThan(1e-6);
    expect(frame(flight, camera, 5000 + FLIGHT_MS - 1)).toBe(true);
    expect(frame(flight, camera, 5000 + FLIGHT_MS)).toBe(false);
  });
});

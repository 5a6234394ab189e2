import { Quaternion, Vector3, type Camera } from 'three';

/** How long a camera flight takes, ms of wall time (the clock's rate does not matter). */
export const FLIGHT_MS = 1200;

const ease = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2);

/**
 * A flight from where the camera was to where the new camera mode puts it. The mode's own logic
 * keeps placing the camera each frame (its "true" pose, which may itself be moving with a
 * spacecraft at 7.7 km/s); the flight is drawn on top of that and then hands over to it exactly.
 * Distances are blended on a log scale, so a flight from 24,000 km out down to 70 m behind a
 * capsule spends its time evenly across the scales instead of rushing through the last km.
 */
export class CameraFlight {
  private readonly fromDir = new Vector3();
  private readonly fromQuat = new Quaternion();
  private fromPos = new Vector3();
  private fromDist = 1;
  /** Set on the first frame the flight draws, not when it is asked for: the frame after a
   * camera change can take long (new shaders compile), and the flight should still be seen. */
  private startMs: number | null = null;
  private active = false;
  private readonly dir = new Vector3();
  private readonly toDir = new Vector3();

  get flying(): boolean {
    return this.active;
  }

  /** Start from the camera's pose as drawn now. */
  begin(camera: Camera): void {
    this.fromPos = camera.position.clone();
    this.fromQuat.copy(camera.quaternion);
    this.startMs = null;
    this.active = true;
  }

  cancel(): void {
    this.active = false;
  }

  /**
   * Overwrite the camera (already at its true pose, looking at `pivot`) with the flight's pose
   * at this instant. Returns false once the flight has landed on the true pose.
   */
  apply(camera: Camera, pivot: Vector3, nowMs: number): boolean {
    if (!this.active) return false;
    this.startMs ??= nowMs;
    const x = Math.min(1, (nowMs - this.startMs) / FLIGHT_MS);
    if (x >= 1) {
      this.active = false;
      return false;
    }
    const e = ease(x);
    this.fromDir.copy(this.fromPos).sub(pivot);
    this.fromDist = Math.max(this.fromDir.length(), 1e-6);
    this.fromDir.divideScalar(this.fromDist);
    this.toDir.copy(camera.position).sub(pivot);
    const toDist = Math.max(this.toDir.length(), 1e-6);
    this.toDir.divideScalar(toDist);
    slerpUnit(this.dir, this.fromDir, this.toDir, e);
    const dist = Math.exp(Math.log(this.fromDist) * (1 - e) + Math.log(toDist) * e);
    camera.position.copy(pivot).addScaledVector(this.dir, dist);
    camera.quaternion.slerpQuaternions(this.fromQuat, qb.copy(camera.quaternion), e);
    camera.updateMatrixWorld();
    return true;
  }
}

const qa = new Quaternion();
const qb = new Quaternion();
const identity = new Quaternion();

/** Spherical blend of two unit vectors, robust when they are (anti)parallel. */
function slerpUnit(out: Vector3, a: Vector3, b: Vector3, t: number): Vector3 {
  const dot = Math.min(1, Math.max(-1, a.dot(b)));
  if (dot > 0.9999) return out.copy(a).lerp(b, t).normalize();
  if (dot < -0.9999) {
    // Opposite: swing round any axis at right angles to a.
    const axis = Math.abs(a.x) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
    axis.cross(a).normalize();
    return out.copy(a).applyQuaternion(qa.setFromAxisAngle(axis, Math.PI * t));
  }
  qa.setFromUnitVectors(a, b);
  return out.copy(a).applyQuaternion(qb.slerpQuaternions(identity, qa, t));
}
